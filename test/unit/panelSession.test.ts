// The challenge panel's session, without a browser: the real session over in-memory progress, a hand-moved
// clock and the analysis core's graders (test/webview/fakeHost.ts). Each test reads what the learner would
// see (the PanelState) and what would be saved (the progress).
import * as assert from 'assert';
import { MODES, REVIEW_STREAK } from '../../client/src/challenges/contract';
import { ChoiceChallenge, visualize } from '../../server/src/challenges';
import { FakeClock, FakeHost, settle, shippedCatalog } from '../webview/fakeHost';

const PURPOSE = 'seed-purpose-of-label-smoothing';

function choice(host: FakeHost, id: string): ChoiceChallenge {
  const challenge = host.catalog.challenges.find(c => c.id === id);
  assert.ok(challenge && challenge.type !== 'fill-in-blank' && challenge.type !== 'fix-the-code', `${id} is a choice question`);
  return challenge;
}

function wrongOption(challenge: ChoiceChallenge, skip: readonly string[] = []): string {
  return challenge.options.map(o => o.id).find(id => id !== challenge.answer && !skip.includes(id))!;
}

async function answer(host: FakeHost, optionId: string): Promise<void> {
  await host.send({ type: 'select', optionId });
  await host.send({ type: 'submit' });
}

