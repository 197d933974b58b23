// The closing line `N passed, N failed` that the suite prints and the runner repeats as its last line of
// stdout: the top-level test runner and CI read the counts from it.

export interface TestCounts {
  readonly passed: number;
  readonly failed: number;
}

/**
 * Names the file in which the harness leaves the suite's closing line for the runner: runTests() prints
 * the harness's output itself, so the runner cannot read it from there.
 */
export const summaryFileVariable = 'LSL_VSCODE_SUMMARY_FILE';

const summaryPattern = /^(\d+) passed, (\d+) failed$/;

export function formatSummary(counts: TestCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed`;
}

export function parseSummary(line: string): TestCounts | undefined {
  const match = summaryPattern.exec(line.trim());
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

/** What a run that never got to report its own counts contributes: one failure, the harness itself. */
export const harnessFailure: TestCounts = { passed: 0, failed: 1 };
