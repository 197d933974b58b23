// The one build: bundles the extension client, the language server, the command-line checker and the
// challenge panel's webview script into dist/, and copies the two tree-sitter wasm files and the panel's
// stylesheet next to them.
//   node esbuild.mjs               development build (source maps)
//   node esbuild.mjs --production  minified, no source maps (what `npm run package` ships)
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { copyFileSync, chmodSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const dist = join(root, 'dist');

// Resolving through the packages' exports keeps the copy in step with the pinned versions in package.json.
const wasmFiles = [
  require.resolve('web-tree-sitter/web-tree-sitter.wasm'),
  join(dirname(require.resolve('tree-sitter-python/package.json')), 'tree-sitter-python.wasm'),
];

/** Files the bundles load at run time, copied into dist/ as they are. */
const staticFiles = [...wasmFiles, join(root, 'client', 'webview', 'panel.css')];

const copyStaticFiles = {
  name: 'copy-static-files',
  setup(build) {
    build.onEnd(result => {
      if (result.errors.length) return;
      mkdirSync(dist, { recursive: true });
      for (const file of staticFiles) copyFileSync(file, join(dist, file.split(/[\\/]/).pop()));
      chmodSync(join(dist, 'cli.js'), 0o755);
    });
  },
};

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // esbuild would pick web-tree-sitter's ESM build, whose Parser.init() fails in createRequire once bundled.
  alias: {
    'web-tree-sitter': require.resolve('web-tree-sitter'),
    // jsonc-parser's default (UMD) build requires its parts at run time, which a bundle cannot resolve.
    'jsonc-parser': require.resolve('jsonc-parser').replace(/umd[\\/]main\.js$/, 'esm/main.js'),
  },
};

const builds = [
  { ...node, entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { ...node, entryPoints: { server: 'server/src/lsp/main.ts' } },
  { ...node, entryPoints: { cli: 'server/src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' }, plugins: [copyStaticFiles] },
  {
    entryPoints: { webview: 'client/webview/main.ts' },
    bundle: true, platform: 'browser', format: 'iife', target: 'es2022',
    sourcemap: !production, minify: production, logLevel: 'warning',
  },
].map(options => ({ ...options, outdir: dist, absWorkingDir: root }));

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
}
