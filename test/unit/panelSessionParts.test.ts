// The pure parts of the challenge panel's session: the countdown's arithmetic, the assessment's draw and
// score, the review list, and the modes' question lists.
import * as assert from 'assert';
import { REVIEW_STREAK } from '../../client/src/challenges/contract';
import { drawAssessment, scoreAssessment } from '../../client/src/challenges/session/assessment';
import { secondsLeft, timeAnnouncement } from '../../client/src/challenges/session/countdown';
import { questionsOf } from '../../client/src/challenges/session/modes';
import { addToReview, emptyProgress } from '../../client/src/challenges/session/progressUpdates';
import { recordReviewAnswer } from '../../client/src/challenges/session/review';
import type { Challenge } from '../../server/src/challenges';
import { shippedCatalog } from '../webview/fakeHost';

describe('the challenge panel session’s parts', () => {
  it('rounds the time left up to whole seconds and never below zero', () => {
    assert.strictEqual(secondsLeft(10_000, 0), 10);
    assert.strictEqual(secondsLeft(10_000, 8_800), 2);
    assert.strictEqual(secondsLeft(10_000, 10_000), 0);
    assert.strictEqual(secondsLeft(10_000, 99_000), 0);
  });

  it('announces the time at 60, 30 and 10 seconds, once, and only the latest mark after a jump', () => {
    assert.strictEqual(timeAnnouncement(61, 60), '1 minute left');
    assert.strictEqual(timeAnnouncement(60, 59), undefined);
    assert.strictEqual(timeAnnouncement(31, 30), '30 seconds left');
    assert.strictEqual(timeAnnouncement(90, 8), '10 seconds left');
    assert.strictEqual(timeAnnouncement(5, 0), undefined, 'expiry has its own announcement');
  });

  it('fills the assessment from other difficulties when one is short of questions, easiest first', () => {
    const base = shippedCatalog().challenges.filter(c => c.type === 'conceptual');
    const only = (difficulty: Challenge['difficulty'], count: number) =>
      base.slice(0, count).map((c, i) => ({ ...c, id: `${difficulty}-${i}`, difficulty }));
    const pool = [...only('intermediate', 8), ...only('advanced', 1), ...only('expert', 2)];
    const drawn = drawAssessment(pool, 42);
    assert.strictEqual(drawn.length, 10);
    assert.strictEqual(new Set(drawn).size, 10);
    assert.deepStrictEqual(drawn.map(id => id.split('-')[0]), [...Array(7).fill('intermediate'), 'advanced', 'expert', 'expert']);
    assert.deepStrictEqual(drawAssessment(pool, 42), drawn, 'the same seed draws the same questions');
  });

  it('scores by topic without tripping over tags named like Object’s properties', () => {
    const [a, b] = shippedCatalog().challenges;
    const challenges = [{ ...a, id: 'a', tags: ['constructor', 'uniform'] }, { ...b, id: 'b', tags: ['uniform'] }];
    const result = scoreAssessment(challenges, [{ challengeId: 'a', correct: true }, { challengeId: 'b', correct: false }], 7);
    assert.deepStrictEqual(result, { finishedAt: 7, score: 1, total: 2, byTopic: { constructor: { correct: 1, total: 1 }, uniform: { correct: 1, total: 2 } } });
  });

  it('moves an answered review question to the back, and takes it off after REVIEW_STREAK right answers in a row', () => {
    let progress = addToReview(addToReview(emptyProgress(), 'x'), 'y');
    progress = recordReviewAnswer(progress, 'x', true);
    assert.deepStrictEqual(progress.review, ['y', 'x']);
    for (let i = 1; i < REVIEW_STREAK; i++) progress = recordReviewAnswer(progress, 'x', true);
    assert.deepStrictEqual(progress.review, ['y']);
    assert.strictEqual(progress.challenges.x.reviewStreak, 0);
  });

  it('leaves the Challenge set to the timed mode: Predict does not ask its problems', () => {
    const catalog = shippedCatalog();
    const predict = questionsOf('predict', catalog).map(c => c.id);
    assert.ok(predict.length >= 5);
    assert.ok(predict.every(id => !catalog.mastery!.challengeSet.includes(id)));
    assert.deepStrictEqual(questionsOf('challenge', catalog).map(c => c.id), catalog.mastery!.challengeSet);
    assert.ok(questionsOf('try', catalog).every(c => c.type === 'fill-in-blank'));
    assert.ok(questionsOf('debug', catalog).every(c => c.type === 'fix-the-code'));
  });
});
