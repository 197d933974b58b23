// challenges/mastery.json: the practice page's header ("Label Smoothing Mastery", the badge, about 20
// minutes) and the challenge set whose all-correct run earns the badge.
import type { Mastery } from './challenge';
import { FieldReader, MAX_LINE_LENGTH, MAX_TITLE_LENGTH } from './fields';

export function validateMastery(json: unknown, challengeIds: ReadonlySet<string>): { mastery?: Mastery; problems: string[] } {
  const read = new FieldReader();
  const object = read.object(json, '(file)');
  if (!object) return { problems: read.problems };
  read.onlyKnownFields(object, ['$schema', 'title', 'badge', 'tagline', 'estimatedMinutes', 'challengeSet'], '');
  const title = read.string(object.title, 'title', { maxLength: MAX_TITLE_LENGTH });
  const badge = read.string(object.badge, 'badge', { maxLength: MAX_TITLE_LENGTH });
  const tagline = read.string(object.tagline, 'tagline', { maxLength: MAX_LINE_LENGTH });
  const estimatedMinutes = read.integer(object.estimatedMinutes, 'estimatedMinutes', 1, 600);
  const challengeSet = read.strings(object.challengeSet, 'challengeSet', 1);
  challengeSet?.forEach((id, i) => {
    if (!challengeIds.has(id)) read.report(`challengeSet[${i}]`, `no challenge has the id "${id}"`);
    if (challengeSet.indexOf(id) !== i) read.report(`challengeSet[${i}]`, `"${id}" is listed twice`);
  });
  if (read.problems.length || !title || !badge || !tagline || !estimatedMinutes || !challengeSet) return { problems: read.problems };
  return { mastery: { title, badge, tagline, estimatedMinutes, challengeSet }, problems: [] };
}
