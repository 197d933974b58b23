// The `labelSmoothing.*` settings, read per resource from the client. A malformed value (hand-edited
// settings.json) falls back to its default and is reported once in the log; it never stops the server.
import { isCodePattern, RuleSelection, SEVERITIES } from '../rules/selection';
import type { Severity } from '../rules/rule';

export interface Settings {
  readonly lintEnable: boolean;
  readonly inlayHintsEnable: boolean;
  readonly selection: RuleSelection;
}

export const defaultSettings: Settings = { lintEnable: true, inlayHintsEnable: true, selection: {} };

export function parseSettings(raw: unknown, warn: (message: string) => void): Settings {
  const section = (raw ?? {}) as { lint?: { enable?: unknown; select?: unknown; ignore?: unknown; severity?: unknown }; inlayHints?: { enable?: unknown } };
  return {
    lintEnable: booleanSetting('labelSmoothing.lint.enable', section.lint?.enable, defaultSettings.lintEnable, warn),
    inlayHintsEnable: booleanSetting('labelSmoothing.inlayHints.enable', section.inlayHints?.enable, defaultSettings.inlayHintsEnable, warn),
    selection: {
      select: codeList('labelSmoothing.lint.select', section.lint?.select, warn),
      ignore: codeList('labelSmoothing.lint.ignore', section.lint?.ignore, warn),
      severity: severities(section.lint?.severity, warn),
    },
  };
}

/** A list of codes or prefixes; the entries that are not are dropped with a warning. An empty list is no list. */
function codeList(name: string, value: unknown, warn: (message: string) => void): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    warn(`${name} should be a list of rule codes such as ["LS001", "LS004"], not ${JSON.stringify(value)}; it is ignored.`);
    return undefined;
  }
  const codes = value.filter((entry): entry is string => typeof entry === 'string' && isCodePattern(entry));
  if (codes.length !== value.length) warn(`${name}: ${JSON.stringify(value.filter(entry => !codes.includes(entry as string)))} are not rule codes; they are ignored.`);
  return codes.length ? codes : undefined;
}

function severities(value: unknown, warn: (message: string) => void): Record<string, Severity> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn(`labelSmoothing.lint.severity should map rule codes to ${SEVERITIES.join(', ')}; it is ignored.`);
    return undefined;
  }
  const result: Record<string, Severity> = {};
  for (const [code, severity] of Object.entries(value)) {
    if (/^LS\d{3}$/i.test(code) && SEVERITIES.includes(severity as Severity)) result[code.toUpperCase()] = severity as Severity;
    else warn(`labelSmoothing.lint.severity: ${JSON.stringify(code)}: ${JSON.stringify(severity)} is not a rule code and one of ${SEVERITIES.join(', ')}; it is ignored.`);
  }
  return result;
}

function booleanSetting(name: string, value: unknown, fallback: boolean, warn: (message: string) => void): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  warn(`${name} should be true or false, not ${JSON.stringify(value)}; using ${fallback}.`);
  return fallback;
}