describe('the challenge panel session', () => {
  let host: FakeHost;

  afterEach(() => {
    assert.deepStrictEqual(host.invalidStates, [], 'every state the session posted passes the protocol');
    host.dispose();
  });

  it('opens on the home screen: the nine modes in order, the mastery badge and the progress', async () => {
    host = await FakeHost.start();
    const view = host.state.view;
    assert.strictEqual(view.kind, 'home');
    assert.deepStrictEqual(view.modes.map(m => m.id), [...MODES]);
    assert.deepStrictEqual(view.modes.map(m => m.title),
      ['Why', 'Deep dive', 'Visualize', 'Try', 'Challenge', 'Predict', 'Debug', 'Test this pattern', 'Review']);
    assert.deepStrictEqual(view.mastery, {
      title: 'Label Smoothing Mastery',
      badge: 'Get all challenges correct to earn this badge!',
      tagline: 'Test your skills under time pressure!',
      estimatedMinutes: 20,
      earned: false,
      solved: 0,
      total: 5,
    });
    assert.strictEqual(view.progress.total, host.catalog.challenges.length);
  });

  it('shows Why and Deep dive as Markdown', async () => {
    host = await FakeHost.start();
    await host.send({ type: 'start-mode', mode: 'deep-dive' });
    const view = host.state.view;
    assert.ok(view.kind === 'learn' && /ε\/\(K−2\)/.test(view.markdown) && /ignore_index/.test(view.markdown));
  });

  it('a wrong option costs an attempt and is marked; when the attempts run out the question fails with its explanation', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    const challenge = choice(host, PURPOSE);
    assert.strictEqual(host.question.challengeId, PURPOSE);
    const first = wrongOption(challenge);
    await answer(host, first);
    assert.deepStrictEqual(host.question.attempts, { left: 1, total: 2 });
    assert.strictEqual(host.question.options.find(o => o.id === first)?.state, 'wrong');
    assert.strictEqual(host.question.status, 'open');
    assert.strictEqual(host.state.announcement, 'Wrong. 1 attempt left.');
    assert.strictEqual(host.question.explanation, undefined, 'no explanation while attempts are left');

    const second = wrongOption(challenge, [first]);
    await answer(host, second);
    const view = host.question;
    assert.strictEqual(view.status, 'failed');
    assert.deepStrictEqual(view.attempts, { left: 0, total: 2 });
    assert.strictEqual(view.options.find(o => o.id === challenge.answer)?.state, 'answer');
    assert.strictEqual(view.explanation?.why, challenge.explanation.why);
    assert.strictEqual(view.explanation?.options.length, challenge.options.length);
    assert.match(host.state.announcement, /No attempts left\. The answer is A\./);
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].failed, true);
    assert.deepStrictEqual(host.storage.progress.review, [PURPOSE]);
    assert.strictEqual(host.storage.progress.running, undefined, 'the countdown stopped');
    assert.strictEqual(host.clock.ticking, 0);
  });

  it('an option already answered wrong cannot be submitted again', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    const wrong = wrongOption(choice(host, PURPOSE));
    await answer(host, wrong);
    await answer(host, wrong);
    assert.deepStrictEqual(host.question.attempts, { left: 1, total: 2 });
    assert.strictEqual(host.question.canSubmit, false);
  });

  it('shows a hint on request and counts it, and offers no more than there are', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    const challenge = choice(host, PURPOSE);
    assert.deepStrictEqual(host.question.hints, []);
    await host.send({ type: 'hint' });
    assert.deepStrictEqual(host.question.hints, [challenge.hints[0]]);
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].hintsUsed, 1);
    assert.strictEqual(host.question.canHint, challenge.hints.length > 1);
    await host.send({ type: 'hint' });
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].hintsUsed, Math.min(2, challenge.hints.length));
  });

  it('counts the time down in the host, announces 60, 30 and 10 seconds, and fails the question when it runs out', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    const start = host.clock.now();
    assert.deepStrictEqual(host.storage.progress.running, { challengeId: PURPOSE, startedAt: start, deadline: start + 90_000 });
    assert.deepStrictEqual(host.question.timer, { secondsLeft: 90, totalSeconds: 90 });
    await host.advance(29_000);
    assert.strictEqual(host.question.timer?.secondsLeft, 61);
    assert.strictEqual(host.state.timerAnnouncement, '');
    await host.advance(1000);
    assert.strictEqual(host.state.timerAnnouncement, '1 minute left');
    await host.advance(30_000);
    assert.strictEqual(host.state.timerAnnouncement, '30 seconds left');
    await host.advance(20_000);
    assert.strictEqual(host.state.timerAnnouncement, '10 seconds left');
    assert.strictEqual(host.question.timer?.secondsLeft, 10);
    await host.advance(10_000);
    assert.strictEqual(host.question.status, 'failed');
    assert.strictEqual(host.question.timer, undefined);
    assert.match(host.state.timerAnnouncement, /^Time is up/);
    assert.match(host.question.feedback?.text ?? '', /Time is up\. The answer is \*\*A\*\*/);
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].failed, true);
    assert.strictEqual(host.storage.progress.running, undefined);
    assert.strictEqual(host.clock.ticking, 0, 'the clock stops ticking');
  });

  it('refuses an answer given after the deadline, even before the clock has ticked', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    host.clock.jump(90_000);
    await answer(host, choice(host, PURPOSE).answer);
    assert.strictEqual(host.question.status, 'failed');
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].solved, false);
  });

  it('keeps counting while the learner is elsewhere in the panel', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    await host.send({ type: 'home' });
    await host.advance(95_000);
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].failed, true);
    await host.send({ type: 'start-mode', mode: 'challenge' });
    assert.strictEqual(host.question.challengeId, PURPOSE, 'the failed question is shown, not skipped');
    assert.strictEqual(host.question.status, 'failed');
    assert.strictEqual(host.question.canRetry, true);
  });

  it('resumes a countdown after a reloaded window with the time really left, or fails it if the deadline passed', async () => {
    const clock = new FakeClock();
    host = await FakeHost.start({ clock });
    await host.session.startMode('challenge');
    const saved = host.storage.progress;
    host.dispose();

    clock.jump(20_000);
    host = await FakeHost.start({ clock, progress: saved });
    await host.session.continueWhereLeftOff();
    assert.deepStrictEqual(host.question.timer, { secondsLeft: 70, totalSeconds: 90 });
    host.dispose();

    clock.jump(75_000);
    host = await FakeHost.start({ clock, progress: saved });
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].failed, true);
    assert.strictEqual(host.storage.progress.running, undefined);
    assert.strictEqual(clock.ticking, 0);
  });

  it('earns the mastery badge when every problem of the Challenge set is answered right, and records the best times', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    const set = host.catalog.mastery!.challengeSet;
    for (const [i, id] of set.entries()) {
      assert.strictEqual(host.question.challengeId, id, `problem ${i + 1} is ${id}`);
      await host.advance(5000 + i * 1000);
      await answer(host, choice(host, id).answer);
      assert.strictEqual(host.question.status, 'solved');
      assert.strictEqual(host.storage.progress.challenges[id].bestTimeMs, 5000 + i * 1000);
      if (i < set.length - 1) {
        assert.strictEqual(host.storage.progress.badges.mastery, undefined, 'no badge before the last problem');
        await host.send({ type: 'next' });
      }
    }
    assert.strictEqual(host.storage.progress.badges.mastery, host.clock.now());
    assert.match(host.state.announcement, /You earned the badge: Label Smoothing Mastery!/);
    await host.send({ type: 'home' });
    const view = host.state.view;
    assert.ok(view.kind === 'home' && view.mastery?.earned && view.mastery.solved === 5);
  });

  it('cannot skip a running countdown nor start a second one', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    assert.strictEqual(host.question.canNext, false);
    const other = host.catalog.mastery!.challengeSet[1];
    assert.strictEqual(host.question.navigation.find(n => n.challengeId === other)?.enabled, false);
    await host.send({ type: 'open', challengeId: other });
    assert.strictEqual(host.question.challengeId, PURPOSE);
    assert.strictEqual(host.storage.progress.running?.challengeId, PURPOSE);
  });

  it('a failed problem can be tried again with a fresh countdown and attempts', async () => {
    host = await FakeHost.start();
    await host.session.startMode('challenge');
    await host.advance(91_000);
    assert.strictEqual(host.question.status, 'failed');
    await host.send({ type: 'retry' });
    assert.strictEqual(host.question.status, 'open');
    assert.deepStrictEqual(host.question.attempts, { left: 2, total: 2 });
    assert.strictEqual(host.question.timer?.secondsLeft, 90);
  });

  it('asks missed questions again in Review until they are answered right REVIEW_STREAK times in a row', async () => {
    host = await FakeHost.start();
    await host.send({ type: 'start-mode', mode: 'review' });
    assert.strictEqual(host.state.view.kind, 'empty');
    await host.send({ type: 'start-mode', mode: 'challenge' });
    const challenge = choice(host, PURPOSE);
    await answer(host, wrongOption(challenge));
    assert.deepStrictEqual(host.storage.progress.review, [PURPOSE]);

    await host.send({ type: 'start-mode', mode: 'review' });
    assert.strictEqual(host.question.challengeId, PURPOSE);
    assert.deepStrictEqual(host.question.attempts, { left: 1, total: 1 });
    await answer(host, challenge.answer);
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].reviewStreak, 1);
    await host.send({ type: 'next' });
    await answer(host, wrongOption(challenge));
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].reviewStreak, 0, 'a wrong answer breaks the streak');
    for (let i = 0; i < REVIEW_STREAK; i++) {
      await host.send({ type: 'next' });
      assert.strictEqual(host.question.status, 'open');
      await answer(host, challenge.answer);
    }
    assert.deepStrictEqual(host.storage.progress.review, []);
    assert.match(host.state.announcement, /leaves your review list/);
    await host.send({ type: 'next' });
    assert.strictEqual(host.state.view.kind, 'empty');
  });

  it('draws the assessment from a seed: ten choice questions across the three difficulties, the same for the same seed', async () => {
    const draw = async (time: number) => {
      const h = await FakeHost.start({ clock: new FakeClock(time) });
      await h.send({ type: 'start-mode', mode: 'assessment' });
      await h.send({ type: 'begin-assessment' });
      const questions: string[] = [];
      for (let i = 0; i < 10; i++) {
        questions.push(h.question.challengeId);
        assert.deepStrictEqual(h.question.position, { index: i + 1, total: 10 });
        const challenge = choice(h, h.question.challengeId);
        await answer(h, i < 7 ? challenge.answer : wrongOption(challenge));
        await h.send({ type: 'next' });
      }
      return { h, questions };
    };
    const first = await draw(1_000);
    host = first.h;
    const again = await draw(1_000);
    const other = await draw(2_000);
    again.h.dispose();
    other.h.dispose();
    assert.deepStrictEqual(again.questions, first.questions);
    assert.notDeepStrictEqual(other.questions, first.questions);
    assert.strictEqual(new Set(first.questions).size, 10);
    const difficulties = first.questions.map(id => choice(host, id).difficulty);
    assert.deepStrictEqual([...new Set(difficulties)], ['intermediate', 'advanced', 'expert']);

    const view = host.state.view;
    assert.ok(view.kind === 'assessment-result');
    assert.strictEqual(view.score, 7);
    assert.strictEqual(view.total, 10);
    assert.strictEqual(view.missed.length, 3);
    const [result] = host.storage.progress.assessments;
    assert.strictEqual(result.score, 7);
    const topics = new Set(first.questions.flatMap(id => choice(host, id).tags));
    assert.deepStrictEqual(new Set(Object.keys(result.byTopic)), topics);
    for (const [topic, counts] of Object.entries(result.byTopic)) {
      const asked = first.questions.filter(id => choice(host, id).tags.includes(topic));
      assert.strictEqual(counts.total, asked.length, topic);
    }
    assert.strictEqual(host.storage.progress.review.length, 3, 'the missed questions go to Review');
    assert.strictEqual(Object.keys(host.storage.progress.challenges).every(id => !host.storage.progress.challenges[id].solved), true,
      'an assessment does not solve Challenge-mode problems');
  });

  it('grades Try mode by evaluating the completed code', async () => {
    host = await FakeHost.start();
    await host.send({ type: 'start-mode', mode: 'try' });
    const id = host.question.challengeId;
    const challenge = host.catalog.challenges.find(c => c.id === id);
    assert.ok(challenge?.type === 'fill-in-blank');
    assert.strictEqual(host.question.answerKind, 'blanks');
    const wrong = challenge.options.find(o => o.blank === 1 && o.id !== challenge.answer[0])!;
    await host.send({ type: 'select', optionId: wrong.id });
    for (const [i, optionId] of challenge.answer.entries()) if (i > 0) await host.send({ type: 'select', optionId });
    assert.strictEqual(host.question.canSubmit, true);
    await host.send({ type: 'submit' });
    assert.strictEqual(host.question.feedback?.tone, 'wrong');
    assert.strictEqual(host.storage.progress.challenges[id].attemptsUsed, 1);
    await host.send({ type: 'select', optionId: challenge.answer[0] });
    assert.deepStrictEqual(host.question.blanks.map(b => b.optionId), [...challenge.answer]);
    await host.send({ type: 'submit' });
    assert.strictEqual(host.question.status, 'solved');
    assert.strictEqual(host.question.feedback?.tone, 'right');
  });

  it('reveals the engine’s output in Predict mode once the question is over', async () => {
    host = await FakeHost.start();
    await host.send({ type: 'start-mode', mode: 'predict' });
    const challenge = choice(host, host.question.challengeId);
    const before = host.question;
    assert.strictEqual(before.reveal, undefined);
    await answer(host, challenge.answer);
    const reveal = host.question.reveal;
    assert.ok(reveal && (reveal.printed.length > 0 || reveal.error), 'the engine says what the code prints or raises');
  });

  it('checks a Debug fix in the editor: not open, still buggy, then fixed', async () => {
    host = await FakeHost.start();
    const id = 'fix-binary-smoothing';
    const challenge = host.catalog.challenges.find(c => c.id === id);
    assert.ok(challenge?.type === 'fix-the-code');
    await host.session.checkDebug(id);
    assert.strictEqual(host.state.screen, 'debug');
    assert.strictEqual(host.question.challengeId, id);
    assert.match(host.question.feedback?.text ?? '', /Open the code in an editor first/);

    await host.send({ type: 'open-editor', challengeId: id });
    await host.send({ type: 'check-debug', challengeId: id });
    assert.strictEqual(host.question.fix?.grade?.passed, false);
    assert.ok(host.question.fix.grade.inputs.some(input => input.status !== 'match'));
    assert.strictEqual(host.question.status, 'open');

    host.editors.set(id, challenge.solution);
    await host.session.checkDebug(id);
    assert.strictEqual(host.question.fix?.grade?.passed, true);
    assert.strictEqual(host.question.status, 'solved');
    assert.strictEqual(host.storage.progress.challenges[id].solved, true);
  });

  it('ignores a stale visualisation: only the newest request is shown', async () => {
    const replies: Array<() => void> = [];
    const catalog = shippedCatalog();
    host = await FakeHost.start({
      catalog,
      services: { visualize: request => new Promise(resolve => replies.push(() => resolve(visualize(request)))) },
    });
    await host.send({ type: 'start-mode', mode: 'visualize' });
    await host.send({ type: 'visualize', request: { epsilon: 0.2, classes: 4, label: 1, convention: 'uniform' } });
    await host.send({ type: 'visualize', request: { epsilon: 0.3, classes: 5, label: 7, convention: 'off-target' } });
    assert.strictEqual(replies.length, 1, 'one request at a time');
    replies.shift()!();
    await settle();
    let view = host.state.view;
    assert.ok(view.kind === 'visualize' && view.result === undefined && view.pending, 'the stale reply is dropped');
    assert.strictEqual(replies.length, 1, 'and the newest request is asked instead');
    replies.shift()!();
    await settle();
    view = host.state.view;
    assert.ok(view.kind === 'visualize' && view.result && !view.pending);
    assert.deepStrictEqual(view.request, { epsilon: 0.3, classes: 5, label: 4, convention: 'off-target' }, 'the label is kept below K');
    assert.strictEqual(view.result.targets.length, 5);
    assert.ok(Math.abs(view.result.targets[4] - 0.7) < 1e-6);
  });

  it('ignores malformed messages from the webview and logs them', async () => {
    host = await FakeHost.start();
    const before = host.states.length;
    const saves = host.storage.saves;
    for (const message of [
      null, 'submit', { type: 'launch-missiles' }, { type: 'start-mode', mode: 'nope' }, { type: 'select', optionId: 7 },
      { type: 'select', optionId: 'A'.repeat(10_000) }, { type: 'submit', extra: true },
      { type: 'visualize', request: { epsilon: 2, classes: 4, label: 0, convention: 'uniform' } },
    ]) await host.send(message);
    assert.strictEqual(host.states.length, before, 'nothing happened');
    assert.strictEqual(host.storage.saves, saves);
    assert.strictEqual(host.logs.filter(l => l.startsWith('ignored a malformed message')).length, 8);
    await host.send({ type: 'start-mode', mode: 'why' });
    assert.strictEqual(host.state.screen, 'why', 'and still works');
  });

  it('shows notices once, until dismissed: a progress notice and challenge files that did not load', async () => {
    const catalog = { ...shippedCatalog(), problems: [{ file: 'broken/challenge.json', message: 'not valid JSON' }] };
    host = await FakeHost.start({ catalog, notice: 'Your progress was from a newer version and was set aside.' });
    assert.strictEqual(host.state.notices.length, 2);
    assert.match(host.state.notices[1], /broken\/challenge\.json/);
    await host.send({ type: 'dismiss-notice', index: 0 });
    assert.deepStrictEqual(host.state.notices.length, 1);
    await host.send({ type: 'dismiss-notice', index: 0 });
    assert.deepStrictEqual(host.state.notices, []);
  });

  it('continues where the learner left off, and shows replaced progress at once', async () => {
    host = await FakeHost.start();
    await host.send({ type: 'start-mode', mode: 'predict' });
    await host.send({ type: 'next' });
    const where = host.question.challengeId;
    assert.deepStrictEqual(host.storage.progress.last, { mode: 'predict', challengeId: where });
    await host.send({ type: 'home' });
    const home = host.state.view;
    assert.ok(home.kind === 'home' && home.continueLabel?.startsWith('Continue: Predict'));
    await host.send({ type: 'continue' });
    assert.strictEqual(host.question.challengeId, where);

    const solved = { ...host.session.progress, challenges: { [where]: { attemptsUsed: 1, hintsUsed: 0, solved: true, failed: false, reviewStreak: 0 } } };
    await host.session.replaceProgress(solved);
    assert.strictEqual(host.question.status, 'solved');
    assert.strictEqual(host.session.progress, solved);
  });
});
