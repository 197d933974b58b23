// Runs the extension's integration suite (test/vscode/suite) in a real VS Code through the standard
// @vscode/test-electron API, with shim.js standing in for the desktop VS Code that cannot be downloaded
// here. The last line of stdout is always `N passed, N failed`, for the top-level runner and CI; the exit
// code is 0 only if every test passed.
import { runTests } from '@vscode/test-electron';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatSummary, harnessFailure, parseSummary, summaryFileVariable, TestCounts } from './summaryLine';
import { ensureToolchain, repoRoot } from './toolchain';

async function main(): Promise<number> {
  const summaryFile = path.join(os.tmpdir(), `lsl-vscode-summary-${process.pid}.txt`);
  fs.rmSync(summaryFile, { force: true });
  let runSucceeded = true;
  try {
    ensureToolchain();
    await runTests({
      vscodeExecutablePath: path.join(repoRoot, 'test', 'vscode', 'shim.js'),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'vscode', 'suite', 'index.js'),
      launchArgs: [path.join(repoRoot, 'examples')],
      extensionTestsEnv: { [summaryFileVariable]: summaryFile },
    });
  } catch (error) {
    runSucceeded = false;
    console.error(`VS Code integration tests: ${error instanceof Error ? error.message : String(error)}`);
  }
  const counts = finalCounts(readSummary(summaryFile), runSucceeded);
  fs.rmSync(summaryFile, { force: true });
  console.log(formatSummary(counts));
  return runSucceeded && counts.failed === 0 ? 0 : 1;
}

function readSummary(file: string): TestCounts | undefined {
  return fs.existsSync(file) ? parseSummary(fs.readFileSync(file, 'utf8')) : undefined;
}

/** Makes sure a failed run never reads as a clean one, even when the suite could not report. */
function finalCounts(reported: TestCounts | undefined, runSucceeded: boolean): TestCounts {
  if (!reported) {
    console.error('VS Code integration tests: the suite never reported its counts; counting the harness as one failure');
    return harnessFailure;
  }
  if (!runSucceeded && reported.failed === 0) return { passed: reported.passed, failed: 1 };
  return reported;
}

main().then(code => process.exit(code), error => {
  console.error(error);
  console.log(formatSummary(harnessFailure));
  process.exit(1);
});
