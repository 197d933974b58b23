// The keyboard shortcuts, written where they apply (keyboard.ts implements them).
import type { QuestionView } from '../../src/challenges/protocol';
import { h } from '../dom';

export function keysHelp(view: QuestionView): HTMLElement | null {
  if (view.answerKind === 'fix') return null;
  return h('p', { className: 'keys-help' },
    'Keys: ', h('kbd', {}, '1'), '–', h('kbd', {}, '9'), ' pick an option · ', h('kbd', {}, 'Enter'), ' submits · ',
    h('kbd', {}, 'H'), ' shows a hint · ', h('kbd', {}, 'Tab'), ' moves between controls');
}
