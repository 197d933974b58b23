// The `labelSmoothing.*` settings, read per resource from the client. A malformed value (hand-edited
// settings.json) falls back to its default and is reported once in the log; it never stops the server.
export interface Settings {
  readonly lintEnable: boolean;
}

export const defaultSettings: Settings = { lintEnable: true };

export function parseSettings(raw: unknown, warn: (message: string) => void): Settings {
  if (raw === null || raw === undefined) return defaultSettings;
  const enable = (raw as { lint?: { enable?: unknown } })?.lint?.enable;
  if (enable === undefined) return defaultSettings;
  if (typeof enable !== 'boolean') {
    warn(`labelSmoothing.lint.enable should be true or false, not ${JSON.stringify(enable)}; using true.`);
    return defaultSettings;
  }
  return { lintEnable: enable };
}
