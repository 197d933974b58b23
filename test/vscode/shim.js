#!/usr/bin/env node
// The "VS Code executable" that test/vscode/runIntegrationTests.ts gives @vscode/test-electron's
// runTests({ vscodeExecutablePath }): runTests cannot download a desktop VS Code here, so this runs the
// suite in code-server's real VS Code instead (see webTestRun.ts) and exits with the suite's exit code.
// Plain JavaScript with its run bit, because runTests executes it directly; the logic is compiled from
// TypeScript to out/ by `npm run pretest`.
'use strict';
const path = require('path');

const compiled = path.join(__dirname, '..', '..', 'out', 'test', 'vscode', 'webTestRun.js');
let runWebTests;
try {
  ({ runWebTests } = require(compiled));
} catch (error) {
  console.error(`shim: cannot load ${compiled} (run \`npm run pretest\` first): ${error.message}`);
  process.exit(1);
}

runWebTests(process.argv.slice(2)).then(
  code => process.exit(code),
  error => {
    console.error(`shim: the VS Code test harness failed: ${error && error.stack ? error.stack : error}`);
    process.exit(1);
  },
);
