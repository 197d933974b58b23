// A file's findings in order, from its slices' findings. An edit usually changes one slice's findings: those are
// replaced in the previous sorted list, instead of gathering and sorting every slice's again — on a large file
// the walk over a thousand slices' results (scattered in memory) cost more than the edited slice's lint.
import { compareFindings, LintResult } from '../rules/lint';
import type { Finding } from '../rules/rule';

/** One slice's findings in file positions: in its own chunks, in chunks it copies (imports, constants). */
export interface SliceFindings {
  readonly own: readonly Finding[];
  readonly copied: readonly Finding[];
  readonly failures: LintResult['failures'];
}

/** A slice's findings before and after an edit (none before: the slice is new). */
export interface FindingsChange {
  readonly before: SliceFindings | undefined;
  readonly after: SliceFindings;
}

/** Every slice's findings, in file order; a finding several slices copy is reported once. */
export function gatherFindings(slices: Iterable<SliceFindings>): LintResult {
  const findings: Finding[] = [];
  const copied = new Map<string, Finding>();
  const failures: LintResult['failures'] = [];
  for (const slice of slices) {
    for (const failure of slice.failures) failures.push(failure);
    for (const finding of slice.own) findings.push(finding);
    for (const finding of slice.copied) copied.set(findingKey(finding), finding);
  }
  for (const finding of copied.values()) findings.push(finding);
  return { findings: findings.sort(compareFindings), failures };
}

/**
 * `previous` with the changed slices' findings replaced; undefined when the change involves copied findings or
 * failures (rare: then gather afresh), since other slices may report the same ones.
 */
export function patchFindings(previous: LintResult, changes: readonly FindingsChange[]): LintResult | undefined {
  const removed = new Set<Finding>();
  const added: Finding[] = [];
  for (const { before, after } of changes) {
    if (before?.copied.length || before?.failures.length || after.copied.length || after.failures.length) return undefined;
    for (const finding of before?.own ?? []) removed.add(finding);
    for (const finding of after.own) added.push(finding);
  }
  const findings = removed.size ? previous.findings.filter(finding => !removed.has(finding)) : [...previous.findings];
  // A slice changed twice since `previous` (a lint spread over several calls): its first new findings are gone.
  for (const finding of added.filter(finding => !removed.has(finding)).sort(compareFindings)) {
    findings.splice(insertionPoint(findings, finding), 0, finding);
  }
  return { findings, failures: previous.failures };
}

/** Where `finding` goes in the sorted `findings`: after every finding that sorts before it or equal. */
function insertionPoint(findings: readonly Finding[], finding: Finding): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareFindings(findings[middle], finding) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function findingKey(finding: Finding): string {
  const { start, end } = finding.range;
  return `${finding.code}|${start.line}:${start.character}|${end.line}:${end.character}|${finding.message}`;
}
