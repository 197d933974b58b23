// The challenge panel's commands (contributed in package.json under the category "Label Smoothing"): open the
// panel, start a mode, continue, reset/export/import progress, and check or reset a Debug challenge's file.
// A failing command says why in an error message; nothing here throws into VS Code.
import * as os from 'os';
import * as vscode from 'vscode';
import { MODES, Mode, PanelSessionApi, Progress } from './contract';
import { CHECK_DEBUG_COMMAND, DebugEditors, RESET_DEBUG_COMMAND } from './debugEditor';
import { MAX_PROGRESS_BYTES, freshProgress, parseProgressText, serializeProgress, tooLarge } from './progressData';
import type { GlobalStateProgressStorage } from './progressStore';
import { CHALLENGES_VIEW_ID, ChallengePanelHost } from './panelHost';

export const COMMANDS = {
  openChallenges: 'labelSmoothing.openChallenges',
  startMode: 'labelSmoothing.startMode',
  continueChallenges: 'labelSmoothing.continueChallenges',
  resetProgress: 'labelSmoothing.resetProgress',
  exportProgress: 'labelSmoothing.exportProgress',
  importProgress: 'labelSmoothing.importProgress',
  checkDebugChallenge: CHECK_DEBUG_COMMAND,
  resetDebugChallenge: RESET_DEBUG_COMMAND,
} as const;

/** The modes as the QuickPick lists them, in the panel's order. */
export const MODE_PICKS: readonly { readonly mode: Mode; readonly label: string; readonly detail: string }[] = [
  { mode: 'why', label: 'Why', detail: 'What label smoothing is for, in short' },
  { mode: 'deep-dive', label: 'Deep dive', detail: 'The concepts, the math, the conventions side by side' },
  { mode: 'visualize', label: 'Visualize', detail: 'Move ε, K and the label; watch the targets and the loss' },
  { mode: 'try', label: 'Try', detail: 'Fill in the blanks of real code' },
  { mode: 'challenge', label: 'Challenge', detail: 'The timed problems and the mastery badge' },
  { mode: 'predict', label: 'Predict', detail: 'Say what the code prints, then see the engine\'s answer' },
  { mode: 'debug', label: 'Debug', detail: 'Fix buggy code in an editor until it checks out' },
  { mode: 'assessment', label: 'Test this pattern', detail: 'Ten questions across difficulties, scored by topic' },
  { mode: 'review', label: 'Review', detail: 'The questions you missed, until they stick' },
];

export interface CommandDeps {
  /** The session, started (the first call starts it). */
  readonly session: () => Promise<PanelSessionApi>;
  readonly storage: GlobalStateProgressStorage;
  readonly debugEditors: DebugEditors;
  readonly panel: ChallengePanelHost;
  readonly log: (message: string) => void;
}

export function registerChallengeCommands(deps: CommandDeps): vscode.Disposable[] {
  const { session, storage, debugEditors, panel } = deps;
  const focusPanel = async () => { await vscode.commands.executeCommand(`${CHALLENGES_VIEW_ID}.focus`); };
  const command = (id: string, run: (...args: unknown[]) => Promise<unknown>) => vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      await run(...args);
    } catch (error) {
      deps.log(`${id} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      void vscode.window.showErrorMessage(`Label Smoothing: ${error instanceof Error ? error.message : String(error)}`);
    }
  });

  /** A replacement for the learner's progress: the old one is backed up first, then the session takes it. */
  async function replaceProgress(progress: Progress, reason: string): Promise<void> {
    await storage.replace(progress, reason);
    await (await session()).replaceProgress(progress);
  }

  /** The Debug challenge a command is about: its argument (from the CodeLens), else the active editor's file. */
  function debugChallengeOf(arg: unknown): string | undefined {
    if (typeof arg === 'string') return arg;
    const active = vscode.window.activeTextEditor?.document.uri;
    return active && debugEditors.challengeOf(active);
  }

  return [
    command(COMMANDS.openChallenges, focusPanel),
    command(COMMANDS.startMode, async (arg?: unknown) => {
      let mode = MODES.find(m => m === arg);
      if (!mode) {
        const pick = await vscode.window.showQuickPick(MODE_PICKS, { title: 'Label Smoothing: start a mode', placeHolder: 'How do you want to learn?' });
        mode = pick?.mode;
      }
      if (!mode) return;
      await focusPanel();
      await (await session()).startMode(mode);
    }),
    command(COMMANDS.continueChallenges, async () => {
      await focusPanel();
      await (await session()).continueWhereLeftOff();
    }),
    command(COMMANDS.resetProgress, async () => {
      const reset = 'Reset progress';
      const answer = await vscode.window.showWarningMessage('Reset all your Label Smoothing progress?',
        { modal: true, detail: 'Attempts, best times, badges, assessments and the review list start afresh. A backup of the current progress is kept.' }, reset);
      if (answer !== reset) return;
      await replaceProgress(freshProgress(), 'reset');
      void vscode.window.showInformationMessage('Label Smoothing: progress reset (a backup was kept).');
    }),
    command(COMMANDS.exportProgress, async (arg?: unknown) => {
      const target = arg instanceof vscode.Uri ? arg : await vscode.window.showSaveDialog({
        title: 'Export Label Smoothing progress',
        defaultUri: vscode.Uri.joinPath(defaultFolder(), 'label-smoothing-progress.json'),
        filters: { JSON: ['json'] },
        saveLabel: 'Export',
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(serializeProgress((await session()).progress)));
      void vscode.window.showInformationMessage(`Label Smoothing: progress exported to ${target.fsPath}.`);
    }),
    command(COMMANDS.importProgress, async (arg?: unknown) => {
      const source = arg instanceof vscode.Uri ? arg : (await vscode.window.showOpenDialog({
        title: 'Import Label Smoothing progress', canSelectMany: false, filters: { JSON: ['json'] }, openLabel: 'Import',
      }))?.[0];
      if (!source) return;
      const { size } = await vscode.workspace.fs.stat(source);
      // Checked before reading: a huge file is never read into memory.
      if (size > MAX_PROGRESS_BYTES) throw new Error(`${source.fsPath} cannot be imported. ${tooLarge(size)}`);
      const parsed = parseProgressText(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
      if ('error' in parsed) throw new Error(`${source.fsPath}: ${parsed.error}`);
      await replaceProgress(parsed.progress, 'import');
      void vscode.window.showInformationMessage(`Label Smoothing: progress imported (the previous progress was backed up).${parsed.notice ? ` ${parsed.notice}` : ''}`);
    }),
    command(COMMANDS.checkDebugChallenge, async (arg?: unknown) => {
      const id = debugChallengeOf(arg);
      if (!id) {
        void vscode.window.showInformationMessage('Label Smoothing: open a Debug challenge from the Challenges panel first.');
        return;
      }
      await panel.reveal();
      await (await session()).checkDebug(id);
    }),
    command(COMMANDS.resetDebugChallenge, async (arg?: unknown) => {
      const id = debugChallengeOf(arg);
      if (!id) {
        void vscode.window.showInformationMessage('Label Smoothing: open a Debug challenge from the Challenges panel first.');
        return;
      }
      // In an open editor the reset is one edit, undone with Undo like any other.
      await debugEditors.reset(id);
      await debugEditors.open(id);
    }),
  ];
}

function defaultFolder(): vscode.Uri {
  return vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
}
