// Hostile challenge text, taken through the real loader (so it is what a challenge file can hold, up to the
// loader's limits) and shown by the panel in Chromium: every element on every screen is audited, not only the
// ones the payloads aim at. Nothing runs, no element carries an event handler or a script URL, no element comes
// from the text but the Markdown renderer's own, the text is shown literally, and the largest text the loader
// accepts still draws quickly and passes the protocol (the suite's afterEach checks the states and the CSP).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { loadChallenges } from '../../server/src/challenges';
import { challengesDirectory } from '../challenges/shipped';
import { eventually } from './eventually';
import { FakeHost, shippedCatalog } from './fakeHost';
import { PanelBrowser, PanelPage } from './panelPage';
import { TOOLCHAIN_INSTALL_TIMEOUT_MS } from '../vscode/toolchain';

const run = (what: string) => `window.__pwned = '${what}'`;
/** Markup and links in every spelling a sanitiser might miss; each would set window.__pwned if it ever ran. */
const PAYLOADS = [
  `<script>${run('script')}</script>`,
  `<img src=x onerror="${run('img')}">`,
  `<svg><animate onbegin="${run('svg')}" attributeName=x dur=1s>`,
  `<a href="javascript:${run('a')}">a</a> [md](JaVaScRiPt:${run('md')}) [data](data:text/html,<script>${run('data')}</script>)`,
  `<iframe srcdoc="<script>${run('srcdoc')}</script>"></iframe> <object data="javascript:${run('object')}"></object>`,
  `<style>@import 'https://evil.example/x.css';</style> <base href="https://evil.example/"> <form action="javascript:${run('form')}"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run('meta')}">`,
  `&lt;script&gt;${run('entity')}&lt;/script&gt; <details open ontoggle="${run('details')}">`,
  `**<b onmouseover="${run('bold')}">bold</b>** *<i onclick="${run('em')}">em</i>* \`<code onfocus="${run('code')}">\``,
];
const PROMPT = ['# <h1 onclick="x">heading</h1>', ...PAYLOADS, '| <td onclick="x"> | b |', '| --- | --- |', `| <img src=y onerror="${run('cell')}"> | 2 |`,
  '```', `</code></pre><script>${run('fence')}</script>`, '```'].join('\n\n');

/** The elements the panel's renderer makes; anything else on the page would have come from content. */
const PANEL_ELEMENTS = new Set(['html', 'head', 'meta', 'link', 'title', 'body', 'script', 'div', 'section', 'header', 'nav', 'main', 'footer',
  'article', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'strong', 'em', 'code', 'pre', 'kbd', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'button', 'input', 'label', 'fieldset', 'legend', 'output', 'progress']);

