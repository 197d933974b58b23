// Opens the workbench in headless Chromium and waits for the extension tests that its development host
// runs. With the smoke-test driver on, the workbench reports through two page functions we provide:
// codeAutomationLog(type, args) for every log line (the test output among them) and
// codeAutomationExit(code) once the suite is done.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { chromium, Page } from 'playwright-core';
import { screenshotRequestLine } from './screenshotHandshake';
import { chromiumPath } from './toolchain';

export interface WorkbenchTestRun {
  readonly url: string;
  readonly timeoutMs: number;
  /**
   * Taken when a test asks for it (see screenshotHandshake.ts), or else when the run ends, however it ends,
   * to show what went wrong.
   */
  readonly screenshotPath: string;
  readonly onLog: (type: string, text: string) => void;
  /** Chromium's own config and cache folders (its crash-report database among them), instead of $HOME. */
  readonly browserStateDir: string;
}

/** The suite's exit code, or 'timeout'. */
export type WorkbenchOutcome = number | 'timeout';

const workbenchRenderDeadlineMs = 60_000;
const viewport = { width: 1280, height: 800 };

export async function runTestsInWorkbench(run: WorkbenchTestRun): Promise<WorkbenchOutcome> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // No sandbox: CI runs as root. The rest keeps Chromium from calling home, which would only time out here.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(run.browserStateDir, 'config'),
      XDG_CACHE_HOME: path.join(run.browserStateDir, 'cache'),
    },
  });
  try {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', error => run.onLog('pageerror', error.message));
    let requestedScreenshot: Promise<void> | undefined;
    const onLog = (type: string, text: string) => {
      if (text === screenshotRequestLine) requestedScreenshot = saveScreenshot(page, run.screenshotPath, run.onLog);
      else run.onLog(type, text);
    };
    const { exited } = await exposeAutomationHooks(page, onLog);
    try {
      await page.goto(run.url);
      await page.waitForSelector('.monaco-workbench', { timeout: workbenchRenderDeadlineMs });
      run.onLog('driver', 'workbench rendered');
      return await Promise.race([exited, timeout(run.timeoutMs)]);
    } finally {
      await (requestedScreenshot ?? saveScreenshot(page, run.screenshotPath, run.onLog));
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
}

// Wrapped in an object: an async function that returned the promise itself would wait for it.
async function exposeAutomationHooks(page: Page, onLog: WorkbenchTestRun['onLog']): Promise<{ exited: Promise<number> }> {
  let resolveExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>(resolve => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[] | undefined) => {
    onLog(type, util.format(...(args ?? [])));
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
  return { exited };
}

async function saveScreenshot(page: Page, file: string, onLog: WorkbenchTestRun['onLog']): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // Finishes CSS transitions first: a hover that is still fading in would look greyed out.
    await page.screenshot({ path: file, animations: 'disabled' });
  } catch (error) {
    onLog('driver', `screenshot failed: ${String(error)}`);
  }
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise(resolve => setTimeout(() => resolve('timeout'), ms).unref());
}
