// The learner's progress in VS Code's globalState: synced across machines (setKeysForSync), read through
// parseProgress (progressData.ts), and backed up before anything replaces it: a migration or repair on load,
// a reset, an import. The backups are a short list under one key, never synced, newest last.
import type * as vscode from 'vscode';
import type { Progress, ProgressStorage } from './contract';
import { MAX_PROGRESS_BYTES, parseProgress } from './progressData';

export const PROGRESS_KEY = 'labelSmoothing.progress';
export const BACKUPS_KEY = 'labelSmoothing.progress.backups';
/** Enough to undo a mistaken reset or import and a repair or two, small enough to never matter in globalState. */
export const MAX_BACKUPS = 5;

export interface ProgressBackup {
  /** ms since the epoch. */
  readonly savedAt: number;
  /** Why it was taken: "reset", "import", "repaired on load: …". */
  readonly reason: string;
  /** The stored value as it was (possibly not valid progress), or undefined when it was too large to keep. */
  readonly value?: unknown;
  readonly note?: string;
}

/** globalState as this store uses it (vscode.ExtensionContext['globalState']). */
export type GlobalState = vscode.Memento & { setKeysForSync(keys: readonly string[]): void };

export class GlobalStateProgressStorage implements ProgressStorage {
  /** Writes are chained, so that a backup always lands before the value that replaces it. */
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly state: GlobalState, private readonly now: () => number = Date.now) {
    state.setKeysForSync([PROGRESS_KEY]);
  }

  load(): { readonly progress: Progress; readonly notice?: string } {
    const stored = this.state.get<unknown>(PROGRESS_KEY);
    const parsed = parseProgress(stored);
    if (parsed.keepOriginal) {
      // Store the repaired value at once, so the next load does not repeat the notice and the backup.
      void this.replace(parsed.progress, `repaired on load: ${parsed.unreadable ?? 'migrated or partly unreadable'}`);
    }
    return { progress: parsed.progress, ...(parsed.notice ? { notice: parsed.notice } : {}) };
  }

  save(progress: Progress): Promise<void> {
    return this.write(() => this.state.update(PROGRESS_KEY, progress));
  }

  /** Backs the stored value up, then stores `progress` (reset, import, repair). */
  replace(progress: Progress, reason: string): Promise<void> {
    return this.write(async () => {
      await this.backUp(this.state.get<unknown>(PROGRESS_KEY), reason);
      await this.state.update(PROGRESS_KEY, progress);
    });
  }

  /**
   * The backups kept, newest last. The list is stored data too, and may have been damaged: what is not a record
   * is dropped, a record's damaged fields are replaced (its value is what matters), and only the last few stay.
   */
  backups(): readonly ProgressBackup[] {
    const stored = this.state.get<unknown>(BACKUPS_KEY);
    if (!Array.isArray(stored)) return [];
    return stored.slice(-MAX_BACKUPS).flatMap((item: unknown): ProgressBackup[] => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return [];
      const { savedAt, reason, value, note } = item as Record<string, unknown>;
      return [{
        savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0,
        reason: typeof reason === 'string' ? reason : 'unknown (the backup record was damaged)',
        ...(value === undefined ? {} : { value }),
        ...(typeof note === 'string' ? { note } : {}),
      }];
    });
  }

  private async backUp(value: unknown, reason: string): Promise<void> {
    if (value === undefined) return;   // nothing was stored: nothing to lose
    const size = sizeOf(value);
    const backup: ProgressBackup = size !== undefined && size <= MAX_PROGRESS_BYTES
      ? { savedAt: this.now(), reason, value }
      : { savedAt: this.now(), reason, note: size === undefined ? 'not kept: not serialisable (nested too deeply, or cyclic)' : `not kept: ${size} characters, over the ${MAX_PROGRESS_BYTES}-byte limit` };
    await this.state.update(BACKUPS_KEY, [...this.backups(), backup].slice(-MAX_BACKUPS));
  }

  private write(step: () => Thenable<void> | Promise<void>): Promise<void> {
    const next = this.writes.then(step);
    this.writes = next.catch(() => undefined);   // one failed write must not block the ones after it
    return next;
  }
}

function sizeOf(value: unknown): number | undefined {
  try {
    return JSON.stringify(value)?.length;
  } catch {
    return undefined;
  }
}
