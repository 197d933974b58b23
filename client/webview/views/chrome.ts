// What surrounds every screen: the heading with a way home, and the notices (shown until dismissed).
import type { PanelState } from '../../src/challenges/protocol';
import { h } from '../dom';
import { send } from '../hostChannel';
import { renderMarkdown } from '../markdown';

export function header(state: PanelState): HTMLElement {
  const home = state.screen === 'home' ? null : h('button', {
    className: 'link-button',
    attrs: { type: 'button', 'data-focus': 'home', 'aria-label': 'Back to all modes' },
    onClick: () => send({ type: 'home' }),
  }, '← All modes');
  return h('header', { className: 'panel-header' }, home, h('h1', { attrs: { id: 'screen-title', tabindex: -1 } }, state.title));
}

export function notices(state: PanelState): HTMLElement | null {
  if (!state.notices.length) return null;
  return h('section', { className: 'notices', attrs: { 'aria-label': 'Notices' } }, state.notices.map((notice, index) =>
    h('div', { className: 'notice' },
      h('div', { className: 'notice-text' }, renderMarkdown(notice)),
      h('button', {
        attrs: { type: 'button', 'data-focus': `dismiss-notice-${index}`, 'aria-label': 'Dismiss this notice' },
        onClick: () => send({ type: 'dismiss-notice', index }),
      }, 'Dismiss'))));
}
