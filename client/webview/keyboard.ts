// The panel by keyboard alone: the number keys 1–9 pick an option (and move the focus to it), Enter submits
// the answer, H shows the next hint, the arrow keys move between the options of a group. Keys typed into a form control (the Visualize sliders) are left alone,
// and so is Enter on any other button (it presses that button, as everywhere).
import type { PanelState, QuestionView } from '../src/challenges/protocol';
import { send } from './hostChannel';

export function installKeyboard(current: () => PanelState | undefined): void {
  document.addEventListener('keydown', event => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const state = current();
    const view = state?.view.kind === 'question' ? state.view : undefined;
    const target = event.target instanceof HTMLElement ? event.target : undefined;
    if (!view || target?.closest('input, select, textarea')) return;
    const open = view.status === 'open';
    if (/^[1-9]$/.test(event.key) && open) {
      const option = view.options.find(o => o.number === Number(event.key));
      if (!option) return;
      event.preventDefault();
      document.querySelector<HTMLElement>(`[data-option="${option.id}"]`)?.focus();
      if (option.state !== 'wrong') send({ type: 'select', optionId: option.id });
    } else if ((event.key === 'h' || event.key === 'H') && view.canHint) {
      event.preventDefault();
      send({ type: 'hint' });
    } else if (event.key === 'Enter' && open) {
      enter(event, view, target);
    } else if (['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft'].includes(event.key) && target?.closest('[data-option]')) {
      // Arrows move between the options of a group, as in any radio group.
      event.preventDefault();
      moveAmongOptions(target, event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1);
    }
  });
}

function enter(event: KeyboardEvent, view: QuestionView, target: HTMLElement | undefined): void {
  const optionId = target?.closest<HTMLElement>('[data-option]')?.dataset.option;
  const onOtherButton = !optionId && target?.closest('button, a, summary') && !target.closest('[data-focus="submit"]');
  if (onOtherButton) return;
  if (optionId && view.answerKind === 'choice') {
    // Enter on an option picks it (if it is not picked yet) and submits it.
    event.preventDefault();
    const option = view.options.find(o => o.id === optionId);
    if (!option || option.state === 'wrong') return;
    if (option.state !== 'selected') send({ type: 'select', optionId });
    send({ type: 'submit' });
    return;
  }
  if (optionId) return; // a blank's option: Enter fills it in, like a click
  if (view.canSubmit) {
    event.preventDefault();
    send({ type: 'submit' });
  }
}

function moveAmongOptions(from: HTMLElement, step: number): void {
  const group = from.closest('.options');
  if (!group) return;
  const options = [...group.querySelectorAll<HTMLElement>('[data-option]')];
  const at = options.indexOf(from.closest<HTMLElement>('[data-option]')!);
  options[(at + step + options.length) % options.length]?.focus();
}
