// The challenge panel's session: the single source of truth for what the panel shows, living in the
// extension host. It checks every message from the webview (protocol.ts), runs one operation at a time (a
// message, a command, a tick of the countdown) so none sees another half done, saves the progress after
// every change, and posts the new PanelState to whoever listens (the webview view).
import type { Catalog, Mode, PanelSessionApi, PanelSessionDeps, Progress } from '../contract';
import { MODES } from '../contract';
import { PANEL_MODES, parseWebviewMessage } from '../protocol';
import type { WebviewMessage } from '../protocol';
import { clearBlank, hint, select, submit } from './answers';
import { beginAssessment } from './assessmentFlow';
import { resumeTimer } from './challengeTimer';
import { checkDebug, openDebugEditor } from './debugCheck';
import { continueWhereLeftOff, goHome, next, openQuestion, retry, startMode } from './navigation';
import { panelState } from './panelState';
import { SessionCore } from './sessionCore';
import { requestVisualization } from './visualizeFlow';

// The webview bundle cannot import contract.ts (it pulls in the server's loader), so protocol.ts has its own
// list of modes; these two lines stop the build if the lists ever differ.
const modesMatch: readonly Mode[] = PANEL_MODES;
const panelModesMatch: readonly (typeof PANEL_MODES)[number][] = MODES;
void modesMatch;
void panelModesMatch;

export class PanelSession implements PanelSessionApi {
  private readonly core: SessionCore;
  private readonly listeners = new Set<(state: unknown) => void>();
  private queue: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(deps: PanelSessionDeps) {
    this.core = new SessionCore(deps, () => this.emit(), operation => this.run(operation));
  }

  get progress(): Progress {
    return this.core.progress;
  }

  start(): Promise<void> {
    return this.run(async () => {
      const core = this.core;
      const loaded = core.deps.storage.load();
      core.adopt(loaded.progress);
      if (loaded.notice) core.ui.notices.push(loaded.notice);
      try {
        core.catalog = await core.deps.services.catalog();
      } catch (error) {
        core.ui.notices.push(`The challenges could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (core.catalog.problems.length) {
        core.ui.notices.push(`Some challenge files could not be used; the others work:\n\n${problemList(core.catalog.problems)}`);
      }
      resumeTimer(core);
      await core.commit();
    });
  }

  handle(message: unknown): Promise<void> {
    const parsed = parseWebviewMessage(message);
    if (!parsed.ok) {
      this.core.log(`ignored a malformed message from the challenge panel: ${parsed.error}`);
      return Promise.resolve();
    }
    return this.run(async () => {
      await this.dispatch(parsed.value);
      await this.core.commit();
    });
  }

  onDidChange(listener: (state: unknown) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  startMode(mode: Mode): Promise<void> {
    return this.run(async () => {
      await startMode(this.core, mode);
      await this.core.commit();
    });
  }

  continueWhereLeftOff(): Promise<void> {
    return this.run(async () => {
      await continueWhereLeftOff(this.core);
      await this.core.commit();
    });
  }

  checkDebug(challengeId: string): Promise<void> {
    return this.run(async () => {
      await checkDebug(this.core, challengeId);
      await this.core.commit();
    });
  }

  replaceProgress(progress: Progress): Promise<void> {
    return this.run(async () => {
      const core = this.core;
      const screen = core.ui.screen;
      core.adopt(progress);
      core.ui.assessment = undefined;
      resumeTimer(core);
      // The question on screen is shown again as the new progress has it (or the mode starts over).
      if (screen === 'home') goHome(core);
      else await startMode(core, screen);
      core.announce('Progress replaced.');
      await core.commit();
    });
  }

  dispose(): void {
    this.disposed = true;
    this.core.timer.ticker?.dispose();
    this.core.timer.ticker = undefined;
    this.listeners.clear();
  }

  private async dispatch(message: WebviewMessage): Promise<void> {
    const core = this.core;
    switch (message.type) {
      case 'ready':
        // A new or reloaded webview: old news must not be read out again.
        core.ui.announcement = '';
        core.ui.timerAnnouncement = '';
        return;
      case 'home': return goHome(core);
      case 'start-mode': return startMode(core, message.mode);
      case 'continue': return continueWhereLeftOff(core);
      case 'open': return core.ui.screen === 'home' ? undefined : openQuestion(core, core.ui.screen, message.challengeId);
      case 'select': return select(core, message.optionId);
      case 'clear-blank': return clearBlank(core, message.blank);
      case 'submit': return submit(core);
      case 'hint': return hint(core);
      case 'next': return next(core);
      case 'retry': return retry(core);
      case 'begin-assessment': return beginAssessment(core);
      case 'visualize': return requestVisualization(core, message.request);
      case 'open-editor': return openDebugEditor(core, message.challengeId);
      case 'check-debug': return checkDebug(core, message.challengeId);
      case 'dismiss-notice':
        core.ui.notices.splice(message.index, 1);
        return;
    }
  }

  /** Runs operations one after another; a failing one is logged and does not stop the next. */
  private run(operation: () => Promise<void>): Promise<void> {
    const result = this.queue.then(() => (this.disposed ? undefined : operation())).catch(error => {
      this.core.log(`challenge panel: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    });
    this.queue = result;
    return result;
  }

  private emit(): void {
    if (this.disposed) return;
    const state = panelState(this.core);
    for (const listener of this.listeners) listener(state);
  }
}

/**
 * The problems as a Markdown list, as many as fit in one notice (the protocol carries 20,000 characters of
 * Markdown): a folder of hundreds of broken files must not make the notice, and so the whole state, too large.
 */
function problemList(problems: Catalog['problems']): string {
  const lines: string[] = [];
  let length = 0;
  for (const problem of problems) {
    const line = `- \`${problem.file}\`: ${problem.message}`;
    if (length + line.length > 15_000) break;
    lines.push(line);
    length += line.length + 1;
  }
  if (lines.length < problems.length) lines.push(`- and ${problems.length - lines.length} more`);
  return lines.join('\n');
}
