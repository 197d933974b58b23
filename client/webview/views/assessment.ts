// "Test this pattern" before and after its questions: the intro with past scores, and the result with the
// breakdown by topic. (The questions themselves are question views.)
import type { PanelView } from '../../src/challenges/protocol';
import { h } from '../dom';
import { send } from '../hostChannel';

export function assessmentIntro(view: Extract<PanelView, { kind: 'assessment-intro' }>): HTMLElement {
  return h('div', { className: 'assessment' },
    h('p', {}, `${view.questionCount} questions across the three difficulties, one answer each. You see right or wrong after each; the score and a breakdown by topic come at the end. Questions you miss go to Review.`),
    beginButton('Begin the assessment'),
    view.past.length ? h('section', { attrs: { 'aria-labelledby': 'past-title' } },
      h('h2', { attrs: { id: 'past-title' } }, 'Earlier results'),
      h('ul', {}, view.past.slice(-5).reverse().map(p => h('li', {}, `${p.score} of ${p.total} — ${new Date(p.finishedAt).toLocaleString()}`)))) : null);
}

export function assessmentResult(view: Extract<PanelView, { kind: 'assessment-result' }>): HTMLElement {
  return h('div', { className: 'assessment' },
    h('h2', { attrs: { tabindex: -1, 'data-autofocus': true } }, `Score: ${view.score} of ${view.total}`),
    h('table', { className: 'by-topic' },
      h('caption', {}, 'By topic'),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Topic'), h('th', { attrs: { scope: 'col' } }, 'Right'))),
      h('tbody', {}, view.byTopic.map(t => h('tr', {}, h('th', { attrs: { scope: 'row' } }, t.topic), h('td', {}, `${t.correct} of ${t.total}`))))),
    view.missed.length ? h('section', {}, h('h2', {}, 'Missed (now in Review)'), h('ul', {}, view.missed.map(title => h('li', {}, title)))) : null,
    beginButton('Take another assessment'));
}

function beginButton(text: string): HTMLElement {
  return h('button', {
    className: 'primary',
    attrs: { type: 'button', 'data-focus': 'begin-assessment' },
    onClick: () => send({ type: 'begin-assessment' }),
  }, text);
}
