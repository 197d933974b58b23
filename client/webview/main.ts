// The challenge panel's script (dist/webview.js). The webview is a view: the session in the extension host
// owns every piece of state and posts a PanelState on each change; this script checks it, draws it, and sends
// what the learner does back as messages. Handshake: `ready` on load, and the host answers with the state.
import type { PanelState } from '../src/challenges/protocol';
import { parsePanelState } from '../src/challenges/protocol';
import { send } from './hostChannel';
import { installKeyboard } from './keyboard';
import { Renderer } from './render';

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the panel's page has no #${id}`);
  return element;
}

const renderer = new Renderer(required('app'), required('announcer'), required('timer-announcer'));
let current: PanelState | undefined;

window.addEventListener('message', event => {
  const parsed = parsePanelState(event.data);
  if (!parsed.ok) {
    // Not a state we can trust to draw: keep showing the last good one.
    console.warn(`challenge panel: ignored a malformed message: ${parsed.error}`);
    return;
  }
  current = parsed.value;
  renderer.render(current);
});

installKeyboard(() => current);
send({ type: 'ready' });
