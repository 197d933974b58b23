// The address that opens a folder in code-server's workbench, optionally as an extension development host
// that runs a test suite.

export interface DevelopmentHost {
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
}

export function workbenchUrl(origin: string, folder: string, developmentHost?: DevelopmentHost): string {
  const query = [`folder=${encodeURIComponent(folder)}`];
  if (developmentHost) {
    // The paths are on the server's disk, so the workbench needs them as vscode-remote URIs.
    const authority = new URL(origin).host;
    const remote = (file: string) => `vscode-remote://${authority}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(developmentHost.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(developmentHost.extensionTestsPath)],
    ];
    query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `${origin}/?${query.join('&')}`;
}
