// The challenge panel's custom requests over stdio (dist/server.js), as the extension sends them. What the
// answers contain is the analysis core's business (tested with real PyTorch elsewhere); here: the wiring gives
// the same answers as the core in-process, and misuse is a protocol error, never a crashed or silent server.
import * as assert from 'assert';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { Challenge, FillInBlankChallenge, FixTheCodeChallenge, loadChallenges, previewCode, visualize } from '../../server/src/challenges';
import { ChallengeMethods, ChallengeResults } from '../../server/src/lsp/challengeMethods';
import { startServer, TestServer } from '../helpers/lspClient';
import { testParser } from '../helpers/parser';
import { challengesDirectory } from '../challenges/shipped';

const shipped = loadChallenges(challengesDirectory);
const ofType = <T extends Challenge>(type: Challenge['type']) => shipped.challenges.find((c): c is T => c.type === type)!;

async function request<M extends keyof ChallengeResults>(server: TestServer, method: M, params?: unknown): Promise<ChallengeResults[M]> {
  return server.connection.sendRequest(ChallengeMethods[method], params);
}

/** The error a request is answered with (fails when it is answered with a result). */
async function errorOf(server: TestServer, method: keyof ChallengeResults, params: unknown): Promise<ResponseError<unknown>> {
  try {
    await request(server, method, params);
  } catch (error) {
    assert.ok(error instanceof ResponseError, `a ResponseError, not ${String(error)}`);
    return error;
  }
  assert.fail(`${method} ${JSON.stringify(params)?.slice(0, 80)} was answered with a result`);
}

describe('the challenge panel\'s requests (dist/server.js over stdio)', function () {
  this.timeout(30000);
  let server: TestServer;
  before(async () => { server = await startServer(); });
  after(async () => server?.stop());

  it('catalog: every shipped challenge in the loader\'s order, the mastery header, no problems', async () => {
    const catalog = await request(server, 'catalog');
    assert.deepStrictEqual(catalog.challenges.map(c => c.id), shipped.challenges.map(c => c.id));
    assert.deepStrictEqual(catalog.mastery, shipped.mastery);
    assert.deepStrictEqual(catalog.problems, []);
    assert.deepStrictEqual(catalog.challenges, JSON.parse(JSON.stringify(shipped.challenges)));
  });

  it('gradeFillInBlank: the key is correct, a completion with another option in a blank is not', async () => {
    const challenge = ofType<FillInBlankChallenge>('fill-in-blank');
    const right = await request(server, 'gradeFillInBlank', { challengeId: challenge.id, optionIds: challenge.answer });
    assert.strictEqual(right.correct, true, right.message);
    const other = challenge.options.find(o => o.blank === 1 && o.id !== challenge.answer[0])!;
    const wrong = await request(server, 'gradeFillInBlank', { challengeId: challenge.id, optionIds: [other.id, ...challenge.answer.slice(1)] });
    assert.strictEqual(wrong.correct, false);
  });

  it('gradeFix: the solution passes, the starter code does not', async () => {
    const challenge = ofType<FixTheCodeChallenge>('fix-the-code');
    const solved = await request(server, 'gradeFix', { challengeId: challenge.id, code: challenge.solution });
    assert.strictEqual(solved.passed, true, solved.summary);
    const starter = await request(server, 'gradeFix', { challengeId: challenge.id, code: challenge.code });
    assert.strictEqual(starter.passed, false);
    assert.match(starter.summary, /^Not yet: /);
  });

  it('previewCode: what the core previews for the challenge\'s code.py', async () => {
    const challenge = shipped.challenges.find(c => c.type === 'predict-output' && c.code)!;
    const preview = await request(server, 'previewCode', { challengeId: challenge.id });
    assert.deepStrictEqual(preview, previewCode(await testParser(), challenge.code!));
    assert.ok(preview.printed.length > 0, 'the code prints something');
  });

  it('visualize: what the core computes for the request', async () => {
    const params = { epsilon: 0.1, classes: 4, label: 2, convention: 'uniform' } as const;
    assert.deepStrictEqual(await request(server, 'visualize', params), visualize(params));
  });

  it('answers bad params and unknown ids with InvalidParams and a message that says what is wrong', async () => {
    const cases: [keyof ChallengeResults, unknown, RegExp][] = [
      ['gradeFix', { challengeId: 'no-such-challenge', code: '' }, /no challenge has the id "no-such-challenge"/],
      ['gradeFix', { challengeId: ofType('conceptual').id, code: '' }, /is a conceptual challenge, not fix-the-code/],
      ['gradeFix', { challengeId: ofType('fix-the-code').id }, /code must be a string/],
      ['gradeFix', { challengeId: ofType('fix-the-code').id, code: 'x'.repeat(100_001) }, /code is 100001 characters; at most 100000 are graded/],
      ['gradeFix', null, /expected params \{ challengeId, code \}/],
      ['gradeFillInBlank', { challengeId: ofType('fill-in-blank').id, optionIds: 'A' }, /optionIds must be a list/],
      ['gradeFillInBlank', { challengeId: ofType('fix-the-code').id, optionIds: [] }, /not fill-in-blank/],
      ['previewCode', { challengeId: 42 }, /challengeId must be a non-empty string/],
      ['previewCode', { challengeId: ofType('conceptual').id }, /has no code to preview/],
      ['visualize', { epsilon: 2, classes: 4, label: 0, convention: 'uniform' }, /epsilon must be a number from 0 to 1, got 2/],
      ['visualize', { epsilon: 0.1, classes: 4, label: 4, convention: 'uniform' }, /label must be a whole number from 0 to K − 1 = 3/],
      ['visualize', [], /a visualization request is an object/],
    ];
    for (const [method, params, message] of cases) {
      const error = await errorOf(server, method, params);
      assert.strictEqual(error.code, ErrorCodes.InvalidParams, `${method}: ${error.message}`);
      assert.match(error.message, message);
    }
    // Still serving after all that.
    assert.ok((await request(server, 'catalog')).challenges.length > 40);
    assert.strictEqual(server.process.exitCode, null);
  });
});
