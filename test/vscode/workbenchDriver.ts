// Opens the workbench in headless Chromium and waits for the extension tests that its development host
// runs. With the smoke-test driver on, the workbench reports through two page functions we provide:
// codeAutomationLog(type, args) for every log line (the test output among them) and
// codeAutomationExit(code) once the suite is done.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { chromium, Frame, Page } from 'playwright-core';
import { parsePanelClickLine, screenshotRequestLine } from './harnessRequests';
import { chromiumPath } from './toolchain';

export interface WorkbenchTestRun {
  /** One address per phase, opened one after the other in the same page, as a window reload would. */
  readonly urls: readonly string[];
  readonly timeoutMs: number;
  /**
   * Taken when a test asks for it (see harnessRequests.ts), or else when the first phase ends, however it
   * ends, to show what went wrong.
   */
  readonly screenshotPath: string;
  /** Every log line, with the index of the phase it came from. */
  readonly onLog: (type: string, text: string, phase: number) => void;
  /** Chromium's own config and cache folders (its crash-report database among them), instead of $HOME. */
  readonly browserStateDir: string;
}

/** Where the driver's own lines go. */
type DriverLog = (type: string, text: string) => void;

/** Each phase's exit code, or 'timeout'; phases after a failed one are not run. */
export type WorkbenchOutcome = number | 'timeout';

const workbenchRenderDeadlineMs = 60_000;
const viewport = { width: 1280, height: 800 };

export async function runTestsInWorkbench(run: WorkbenchTestRun): Promise<WorkbenchOutcome[]> {
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
    let phase = 0;
    page.on('pageerror', error => run.onLog('pageerror', error.message, phase));
    let requestedScreenshot: Promise<void> | undefined;
    const onLog = (type: string, text: string) => {
      const clicks = parsePanelClickLine(text);
      if (text === screenshotRequestLine) requestedScreenshot = saveScreenshot(page, run.screenshotPath, (t, m) => run.onLog(t, m, phase));
      else if (clicks) void clickInChallengesPanel(page, clicks, (t, m) => run.onLog(t, m, phase));
      else run.onLog(type, text, phase);
    };
    const hooks = await exposeAutomationHooks(page, onLog);
    const outcomes: WorkbenchOutcome[] = [];
    try {
      for (; phase < run.urls.length; phase++) {
        const exited = hooks.nextExit();
        // The same page, the same browser profile: the workbench's storage is what a reload would find.
        await page.goto(run.urls[phase]);
        await page.waitForSelector('.monaco-workbench', { timeout: workbenchRenderDeadlineMs });
        run.onLog('driver', 'workbench rendered', phase);
        const outcome = await Promise.race([exited, timeout(run.timeoutMs)]);
        outcomes.push(outcome);
        if (phase === 0) await (requestedScreenshot ?? saveScreenshot(page, run.screenshotPath, (t, m) => run.onLog(t, m, phase)));
        if (outcome !== 0) break;
      }
      return outcomes;
    } finally {
      if (outcomes.length === 0) await (requestedScreenshot ?? saveScreenshot(page, run.screenshotPath, (t, m) => run.onLog(t, m, phase)));
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
}

// nextExit() is wrapped in an object: an async function that returned the promise itself would wait for it.
async function exposeAutomationHooks(page: Page, onLog: (type: string, text: string) => void): Promise<{ nextExit(): Promise<number> }> {
  let resolveExit: (code: number) => void = () => undefined;
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[] | undefined) => {
    onLog(type, util.format(...(args ?? [])));
  });
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
  return { nextExit: () => new Promise<number>(resolve => (resolveExit = resolve)) };
}

/** Clicks `selectors` in order in the challenge panel's page (the frame that holds its `#app`). */
async function clickInChallengesPanel(page: Page, selectors: readonly string[], onLog: DriverLog): Promise<void> {
  try {
    const deadline = Date.now() + 20_000;
    let panel: Frame | undefined;
    while (!panel && Date.now() < deadline) {
      for (const frame of page.frames()) {
        if (await frame.locator('#app').count().catch(() => 0)) panel = frame;
      }
      if (!panel) await new Promise(resolve => setTimeout(resolve, 200));
    }
    if (!panel) throw new Error('no frame holds the challenge panel (#app)');
    for (const selector of selectors) await panel.locator(selector).first().click({ timeout: 10_000 });
    onLog('driver', `clicked in the challenges panel: ${selectors.join(', ')}`);
  } catch (error) {
    onLog('driver', `clicking in the challenges panel failed: ${String(error)}`);
  }
}

async function saveScreenshot(page: Page, file: string, onLog: DriverLog): Promise<void> {
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
