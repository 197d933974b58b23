// `npm test`: every suite, one closing line. The unit, command-line, fuzzing (a short run), limits, protocol,
// packaging, oracle, challenge and webview (the challenge panel in headless Chromium) suites run here with mocha; the
// integration suite runs in a real VS Code (a child process that prints its own counts).
// The closing line `N passed, N failed` covers all of them.
import Mocha from 'mocha';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const compiledTests = path.join(__dirname);
const SUMMARY = /^(\d+) passed, (\d+) failed$/;

interface Counts { passed: number; failed: number }

function testFiles(folder: string): string[] {
  const directory = path.join(compiledTests, folder);
  return fs.readdirSync(directory).filter(name => name.endsWith('.test.js')).sort().map(name => path.join(directory, name));
}

function runMocha(): Promise<Counts> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 15000 });
  for (const folder of ['unit', 'unit/tensor', 'incremental', 'cli', 'fuzz', 'limits', 'lsp', 'package', 'oracle', 'challenges', 'webview']) for (const file of testFiles(folder)) mocha.addFile(file);
  return new Promise(resolve => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 1 }));
  });
}

/** The real-VS-Code suite; its last `N passed, N failed` line is its count (a crash before it counts as one failure). */
function runVsCodeSuite(): Promise<Counts> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [path.join(compiledTests, 'vscode', 'runIntegrationTests.js')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last: Counts | undefined;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = SUMMARY.exec(line.trim());
        if (match) last = { passed: Number(match[1]), failed: Number(match[2]) };
      }
    });
    child.on('close', code => {
      const counts = last ?? { passed: 0, failed: 1 };
      resolve(code === 0 || counts.failed > 0 ? counts : { ...counts, failed: counts.failed + 1 });
    });
  });
}

async function main(): Promise<void> {
  const mocha = await runMocha();
  console.log(`\nunit, command-line, protocol, packaging, oracle, challenge and webview suites: ${mocha.passed} passed, ${mocha.failed} failed\n`);
  console.log('Integration suite in a real VS Code (code-server in headless Chromium):');
  const vscode = await runVsCodeSuite();
  const passed = mocha.passed + vscode.passed;
  const failed = mocha.failed + vscode.failed;
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

void main();
