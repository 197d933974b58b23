// The challenge panel's webview in headless Chromium against a fake host (the real session, in-memory
// progress, a hand-moved clock, the analysis core's graders). Each test checks what the learner sees and
// what a screen reader hears. UPDATE_SCREENSHOTS=1 also writes docs/panel-*.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { Catalog } from '../../client/src/challenges/contract';
import type { ChoiceChallenge } from '../../server/src/challenges';
import { repositoryRoot } from '../helpers/parser';
import { eventually } from './eventually';
import { FakeHost, FakeHostOptions, shippedCatalog } from './fakeHost';
import { HOSTILE_PROMPT, hostileChallenge } from './hostileChallenge';
import { PanelBrowser, PanelPage } from './panelPage';
import { TOOLCHAIN_INSTALL_TIMEOUT_MS } from '../vscode/toolchain';

const PURPOSE = 'seed-purpose-of-label-smoothing';

describe('the challenge panel in Chromium', function () {
  this.timeout(30_000);
  let panels: PanelBrowser;
  let host: FakeHost;
  let panel: PanelPage;
  let page: Page;

  before(async function () {
    this.timeout(TOOLCHAIN_INSTALL_TIMEOUT_MS);
    panels = await PanelBrowser.launch();
  });

  after(async () => {
    await panels?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'passed') {
      assert.deepStrictEqual(panel.cspViolations, [], 'no Content Security Policy violations');
      assert.deepStrictEqual(panel.consoleErrors, [], 'no errors in the console');
      assert.deepStrictEqual(host.invalidStates, [], 'every state passes the protocol');
    }
    await panel?.close();
    host?.dispose();
  });

  async function open(options: FakeHostOptions = {}): Promise<void> {
    host = await FakeHost.start(options);
    panel = await panels.open(host);
    page = panel.page;
  }

  const text = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();
  const seen = (selector: string, expected: string | RegExp) => eventually(async () => {
    const actual = await text(selector);
    if (typeof expected === 'string') assert.strictEqual(actual, expected, selector);
    else assert.match(actual, expected, selector);
  });
  const option = (id: string) => page.locator(`[data-option="${id}"]`);
  const focused = () => page.locator(':focus').getAttribute('data-focus');
  const screenshot = async (name: string) => {
    if (!process.env.UPDATE_SCREENSHOTS) return;
    await panel.delivered();
    const docs = path.join(repositoryRoot, 'docs');
    fs.mkdirSync(docs, { recursive: true });
    await page.screenshot({ path: path.join(docs, `panel-${name}.png`), fullPage: true });
  };
  const challenge = (id: string) => host.catalog.challenges.find(c => c.id === id) as ChoiceChallenge;

  async function startChallengeMode(): Promise<void> {
    await page.getByRole('button', { name: 'Challenge', exact: true }).click();
    await seen('#question-title', challenge(host.catalog.mastery!.challengeSet[0]).title);
  }

  it('shows the home screen: the mastery badge and the nine modes', async () => {
    await open();
    await seen('#badge-title', 'Label Smoothing Mastery');
    assert.match(await text('.badge-card'), /Get all challenges correct to earn this badge!.*Test your skills under time pressure!.*about 20 minutes/s);
    const modes = await page.locator('.modes button').allTextContents();
    assert.deepStrictEqual(modes, ['Why', 'Deep dive', 'Visualize', 'Try', 'Challenge', 'Predict', 'Debug', 'Test this pattern', 'Review']);
    assert.strictEqual(await page.locator('.modes button').first().getAttribute('aria-describedby'), 'mode-why-description');
  });

  it('a wrong option costs an attempt and is marked, and when the attempts run out the question fails with its explanation', async () => {
    await open();
    await startChallengeMode();
    await seen('.attempts', 'Attempts: 2 of 2 left');
    await option('B').click();
    await eventually(async () => assert.strictEqual(await option('B').getAttribute('aria-checked'), 'true'));
    await page.getByRole('button', { name: 'Submit' }).click();
    await seen('.attempts', 'Attempts: 1 of 2 left');
    assert.strictEqual(await option('B').getAttribute('data-state'), 'wrong');
    assert.strictEqual(await option('B').getAttribute('aria-disabled'), 'true');
    assert.match(await text('[data-option="B"] .sr-only'), /wrong/);
    await seen('#announcer', 'Wrong. 1 attempt left.');
    assert.strictEqual(await page.locator('#announcer').getAttribute('aria-live'), 'polite');
    await screenshot('challenge');

    await option('C').click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await seen('.outcome', 'Failed ✗');
    await seen('.attempts', 'Attempts: 0 of 2 left');
    await seen('#announcer', 'Wrong. No attempts left. The answer is A.');
    assert.strictEqual(await option('A').getAttribute('data-state'), 'answer');
    assert.match(await text('.explanation'), /^Why/);
    assert.strictEqual(await page.locator('.option-explanations li').count(), 4, 'every option is explained');
    assert.strictEqual(await page.locator('.timer').count(), 0, 'the countdown is gone');
  });

  it('shows a hint on request and counts it', async () => {
    await open();
    await startChallengeMode();
    const hint = challenge(PURPOSE).hints[0];
    await page.getByRole('button', { name: 'Show a hint (1 of 1)' }).click();
    await seen('.hints li', hint);
    await seen('.hints-count', 'Hints used: 1 of 1');
    await seen('#announcer', `Hint 1 of 1: ${hint}`);
    assert.strictEqual(await page.getByRole('button', { name: /Show a hint/ }).count(), 0, 'no more hints to show');
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].hintsUsed, 1);
  });

  it('counts down, keeps counting while the webview is closed or reloaded, and fails the question when time is up', async () => {
    await open();
    await startChallengeMode();
    await seen('.timer', '1:30 remaining');
    assert.strictEqual(await page.locator('.timer').getAttribute('role'), 'timer');
    await host.advance(30_000);
    await seen('.timer', '1:00 remaining');
    await seen('#timer-announcer', '1 minute left');
    assert.strictEqual(await page.locator('#timer-announcer').getAttribute('aria-live'), 'assertive');

    await panel.close(); // the view is hidden: VS Code disposes the webview, the session lives on
    await host.advance(20_000);
    panel = await panels.open(host); // a new webview for the same session
    page = panel.page;
    await seen('.timer', '0:40 remaining');

    await host.advance(15_000);
    await panel.load(); // a reloaded webview
    await seen('.timer', '0:25 remaining');

    await host.advance(25_000);
    await seen('.outcome', 'Failed ✗');
    await seen('#timer-announcer', /^Time is up: “.*” failed\.$/);
    assert.match(await text('.feedback'), /Time is up\. The answer is A\./);
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].failed, true);
  });

  it('earns the badge after all five challenge-set problems are answered right', async () => {
    await open();
    await startChallengeMode();
    const set = host.catalog.mastery!.challengeSet;
    for (const [i, id] of set.entries()) {
      await seen('#question-title', challenge(id).title);
      await seen('.question-meta', new RegExp(`Question ${i + 1} of 5`));
      await option(challenge(id).answer).click();
      await page.getByRole('button', { name: 'Submit' }).click();
      await seen('.outcome', 'Solved ✓');
      if (i < set.length - 1) await page.getByRole('button', { name: 'Next question' }).click();
    }
    await seen('#announcer', /You earned the badge: Label Smoothing Mastery!/);
    await page.getByRole('button', { name: 'Back to all modes' }).click();
    await seen('.badge-card .badge-meta', '5 of 5 solved · about 20 minutes');
    assert.match(await text('.badge-card'), /Badge earned/);
    assert.strictEqual(await page.locator('.badge-card.earned').count(), 1);
  });

  it('can be used with the keyboard alone: Tab, number keys, Enter and H', async () => {
    await open();
    await page.keyboard.press('Tab');
    assert.strictEqual(await focused(), 'start-challenge');
    await page.keyboard.press('Enter');
    await seen('#question-title', challenge(PURPOSE).title);
    await eventually(async () => assert.strictEqual(await page.locator(':focus').getAttribute('id'), 'question-title'), 2000);

    await page.keyboard.press('h');
    await seen('.hints li', challenge(PURPOSE).hints[0]);
    await page.keyboard.press('2');
    await eventually(async () => assert.strictEqual(await option('B').getAttribute('aria-checked'), 'true'));
    assert.strictEqual(await focused(), 'option-B', 'the number key moves the focus to its option');
    await page.keyboard.press('Enter');
    await seen('.attempts', 'Attempts: 1 of 2 left');
    assert.strictEqual(await focused(), 'option-B', 'the focus stays on the equivalent control after the redraw');

    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await seen('.outcome', 'Solved ✓');
    await eventually(async () => assert.strictEqual(await focused(), 'next'), 2000);
    await page.keyboard.press('Enter');
    await seen('#question-title', challenge(host.catalog.mastery!.challengeSet[1]).title);
    assert.strictEqual(host.storage.progress.challenges[PURPOSE].solved, true);
    assert.match(await text('.keys-help'), /1–9 pick an option · Enter submits · H shows a hint/);
  });

  it('runs nothing from a challenge whose text holds <script> or <img onerror=…>, and shows it literally', async () => {
    const shipped = shippedCatalog();
    const catalog: Catalog = {
      challenges: [hostileChallenge, ...shipped.challenges],
      mastery: { ...shipped.mastery!, challengeSet: [hostileChallenge.id, ...shipped.mastery!.challengeSet] },
      problems: [{ file: '<img src=x onerror="window.__pwned=\'notice\'">', message: '<script>window.__pwned = "notice"</script>' }],
    };
    await open({ catalog });
    await startChallengeMode();
    await page.getByRole('button', { name: 'Show a hint (1 of 1)' }).click();
    await option('B').click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await option('C').click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await seen('.outcome', 'Failed ✗'); // the explanation, with its payloads, is on screen too
    await page.waitForTimeout(200); // time for an image's onerror to have fired, were there one

    assert.strictEqual(await page.evaluate('window.__pwned'), undefined, 'no payload ran');
    assert.strictEqual(await page.locator('#app script, #app img, #app svg, #app iframe, #app a, #app body').count(), 0, 'no element came from content');
    assert.strictEqual(await page.locator('script').count(), 1, 'the only script is the panel’s own');
    const prompt = await text('.prompt');
    assert.strictEqual(prompt, HOSTILE_PROMPT.replace('[click me](javascript:window.__pwned=\'link\')', 'click me (javascript:window.__pwned=\'link\')'));
    assert.strictEqual(await text('#question-title'), hostileChallenge.title);
    assert.strictEqual(await text('[data-option="A"] .option-text'), hostileChallenge.options[0].text);
    assert.strictEqual(await text('.hints li'), hostileChallenge.hints[0]);
    assert.strictEqual(await text('.code pre'), hostileChallenge.code);
    assert.match(await text('.notices'), /<script>window.__pwned = "notice"<\/script>/);
  });

  it('has a strict Content Security Policy that blocks injected script, and no violations in normal use', async () => {
    await open();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.strictEqual(csp, `default-src 'none'; style-src ${panels.server.origin}; script-src 'nonce-${await page.locator('script').getAttribute('nonce')}'; img-src ${panels.server.origin} data:; base-uri 'none'; form-action 'none'`);
    assert.doesNotMatch(csp!, /unsafe-inline|unsafe-eval|\*|https:/);
    assert.strictEqual(await page.locator('script:not([nonce])').count(), 0);

    // Normal use: every screen draws without a violation (Visualize sets bar heights through the CSS object model).
    for (const mode of ['Why', 'Deep dive', 'Visualize', 'Try', 'Predict', 'Debug', 'Test this pattern', 'Review']) {
      const home = page.getByRole('button', { name: 'Back to all modes' });
      if (await home.count()) await home.click();
      await page.getByRole('button', { name: mode, exact: true }).click();
      await seen('#screen-title', mode);
      if (mode === 'Visualize') await seen('.bars', /0\.9250/);
    }
    assert.deepStrictEqual(panel.cspViolations, []);

    // An attacker's inline script, added the only way left (from the page itself), is blocked and reported.
    await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = 'window.__pwned = 1'; document.body.appendChild(s); })()`);
    await eventually(() => assert.ok(panel.cspViolations.some(v => v.startsWith('script-src'))));
    assert.strictEqual(await page.evaluate('window.__pwned'), undefined);
    panel.cspViolations.length = 0;
    panel.consoleErrors.length = 0;
  });

  it('ignores a malformed message from the host without breaking the view, and the session ignores one from the webview', async () => {
    await open();
    await startChallengeMode();
    const title = await text('#question-title');
    for (const message of [null, 'state', { screen: 'home' }, { ...host.state, view: { kind: 'html', html: '<img src=x onerror="window.__pwned=1">' } },
      { ...host.state, announcement: 42 }]) {
      await panel.deliver(message);
    }
    assert.strictEqual(await text('#question-title'), title, 'the last good state is still shown');
    await option('A').click();
    await eventually(async () => assert.strictEqual(await option('A').getAttribute('aria-checked'), 'true'), 2000);

    const states = host.states.length;
    await page.evaluate(`window.__toHost({ type: 'submit', sneaky: true })`);
    await page.evaluate(`window.__toHost({ type: 'start-mode', mode: 'admin' })`);
    await eventually(() => assert.strictEqual(host.logs.filter(l => l.startsWith('ignored a malformed message')).length, 2));
    assert.strictEqual(host.states.length, states, 'the session did nothing');
    await page.getByRole('button', { name: 'Submit' }).click();
    await seen('.outcome', 'Solved ✓');
  });

  it('redraws the target row and the loss as the sliders move (by keyboard too)', async () => {
    await open();
    await page.getByRole('button', { name: 'Visualize', exact: true }).click();
    await seen('.row-sum', 'Row sum: 1.0000');
    assert.deepStrictEqual(await page.locator('.bar-value').allTextContents(), ['0.9250', '0.0250', '0.0250', '0.0250']);
    await page.getByLabel('Smoothing ε').focus();
    await page.keyboard.press('ArrowRight');
    await eventually(async () => assert.deepStrictEqual(await page.locator('.bar-value').allTextContents(), ['0.9175', '0.0275', '0.0275', '0.0275']));
    assert.strictEqual(await focused(), 'slider-epsilon', 'the slider keeps the focus');
    // A drag redraws the figures many times on the way; the slider under the pointer must survive all of them.
    const box = (await page.getByLabel('Smoothing ε').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 8 });
    await page.mouse.move(box.x + box.width + 20, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await eventually(async () => assert.deepStrictEqual(await page.locator('.bar-value').allTextContents(), ['0.2500', '0.2500', '0.2500', '0.2500']));
    await page.getByLabel('Smoothing ε').fill('0.11');
    await page.getByLabel('Classes K').fill('5');
    await page.getByLabel('True class').fill('4');
    await page.getByLabel(/Off-target/).check();
    await eventually(async () => assert.deepStrictEqual(await page.locator('.bar-value').allTextContents(), ['0.0275', '0.0275', '0.0275', '0.0275', '0.8900']));
    await seen('.row-sum', 'Row sum: 1.0000');
    assert.match(await text('.figures pre'), /^tensor\(\[0\.0275, 0\.0275, 0\.0275, 0\.0275, 0\.8900\]\)$/);
    assert.match(await text('.losses'), /Cross-entropy with these targets\s*tensor\([\d.]+\)\s*Without smoothing \(one-hot\)\s*tensor\([\d.]+\)/);
    await screenshot('visualize');
  });

  it('reveals what the engine says the code prints once a Predict question is over', async () => {
    await open();
    await page.getByRole('button', { name: 'Predict', exact: true }).click();
    const id = host.question.challengeId;
    await option(challenge(id).answer).click();
    await page.getByRole('button', { name: 'Submit' }).click();
    await seen('.reveal h3', 'What the engine says the code prints');
    const reveal = host.question.reveal!;
    assert.match(await text('.reveal'), new RegExp(escape(reveal.printed[0] ?? reveal.error ?? '')));
  });

  it('checks a Debug fix made in the editor and shows the result per hidden input', async () => {
    await open();
    await page.getByRole('button', { name: 'Debug', exact: true }).click();
    const id = host.question.challengeId;
    await page.getByRole('button', { name: 'Check' }).click();
    await seen('.feedback', /Open the code in an editor first/);
    await page.getByRole('button', { name: 'Open in editor' }).click();
    await eventually(() => assert.ok(host.editors.has(id)));
    await page.getByRole('button', { name: 'Check' }).click();
    await seen('.fix-grade h3', 'Not yet');
    assert.ok(await page.locator('.hidden-inputs li').count() >= 1);
    await screenshot('debug');

    const fix = host.catalog.challenges.find(c => c.id === id);
    assert.ok(fix?.type === 'fix-the-code');
    host.editors.set(id, fix.solution);
    await page.getByRole('button', { name: 'Check' }).click();
    await seen('.fix-grade h3', 'Passed');
    await seen('.outcome', 'Solved ✓');
  });

  it('renders challenge Markdown as structure: emphasis, code, lists, tables, and links as plain text', async () => {
    const markdown = [
      'Some **bold**, some *italic*, `torch.full((K,), eps)` and 2 * 3 * 4.',
      '',
      '- one',
      '- two',
      '',
      '| a | b |',
      '| --- | --- |',
      '| 1 | 2 |',
      '',
      '```python',
      'print(1 < 2)',
      '```',
      '',
      'See [the docs](https://pytorch.org/docs).',
    ].join('\n');
    const shipped = shippedCatalog();
    const rich: ChoiceChallenge = { ...hostileChallenge, id: 'rich-markdown', title: 'Rich', prompt: markdown, code: undefined, hints: ['h'] };
    await open({ catalog: { ...shipped, challenges: [rich, ...shipped.challenges], mastery: { ...shipped.mastery!, challengeSet: ['rich-markdown'] } } });
    await startChallengeMode();
    assert.strictEqual(await text('.prompt strong'), 'bold');
    assert.strictEqual(await text('.prompt em'), 'italic');
    assert.strictEqual(await text('.prompt p code'), 'torch.full((K,), eps)');
    assert.match(await text('.prompt p'), /and 2 \* 3 \* 4\./);
    assert.deepStrictEqual(await page.locator('.prompt ul li').allTextContents(), ['one', 'two']);
    assert.deepStrictEqual(await page.locator('.prompt table th').allTextContents(), ['a', 'b']);
    assert.strictEqual(await text('.prompt pre code'), 'print(1 < 2)');
    assert.strictEqual(await text('.prompt .link'), 'the docs (https://pytorch.org/docs)');
    assert.strictEqual(await page.locator('.prompt a').count(), 0);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
