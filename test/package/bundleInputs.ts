// Which modules go into a shipped Node bundle and which Node built-ins each of them requires, from esbuild's
// metafile. The entry points and aliases are esbuild.mjs's (the test that uses this also reads the real
// dist/ bundles, so a drift between the two would show there).
import * as esbuild from 'esbuild';
import { isBuiltin } from 'module';
import * as path from 'path';
import { repositoryRoot } from '../helpers/parser';

export const NODE_BUNDLES = {
  server: { entry: 'server/src/lsp/main.ts', external: [] as string[] },
  cli: { entry: 'server/src/cli/main.ts', external: [] as string[] },
  client: { entry: 'client/src/extension.ts', external: ['vscode'] },
};
export type NodeBundle = keyof typeof NODE_BUNDLES;

export interface BundleInputs {
  /** Every module in the bundle, as a path relative to the repository (node_modules/… for dependencies). */
  readonly modules: readonly string[];
  /** Node built-in (without `node:`) → the modules that require it. */
  readonly builtins: ReadonlyMap<string, readonly string[]>;
  /** Module → the modules that import it. */
  readonly importers: ReadonlyMap<string, readonly string[]>;
}

export async function bundleInputs(bundle: NodeBundle): Promise<BundleInputs> {
  const { entry, external } = NODE_BUNDLES[bundle];
  const result = await esbuild.build({
    entryPoints: [entry], absWorkingDir: repositoryRoot, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external, write: false, metafile: true, logLevel: 'silent', outdir: 'unused',
    alias: {
      'web-tree-sitter': require.resolve('web-tree-sitter'),
      'jsonc-parser': require.resolve('jsonc-parser').replace(/umd[\\/]main\.js$/, 'esm/main.js'),
    },
  });
  const builtins = new Map<string, string[]>();
  const importers = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (imported.external && isBuiltin(imported.path)) add(builtins, imported.path.replace(/^node:/, ''), normalise(file));
      else if (!imported.external) add(importers, normalise(imported.path), normalise(file));
    }
  }
  return { modules: Object.keys(result.metafile.inputs).map(normalise), builtins, importers };
}

/** node_modules is a symlink in a git worktree, so esbuild may name a dependency ../main/node_modules/…. */
function normalise(file: string): string {
  const inModules = /(?:^|[\\/])node_modules[\\/](.*)$/.exec(file);
  return inModules ? `node_modules/${inModules[1].replace(/\\/g, '/')}` : path.normalize(file).replace(/\\/g, '/');
}
