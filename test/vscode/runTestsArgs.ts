// Reads the command line that @vscode/test-electron's runTests() gives "the VS Code executable" (our shim):
// Electron-style flags plus the folder to open as the first plain argument. Flags for a desktop VS Code
// (--no-sandbox, --user-data-dir=… and the like) do not apply to code-server and are ignored.
import * as path from 'path';

export interface TestLaunch {
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
  /** The folder to open; the development path when runTests was given none. */
  readonly folder: string;
}

export function parseRunTestsArgs(argv: readonly string[]): TestLaunch {
  let extensionDevelopmentPath: string | undefined;
  let extensionTestsPath: string | undefined;
  let folder: string | undefined;
  for (const arg of argv) {
    const value = (flag: string) => (arg.startsWith(`--${flag}=`) ? arg.slice(flag.length + 3) : undefined);
    // runTests may pass several development paths; the first is the extension under test.
    extensionDevelopmentPath ??= value('extensionDevelopmentPath');
    extensionTestsPath = value('extensionTestsPath') ?? extensionTestsPath;
    if (!arg.startsWith('-')) folder ??= arg;
  }
  if (!extensionDevelopmentPath || !extensionTestsPath) {
    throw new Error('expected --extensionDevelopmentPath=… and --extensionTestsPath=… (as runTests passes them)');
  }
  // Absolute: the workbench turns them into URIs on the server, which knows no working directory.
  return {
    extensionDevelopmentPath: path.resolve(extensionDevelopmentPath),
    extensionTestsPath: path.resolve(extensionTestsPath),
    folder: path.resolve(folder ?? extensionDevelopmentPath),
  };
}
