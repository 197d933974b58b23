// The panel's host services in the extension: each service is one language-server request with the documented
// params, sent only once the server is ready; the catalog is asked for once (again only after a failure).
import * as assert from 'assert';
import { createChallengeServices, DebugEditorAccess, RequestSender } from '../../client/src/challenges/services';
import { ChallengeMethods } from '../../server/src/lsp/challengeMethods';

class FakeClient implements RequestSender {
  readonly sent: [string, unknown][] = [];
  fail = false;
  async sendRequest<R>(method: string, param?: unknown): Promise<R> {
    this.sent.push([method, param]);
    if (this.fail) throw new Error('server gone');
    return { answerTo: method } as R;
  }
}

const noEditors: DebugEditorAccess = {
  open: async () => { throw new Error('not in this test'); },
  text: id => (id === 'fix-padding-rows' ? 'edited code' : undefined),
};

describe('challenge services over the language client', () => {
  it('waits for the server before sending anything', async () => {
    const client = new FakeClient();
    let ready!: () => void;
    const services = createChallengeServices(client, new Promise<void>(resolve => { ready = resolve; }), noEditors);
    const answer = services.previewCode('seed-debug-label-smooth');
    await new Promise(resolve => setImmediate(resolve));
    assert.deepStrictEqual(client.sent, []);
    ready();
    assert.deepStrictEqual(await answer, { answerTo: ChallengeMethods.previewCode });
    assert.deepStrictEqual(client.sent, [[ChallengeMethods.previewCode, { challengeId: 'seed-debug-label-smooth' }]]);
  });

  it('sends each request with its documented params', async () => {
    const client = new FakeClient();
    const services = createChallengeServices(client, Promise.resolve(), noEditors);
    const request = { epsilon: 0.1, classes: 4, label: 2, convention: 'uniform' } as const;
    await services.gradeFillInBlank('fill-uniform-formula', ['A', 'C']);
    await services.gradeFix('fix-padding-rows', 'def f(): pass\n');
    await services.visualize(request);
    assert.deepStrictEqual(client.sent, [
      [ChallengeMethods.gradeFillInBlank, { challengeId: 'fill-uniform-formula', optionIds: ['A', 'C'] }],
      [ChallengeMethods.gradeFix, { challengeId: 'fix-padding-rows', code: 'def f(): pass\n' }],
      [ChallengeMethods.visualize, request],
    ]);
    assert.strictEqual(services.debugEditorText('fix-padding-rows'), 'edited code');
    assert.strictEqual(services.debugEditorText('fix-kl-div-loss'), undefined);
  });

  it('asks for the catalog once, and again after a failure', async () => {
    const client = new FakeClient();
    const services = createChallengeServices(client, Promise.resolve(), noEditors);
    client.fail = true;
    await assert.rejects(services.catalog(), /server gone/);
    client.fail = false;
    await services.catalog();
    await services.catalog();
    assert.deepStrictEqual(client.sent.map(([method]) => method), [ChallengeMethods.catalog, ChallengeMethods.catalog]);
  });
});
