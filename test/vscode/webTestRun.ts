// One run of an extension test suite in the real VS Code: a private code-server on loopback, its workbench
// in headless Chromium as an extension development host, the test log relayed to stdout, a screenshot of
// the workbench at the end. shim.js calls this with the command line that runTests() builds.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CodeServer, findFreePort, startCodeServer } from './codeServer';
import { parseRunTestsArgs, TestLaunch } from './runTestsArgs';
import { screenshotPathVariable } from './harnessRequests';
import { formatSummary, harnessFailure, summaryFileVariable, TestCounts } from './summaryLine';
import { TestLogRelay } from './testLogRelay';
import { codeServerEntry, node24, repoRoot } from './toolchain';
import { runTestsInWorkbench } from './workbenchDriver';
import { workbenchUrl } from './workbenchUrl';

const screenshotPath = path.join(repoRoot, 'out', 'screenshots', 'vscode.png');
const readmeScreenshotPath = path.join(repoRoot, 'docs', 'screenshot.png');
const suiteTimeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS) || 180_000;

const started = Date.now();
const say = (message: string) => console.error(`[vscode-tests ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

/** Returns the process exit code: the suite's, or 1 if it did not finish. Throws if the harness failed. */
export async function runWebTests(argv: readonly string[]): Promise<number> {
  const launch = parseRunTestsArgs(argv);
  for (const tool of [node24, codeServerEntry]) {
    if (!fs.existsSync(tool)) throw new Error(`${tool} is missing: run test/vscode/setup.sh`);
  }
  // Short: VS Code puts unix sockets in it, and their paths are limited to ~107 bytes.
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lsl-vscode-'));
  let exitCode = 1;
  try {
    exitCode = await runInFreshCodeServer(launch, stateDir);
  } finally {
    if (exitCode === 0) fs.rmSync(stateDir, { recursive: true, force: true });
    else say(`kept code-server's state and log for a look: ${stateDir}`);
  }
  if (exitCode === 0 && process.env.UPDATE_SCREENSHOT === '1') updateReadmeScreenshot();
  return exitCode;
}

/**
 * The suite, then — in a new workbench window of the same code-server, the same profile and storage, as after
 * a window reload — the suite's afterReload/ part, which checks what must survive (the challenge progress).
 */
async function runInFreshCodeServer(launch: TestLaunch, stateDir: string): Promise<number> {
  const server = await startTestCodeServer(stateDir);
  try {
    say(`code-server is up at ${server.origin}`);
    const afterReload = { ...launch, extensionTestsPath: path.join(path.dirname(launch.extensionTestsPath), 'afterReload', 'index.js') };
    const phases = ['suite', 'after a window reload'];
    const relays = phases.map(() => new TestLogRelay());
    const outcomes = await runTestsInWorkbench({
      urls: [launch, afterReload].map(host => workbenchUrl(server.origin, launch.folder, host)),
      timeoutMs: suiteTimeoutMs,
      screenshotPath,
      browserStateDir: path.join(stateDir, 'chromium'),
      onLog: (type, text, phase) => relays[phase].relay(type, text),
    });
    let total: TestCounts = { passed: 0, failed: 0 };
    phases.forEach((phase, index) => {
      const outcome = outcomes[index];
      if (outcome === undefined) return say(`${phase}: not run`);
      const counts = relays[index].summary ?? harnessFailure;
      total = { passed: total.passed + counts.passed, failed: total.failed + counts.failed };
      say(outcome === 'timeout' ? `${phase}: did not finish within ${suiteTimeoutMs / 1000} s` : `${phase}: exited with ${outcome}`);
    });
    const exitCode = outcomes.length === phases.length && outcomes.every(outcome => outcome === 0) ? 0 : 1;
    writeSummaryForRunner(formatSummary(total));
    say(`screenshot: ${path.relative(repoRoot, screenshotPath)}`);
    return exitCode;
  } finally {
    await server.stop();
  }
}

async function startTestCodeServer(stateDir: string): Promise<CodeServer> {
  const logFile = path.join(stateDir, 'code-server.log');
  try {
    return await startCodeServer({
      stateDir, port: await findFreePort(), smokeTestDriver: true, output: { logFile },
      env: { [screenshotPathVariable]: screenshotPath },
    });
  } catch (error) {
    throw new Error(`${String(error)}\n--- the end of ${logFile} ---\n${lastLines(logFile, 30)}`);
  }
}

function writeSummaryForRunner(summary: string): void {
  const file = process.env[summaryFileVariable];
  if (file) fs.writeFileSync(file, `${summary}\n`);
}

function updateReadmeScreenshot(): void {
  fs.mkdirSync(path.dirname(readmeScreenshotPath), { recursive: true });
  fs.copyFileSync(screenshotPath, readmeScreenshotPath);
  say(`updated ${path.relative(repoRoot, readmeScreenshotPath)}`);
}

function lastLines(file: string, count: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-count).join('\n');
  } catch {
    return '(no log)';
  }
}
