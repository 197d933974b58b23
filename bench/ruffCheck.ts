// Drives ruff's WebAssembly build (@astral-sh/ruff-wasm-nodejs) over files given on the command line, the
// way its playground does: one Workspace with ruff's default settings, `check` on each file's text. The
// package lives outside the clone (peers.ts installs it); its folder is the first argument.
import * as fs from 'fs';
import * as path from 'path';

interface RuffWorkspace { check(contents: string): unknown[] }
interface RuffModule {
  Workspace: { new(options: unknown, positionEncoding: unknown): RuffWorkspace; defaultSettings(): unknown };
  PositionEncoding: Record<string, unknown>;
}

const [packageFolder, ...files] = process.argv.slice(2);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ruff = require(path.join(packageFolder, 'ruff_wasm.js')) as RuffModule;
const workspace = new ruff.Workspace(ruff.Workspace.defaultSettings(), ruff.PositionEncoding.Utf16 ?? Object.values(ruff.PositionEncoding)[0]);
let diagnostics = 0;
for (const file of files) diagnostics += workspace.check(fs.readFileSync(file, 'utf8')).length;
if (process.env.RUFF_CHECK_COUNT) console.log(diagnostics);
