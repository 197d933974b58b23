// The `labelSmoothing.*` settings, read per resource from the client. A malformed value (hand-edited
// settings.json) falls back to its default and is reported once in the log; it never stops the server.
export interface Settings {
  readonly lintEnable: boolean;
  readonly inlayHintsEnable: boolean;
}

export const defaultSettings: Settings = { lintEnable: true, inlayHintsEnable: true };

export function parseSettings(raw: unknown, warn: (message: string) => void): Settings {
  const section = (raw ?? {}) as { lint?: { enable?: unknown }; inlayHints?: { enable?: unknown } };
  return {
    lintEnable: booleanSetting('labelSmoothing.lint.enable', section.lint?.enable, defaultSettings.lintEnable, warn),
    inlayHintsEnable: booleanSetting('labelSmoothing.inlayHints.enable', section.inlayHints?.enable, defaultSettings.inlayHintsEnable, warn),
  };
}

function booleanSetting(name: string, value: unknown, fallback: boolean, warn: (message: string) => void): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  warn(`${name} should be true or false, not ${JSON.stringify(value)}; using ${fallback}.`);
  return fallback;
}
