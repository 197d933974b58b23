// The challenges this repository ships (challenges/ at its root), loaded once for every test that reads them.
import * as path from 'path';
import { LoadedChallenges, loadChallenges } from '../../server/src/challenges';
import { repositoryRoot } from '../helpers/parser';

export const challengesDirectory = path.join(repositoryRoot, 'challenges');

let loaded: LoadedChallenges | undefined;

export function shippedChallenges(): LoadedChallenges {
  loaded ??= loadChallenges(challengesDirectory);
  return loaded;
}