describe('the challenge panel in Chromium: hostile challenge text', function () {
  this.timeout(60_000);
  let panels: PanelBrowser;
  let host: FakeHost | undefined;
  let panel: PanelPage | undefined;
  let folder: string;

  before(async function () {
    this.timeout(TOOLCHAIN_INSTALL_TIMEOUT_MS);
    panels = await PanelBrowser.launch();
  });
  after(async () => { await panels?.close(); });
  beforeEach(() => { folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-text-')); });
  afterEach(async function () {
    if (this.currentTest?.state === 'passed') {
      assert.deepStrictEqual(panel?.cspViolations, [], 'no Content Security Policy violations');
      assert.deepStrictEqual(host?.invalidStates, [], 'every state passes the protocol');
    }
    await panel?.close();
    host?.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  /** A shipped choice challenge (answer A) with its texts replaced, written as files and read back by the loader. */
  function loadHostile(id: string, texts: { prompt: string; option: string; hint: string; why: string; whyOption?: string; title: string }) {
    const json = JSON.parse(fs.readFileSync(path.join(challengesDirectory, 'typical-smoothing-factor', 'challenge.json'), 'utf8'));
    const options = json.options.map((option: { id: string }) => ({ ...option, text: `${option.id}: ${texts.option}` }));
    const explanation = { why: texts.why, options: Object.fromEntries(options.map((o: { id: string }) => [o.id, texts.whyOption ?? texts.why])) };
    fs.mkdirSync(path.join(folder, id));
    fs.writeFileSync(path.join(folder, id, 'challenge.json'), JSON.stringify({
      ...json, id, title: texts.title, prompt: texts.prompt, options, hints: [texts.hint], explanation, attempts: 1,
      references: [{ title: texts.title, url: 'https://example.org/<script>' }],
    }));
    const loaded = loadChallenges(folder);
    assert.deepStrictEqual(loaded.problems, [], 'the loader accepts it: it is text');
    const shipped = shippedCatalog();
    return { ...shipped, challenges: [...loaded.challenges, ...shipped.challenges], mastery: { ...shipped.mastery!, challengeSet: [id] } };
  }

  async function answerWrongly(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Challenge', exact: true }).click();
    await page.getByRole('button', { name: /^Show a hint/ }).click();
    await page.locator('[data-option="B"]').click();   // the answer is A; one attempt
    await page.getByRole('button', { name: 'Submit' }).click();
    await eventually(async () => assert.match((await page.locator('.outcome').textContent()) ?? '', /Failed/));
  }

  it('shows every payload as text on the question, hint, explanation and reference screens, and runs none', async () => {
    const catalog = loadHostile('hostile-text', { prompt: PROMPT, option: PAYLOADS[1], hint: PAYLOADS[3], why: PAYLOADS.join('\n\n'), title: `Title ${PAYLOADS[0]}` });
    host = await FakeHost.start({ catalog, notice: `Your progress ${PAYLOADS[1]} could not be read.` });
    panel = await panels.open(host);
    const page = panel.page;
    await answerWrongly(page);
    await page.waitForTimeout(300);   // time for an onerror, onbegin or refresh to have fired, were there one

    assert.strictEqual(await page.evaluate('window.__pwned'), undefined, 'no payload ran');
    const audit = await page.evaluate(auditDom, [...PANEL_ELEMENTS]);
    assert.deepStrictEqual(audit, { handlers: [], scriptUrls: [], foreign: [], scripts: 1 });
    const shown = (await page.locator('#app').textContent()) ?? '';
    for (const literal of ['<script>window.__pwned', 'onerror="window.__pwned', 'javascript:window.__pwned', '<base href=', '&lt;script&gt;']) {
      assert.ok(shown.includes(literal), `"${literal}" is shown as text`);
    }
    assert.match((await page.locator('.notices').textContent()) ?? '', /Your progress <img src=x onerror=/);
  });

  it('draws the longest texts the loader accepts, in adversarial Markdown, and hundreds of load problems, quickly and within the protocol', async () => {
    const adversarial = (length: number) => '*a [b `c **'.repeat(length / 11 + 1).slice(0, length);
    // Three texts at the 10,000-character limit fill most of a 48 KB file; the hint is read out too (clipped to a line).
    const catalog = loadHostile('hostile-long', { prompt: adversarial(10_000), option: adversarial(2_000), hint: adversarial(10_000), why: adversarial(10_000), whyOption: adversarial(1_000), title: 'T'.repeat(200) });
    // …and a folder of 600 broken files: their problems make one notice that still fits the protocol.
    const problems = Array.from({ length: 600 }, (_, i) => ({ file: `broken-${i}/challenge.json`, message: `prompt: ${'must be a non-empty string, '.repeat(4)}is missing` }));
    host = await FakeHost.start({ catalog: { ...catalog, problems } });
    panel = await panels.open(host);
    const started = Date.now();
    await answerWrongly(panel.page);
    assert.ok(Date.now() - started < 5_000, `a question, a hint and the explanation in ${Date.now() - started} ms`);
    const drawn = await panel.page.evaluate(`(() => { const t = performance.now(); document.body.offsetHeight; return performance.now() - t; })()`) as number;
    assert.ok(drawn < 1_000, `layout in ${drawn} ms`);
    assert.strictEqual(await panel.page.evaluate('window.__pwned'), undefined);
    assert.match((await panel.page.locator('.notices').textContent()) ?? '', /broken-0\/challenge\.json.*and \d+ more/s);
  });
});

// auditDom runs in the page; the tests compile without the DOM library, so these name the little it uses.
interface PageAttribute { readonly name: string; readonly value: string }
interface PageElement { readonly tagName: string; readonly className: unknown; readonly attributes: Iterable<PageAttribute> }
declare const document: { querySelectorAll(selector: string): Iterable<PageElement>; readonly scripts: { readonly length: number } };

/** Runs in the page: every element, its event-handler attributes, its URLs, and whether the panel makes such elements. */
function auditDom(allowed: string[]): { handlers: string[]; scriptUrls: string[]; foreign: string[]; scripts: number } {
  const elements = [...document.querySelectorAll('*')];
  const name = (element: PageElement) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;
  return {
    handlers: elements.flatMap(element => [...element.attributes].filter(a => /^on/i.test(a.name)).map(a => `${name(element)}[${a.name}]`)),
    scriptUrls: elements.flatMap(element => [...element.attributes]
      .filter(a => /^(href|src|srcdoc|action|formaction|data|xlink:href|content)$/i.test(a.name) && /^\s*(javascript|data|vbscript):|url=/i.test(a.value))
      .map(a => `${name(element)}[${a.name}]`)),
    foreign: elements.filter(element => !allowed.includes(element.tagName.toLowerCase())).map(name),
    scripts: document.scripts.length,
  };
}
