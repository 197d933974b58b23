// The Python files the equivalence suites run over (sliced against whole, notebook against file): every rule
// fixture, every fix fixture and example, and optionally the oracle's snippets. Paths relative to the repository.
import * as fs from 'fs';
import * as path from 'path';
import { repositoryRoot } from './parser';

export function pythonCorpus({ withOracleSnippets }: { withOracleSnippets: boolean }): string[] {
  const folders = [
    ...fs.readdirSync(path.join(repositoryRoot, 'test', 'fixtures', 'rules')).map(name => path.join('test', 'fixtures', 'rules', name)),
    path.join('test', 'fixtures', 'fixes'),
    'examples',
    ...(withOracleSnippets ? [path.join('test', 'oracle', 'snippets')] : []),
  ];
  return folders.flatMap(folder => fs.readdirSync(path.join(repositoryRoot, folder))
    .filter(name => name.endsWith('.py')).sort().map(name => path.join(folder, name)));
}
