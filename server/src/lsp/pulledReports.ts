// Pulled diagnostics with result ids. A client that pulls (VS Code does, after every change) sends the id of the
// report it holds; when the document's diagnostics are still exactly those, the answer is "unchanged". Typing
// that moves no finding then costs neither side a large report: a big file's hundreds of diagnostics are
// ~150 KB of JSON to encode, send, parse and re-render on every keystroke.
import { Diagnostic, DocumentDiagnosticReport, DocumentDiagnosticReportKind } from 'vscode-languageserver';

export class PulledReports {
  private readonly last = new Map<string, { readonly resultId: string; readonly items: readonly Diagnostic[] }>();
  /** Ids from an earlier server process (the client restarts a crashed one) must never match this one's. */
  private readonly prefix = `${process.pid}.${Date.now().toString(36)}.`;
  private count = 0;

  /** The report for `uri`'s current `items`, given the id of the report the client holds (if any). */
  report(uri: string, items: readonly Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const last = this.last.get(uri);
    if (last && previousResultId === last.resultId && sameJson(last.items, items)) {
      // The equal new items are kept: an edit re-makes a slice's diagnostics as new, equal objects, and the next
      // comparison is then one of identities, not of every diagnostic edited since the last full report.
      this.last.set(uri, { resultId: last.resultId, items });
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const resultId = this.prefix + ++this.count;
    this.last.set(uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: [...items] };
  }

  /** A closed document's next report starts afresh. */
  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/** Equality of plain JSON data (what a diagnostic is), without serialising it. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
