// The integration suite's entry point: the development host loads this module in the extension host and
// awaits run(). It runs every *.test.js beside it with mocha and prints the closing `N passed, N failed`
// line that the harness relays to CI. afterReload/ is a second, short suite the harness runs afterwards in a
// new window (see webTestRun.ts).
import * as fs from 'fs';
import * as path from 'path';
import { formatSummary, TestCounts } from '../summaryLine';

// It arranges the editor for the screenshot the harness takes at the end, so nothing may run after it.
const lastTestFile = 'workbenchScene.test.js';

export function run(): Promise<void> {
  return runSuiteIn(__dirname, lastTestFile);
}

/** Runs every *.test.js in `directory` (`last` at the end) and prints the closing line. */
export async function runSuiteIn(directory: string, last?: string): Promise<void> {
  // Mocha 12 is an ES module; a dynamic import loads it from this CommonJS file.
  const { default: Mocha } = await import('mocha');
  // Deadlines inside the tests (see poll.ts) fail first, with a message that says what was awaited.
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 90_000 });
  for (const file of testFilesInOrder(directory, last)) mocha.addFile(path.join(directory, file));

  const counts = await new Promise<TestCounts>(resolve => {
    let passed = 0;
    let failed = 0;
    mocha.run(() => resolve({ passed, failed }))
      .on('pass', () => passed++)
      .on('fail', () => failed++);   // hooks included: a failing setup counts
  });
  console.log(formatSummary(counts));
  if (counts.failed > 0) throw new Error(`${counts.failed} VS Code integration test(s) failed`);
  if (counts.passed === 0) throw new Error('no VS Code integration test ran');
}

function testFilesInOrder(directory: string, last: string | undefined): string[] {
  const files = fs.readdirSync(directory).filter(file => file.endsWith('.test.js')).sort();
  return [...files.filter(file => file !== last), ...files.filter(file => file === last)];
}
