// The part of the integration suite that runs in a new workbench window after the main suite, with the same
// profile and storage: what a window reload must keep.
import { runSuiteIn } from '../index';

export function run(): Promise<void> {
  return runSuiteIn(__dirname);
}
