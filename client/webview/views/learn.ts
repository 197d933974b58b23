// Why and Deep dive: Markdown text (client/src/challenges/learn/), rendered by the sanitizing renderer.
import type { PanelView } from '../../src/challenges/protocol';
import { h } from '../dom';
import { renderMarkdown } from '../markdown';

export function learnView(view: Extract<PanelView, { kind: 'learn' }>): HTMLElement {
  return h('article', { className: 'learn markdown' }, renderMarkdown(view.markdown));
}

export function emptyView(view: Extract<PanelView, { kind: 'empty' }>): HTMLElement {
  return h('div', { className: 'empty markdown' }, renderMarkdown(view.message));
}
