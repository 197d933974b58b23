// The messages between the challenge panel's host and its webview are checked strictly in both directions:
// anything that is not exactly a message we send is refused, with a reason.
import * as assert from 'assert';
import { PANEL_MODES, parsePanelState, parseWebviewMessage } from '../../client/src/challenges/protocol';
import { FakeHost } from '../webview/fakeHost';

describe('the challenge panel protocol', () => {
  it('accepts every message the webview sends', () => {
    const messages = [
      { type: 'ready' }, { type: 'home' }, { type: 'continue' }, { type: 'submit' }, { type: 'hint' }, { type: 'next' },
      { type: 'retry' }, { type: 'begin-assessment' },
      ...PANEL_MODES.map(mode => ({ type: 'start-mode', mode })),
      { type: 'open', challengeId: 'fix-padding-rows' },
      { type: 'select', optionId: 'B' },
      { type: 'clear-blank', blank: 2 },
      { type: 'visualize', request: { epsilon: 0.25, classes: 20, label: 19, convention: 'off-target' } },
      { type: 'open-editor', challengeId: 'fix-padding-rows' },
      { type: 'check-debug', challengeId: 'fix-padding-rows' },
      { type: 'dismiss-notice', index: 0 },
    ];
    for (const message of messages) {
      const parsed = parseWebviewMessage(message);
      assert.ok(parsed.ok, `${JSON.stringify(message)}: ${parsed.ok ? '' : parsed.error}`);
      assert.deepStrictEqual(parsed.value, message);
    }
  });

  it('refuses unknown types, missing and extra fields, wrong types, values out of range and oversized strings', () => {
    const refused: Array<[unknown, RegExp]> = [
      [undefined, /expected an object|type/],
      [[{ type: 'ready' }], /type/],
      [{ type: 'eval', code: '1' }, /\.type: expected one of/],
      [{ type: 'ready', extra: 1 }, /\.extra: expected no such field/],
      [{ type: 'start-mode' }, /\.mode: expected one of/],
      [{ type: 'start-mode', mode: 'constructor' }, /\.mode/],
      [{ type: 'select', optionId: 1 }, /\.optionId: expected a string/],
      [{ type: 'select', optionId: 'x'.repeat(21) }, /at most 20 characters/],
      [{ type: 'open', challengeId: 'x'.repeat(201) }, /at most 200 characters/],
      [{ type: 'clear-blank', blank: 1.5 }, /an integer/],
      [{ type: 'visualize', request: { epsilon: Number.NaN, classes: 4, label: 0, convention: 'uniform' } }, /epsilon/],
      [{ type: 'visualize', request: { epsilon: 0.1, classes: 21, label: 0, convention: 'uniform' } }, /classes/],
      [{ type: 'visualize', request: { epsilon: 0.1, classes: 4, label: 0, convention: 'padding' } }, /convention/],
      [{ type: '__proto__' }, /\.type: expected one of/],
    ];
    for (const [message, reason] of refused) {
      const parsed = parseWebviewMessage(message);
      assert.ok(!parsed.ok, `${JSON.stringify(message)} is refused`);
      assert.match(parsed.error, reason);
    }
  });

  it('accepts the states the session posts and refuses a tampered one', async () => {
    const host = await FakeHost.start();
    try {
      await host.session.startMode('challenge');
      const state = host.state;
      assert.ok(parsePanelState(JSON.parse(JSON.stringify(state))).ok, 'a state survives the trip through postMessage');
      const tampered: unknown[] = [
        { ...state, script: 'alert(1)' },
        { ...state, screen: 'settings' },
        { ...state, announcement: 'x'.repeat(1001) },
        { ...state, view: { ...state.view, kind: 'html', html: '<b>' } },
        { ...state, view: { ...state.view, options: [{ id: 'A', number: 1, text: 'a', state: 'glowing' }] } },
        { ...state, announcementId: -1 },
        { ...state, notices: 'not a list' },
      ];
      for (const value of tampered) assert.ok(!parsePanelState(value).ok, JSON.stringify(value).slice(0, 120));
    } finally {
      host.dispose();
    }
  });
});
