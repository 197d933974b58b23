// A question in any mode: its text and code, the options (numbered: the number key picks one), the blanks
// of fill-in-the-blank, the Debug editor's buttons, attempts, hints, the countdown, the feedback, and once it
// is over the explanation, Predict's reveal and Debug's grade. Only renders what the host decided.
import type { QuestionView } from '../../src/challenges/protocol';
import { h, srOnly } from '../dom';
import { send } from '../hostChannel';
import { codeBlock, renderMarkdown } from '../markdown';
import { keysHelp } from './keysHelp';

const STATE_TEXT: Record<QuestionView['options'][number]['state'], string> = {
  idle: '',
  selected: 'selected',
  wrong: 'wrong',
  right: 'right answer',
  answer: 'the right answer',
};

const STATE_MARK: Record<QuestionView['options'][number]['state'], string> = { idle: '', selected: '●', wrong: '✗', right: '✓', answer: '✓' };

export function questionView(view: QuestionView): HTMLElement {
  return h('article', { className: `question status-${view.status}`, attrs: { 'aria-labelledby': 'question-title' } },
    h('p', { className: 'question-meta' },
      `${view.typeLabel} · ${view.difficulty} · ${view.mode === 'review' ? `${view.position.total} to review` : `Question ${view.position.index} of ${view.position.total}`}`),
    h('h2', { attrs: { id: 'question-title', tabindex: -1, 'data-autofocus': view.status === 'open' ? true : undefined } }, view.title),
    statusBar(view),
    h('div', { className: 'prompt markdown' }, renderMarkdown(view.prompt)),
    view.code !== undefined ? codeSection(view) : null,
    view.answerKind === 'choice' ? choiceOptions(view) : null,
    view.answerKind === 'blanks' ? blankOptions(view) : null,
    view.answerKind === 'fix' ? fixActions(view) : null,
    actions(view),
    hints(view),
    view.feedback ? h('div', { className: `feedback tone-${view.feedback.tone}` }, renderMarkdown(view.feedback.text)) : null,
    view.fix?.grade ? fixGrade(view.fix.grade) : null,
    view.reveal ? reveal(view.reveal) : null,
    view.explanation ? explanation(view.explanation) : null,
    references(view),
    navigation(view),
    keysHelp(view));
}

function statusBar(view: QuestionView): HTMLElement {
  const timer = view.timer;
  return h('div', { className: 'status-bar' },
    timer ? h('p', { className: `timer${timer.secondsLeft <= 10 ? ' urgent' : ''}`, attrs: { role: 'timer', 'aria-label': 'Time left' } },
      `${clock(timer.secondsLeft)} remaining`) : null,
    view.attempts ? h('p', { className: 'attempts' }, `Attempts: ${view.attempts.left} of ${view.attempts.total} left`) : null,
    view.status !== 'open' ? h('p', { className: `outcome outcome-${view.status}` }, view.status === 'solved' ? 'Solved ✓' : 'Failed ✗') : null,
    view.bestTimeSeconds !== undefined ? h('p', { className: 'best-time' }, `Best time ${clock(view.bestTimeSeconds)}`) : null);
}

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function codeSection(view: QuestionView): HTMLElement {
  return h('section', { className: 'code', attrs: { 'aria-label': view.answerKind === 'fix' ? 'The buggy code' : 'Code' } }, codeBlock(view.code ?? '', 'python'));
}

function optionButton(view: QuestionView, option: QuestionView['options'][number], role: 'radio' | 'button'): HTMLElement {
  const open = view.status === 'open';
  const attrs: Record<string, string | number | boolean | undefined> = {
    type: 'button',
    'data-focus': `option-${option.id}`,
    'data-option': option.id,
    'data-state': option.state,
    'aria-keyshortcuts': option.number <= 9 ? String(option.number) : undefined,
    'aria-disabled': !open || option.state === 'wrong' ? 'true' : undefined,
  };
  if (role === 'radio') {
    attrs.role = 'radio';
    attrs['aria-checked'] = option.state === 'selected' ? 'true' : 'false';
  } else {
    attrs['aria-pressed'] = option.state === 'selected' ? 'true' : 'false';
  }
  return h('button', {
    className: `option state-${option.state}`,
    attrs,
    onClick: () => {
      if (open && option.state !== 'wrong') send({ type: 'select', optionId: option.id });
    },
  },
  h('span', { className: 'option-key', attrs: { 'aria-hidden': 'true' } }, option.number <= 9 ? String(option.number) : option.id),
  h('span', { className: 'option-id' }, `${option.id}. `),
  h('span', { className: 'option-text' }, renderMarkdown(option.text)),
  STATE_MARK[option.state] ? h('span', { className: 'option-mark', attrs: { 'aria-hidden': 'true' } }, STATE_MARK[option.state]) : null,
  STATE_TEXT[option.state] ? srOnly(`, ${STATE_TEXT[option.state]}`) : null);
}

function choiceOptions(view: QuestionView): HTMLElement {
  return h('div', { className: 'options', attrs: { role: 'radiogroup', 'aria-labelledby': 'question-title' } },
    view.options.map(option => optionButton(view, option, 'radio')));
}

function blankOptions(view: QuestionView): HTMLElement {
  return h('div', { className: 'blanks' }, view.blanks.map(blank => {
    const legend = `Blank ${blank.number}`;
    return h('fieldset', { className: 'blank' },
      h('legend', {}, legend, ': ', blank.code !== undefined ? h('code', {}, blank.code) : h('span', { className: 'empty-blank' }, 'empty')),
      blank.optionId !== undefined && view.status === 'open' ? h('button', {
        className: 'link-button',
        attrs: { type: 'button', 'data-focus': `clear-blank-${blank.number}`, 'aria-label': `Empty blank ${blank.number}` },
        onClick: () => send({ type: 'clear-blank', blank: blank.number }),
      }, 'Clear') : null,
      h('div', { className: 'options', attrs: { role: 'group', 'aria-label': `Options for blank ${blank.number}` } },
        view.options.filter(option => option.blank === blank.number).map(option => optionButton(view, option, 'button'))));
  }));
}

function fixActions(view: QuestionView): HTMLElement {
  return h('div', { className: 'fix-actions' },
    h('p', {}, 'Fix ', h('code', {}, `${view.fix?.functionName ?? 'the function'}()`),
      ' in the editor. The check compares it with a reference on inputs you do not see, and runs the linter; nothing is executed.'),
    h('button', {
      attrs: { type: 'button', 'data-focus': 'open-editor' },
      onClick: () => send({ type: 'open-editor', challengeId: view.challengeId }),
    }, 'Open in editor'),
    h('button', {
      className: 'primary',
      attrs: { type: 'button', 'data-focus': 'check', disabled: !view.canCheck },
      onClick: () => send({ type: 'check-debug', challengeId: view.challengeId }),
    }, 'Check'));
}

function actions(view: QuestionView): HTMLElement {
  const finished = view.status !== 'open';
  return h('div', { className: 'actions' },
    view.answerKind !== 'fix' && !finished ? h('button', {
      className: 'primary',
      // aria-disabled, not disabled: the button keeps the focus of someone who just pressed it.
      attrs: { type: 'button', 'data-focus': 'submit', 'aria-disabled': view.canSubmit ? undefined : 'true', 'aria-keyshortcuts': 'Enter' },
      onClick: () => {
        if (view.canSubmit) send({ type: 'submit' });
      },
    }, view.answerKind === 'blanks' ? 'Check' : 'Submit') : null,
    view.canHint ? h('button', {
      attrs: { type: 'button', 'data-focus': 'hint', 'aria-keyshortcuts': 'H' },
      onClick: () => send({ type: 'hint' }),
    }, `Show a hint (${view.hints.length + 1} of ${view.hintsTotal})`) : null,
    view.canRetry ? h('button', {
      attrs: { type: 'button', 'data-focus': 'retry', 'data-autofocus': true },
      onClick: () => send({ type: 'retry' }),
    }, 'Try again') : null,
    view.canNext ? h('button', {
      className: finished ? 'primary' : '',
      attrs: { type: 'button', 'data-focus': 'next', 'data-autofocus': finished && !view.canRetry ? true : undefined },
      onClick: () => send({ type: 'next' }),
    }, finished ? 'Next question' : 'Skip to the next') : null);
}

function hints(view: QuestionView): HTMLElement | null {
  if (!view.hints.length) return null;
  return h('section', { className: 'hints', attrs: { 'aria-label': 'Hints' } },
    h('p', { className: 'hints-count' }, `Hints used: ${view.hints.length} of ${view.hintsTotal}`),
    h('ol', {}, view.hints.map(text => h('li', { className: 'hint markdown' }, renderMarkdown(text)))));
}

function explanation(value: NonNullable<QuestionView['explanation']>): HTMLElement {
  return h('section', { className: 'explanation', attrs: { 'aria-labelledby': 'explanation-title' } },
    h('h3', { attrs: { id: 'explanation-title' } }, 'Why'),
    h('div', { className: 'markdown' }, renderMarkdown(value.why)),
    value.options.length ? h('ul', { className: 'option-explanations' }, value.options.map(option =>
      // The explanations themselves begin with "Right:" or "Wrong:"; the mark repeats it for the eye.
      h('li', { className: option.right ? 'right' : 'wrong' },
        h('strong', {}, h('span', { attrs: { 'aria-hidden': 'true' } }, option.right ? '✓ ' : '✗ '), `${option.id}. `),
        /^(Right|Wrong)\b/.test(option.text) ? null : srOnly(option.right ? 'Right: ' : 'Wrong: '),
        h('span', { className: 'markdown' }, renderMarkdown(option.text))))) : null);
}

function reveal(value: NonNullable<QuestionView['reveal']>): HTMLElement {
  const printed = value.printed.join('\n');
  return h('section', { className: 'reveal', attrs: { 'aria-labelledby': 'reveal-title' } },
    h('h3', { attrs: { id: 'reveal-title' } }, 'What the engine says the code prints'),
    printed ? codeBlock(printed) : h('p', {}, 'It prints nothing.'),
    value.error ? h('p', { className: 'reveal-error' }, 'Then it raises ', h('code', {}, value.error)) : null,
    value.notPreviewed ? h('p', { className: 'reveal-note' }, `Not followed: ${value.notPreviewed}`) : null);
}

function fixGrade(grade: NonNullable<NonNullable<QuestionView['fix']>['grade']>): HTMLElement {
  const mark = { match: '✓', mismatch: '✗', error: '✗', 'not-evaluated': '?' } as const;
  return h('section', { className: `fix-grade ${grade.passed ? 'passed' : 'not-passed'}`, attrs: { 'aria-labelledby': 'grade-title' } },
    h('h3', { attrs: { id: 'grade-title' } }, grade.passed ? 'Passed' : 'Not yet'),
    h('p', {}, grade.summary),
    h('ul', { className: 'hidden-inputs' }, grade.inputs.map(input =>
      h('li', { className: `input-${input.status}` }, h('span', { attrs: { 'aria-hidden': 'true' } }, `${mark[input.status]} `), input.message))),
    grade.findings.length ? h('div', {},
      h('h4', {}, 'Linter findings'),
      h('ul', { className: 'findings' }, grade.findings.map(f =>
        h('li', {}, h('code', {}, f.code), ` ${f.severity}, line ${f.line}: `, f.message)))) : null);
}

function references(view: QuestionView): HTMLElement | null {
  if (!view.references.length && !view.rules.length) return null;
  return h('section', { className: 'references', attrs: { 'aria-label': 'References' } },
    view.references.length ? h('ul', {}, view.references.map(r => h('li', {}, r.title, ' ', h('span', { className: 'link-url' }, r.url)))) : null,
    view.rules.length ? h('p', {}, 'Linter rules: ', view.rules.join(', ')) : null);
}

function navigation(view: QuestionView): HTMLElement | null {
  if (view.navigation.length < 2) return null;
  const marks = { open: '○', running: '▶', solved: '✓', failed: '✗' } as const;
  return h('nav', { className: 'question-nav', attrs: { 'aria-label': 'Questions in this mode' } },
    h('ol', {}, view.navigation.map(item => h('li', {},
      h('button', {
        className: `nav-item status-${item.status}`,
        attrs: {
          type: 'button',
          'data-focus': `nav-${item.challengeId}`,
          'aria-current': item.current ? 'step' : undefined,
          disabled: !item.enabled || item.current,
        },
        onClick: () => send({ type: 'open', challengeId: item.challengeId }),
      }, h('span', { attrs: { 'aria-hidden': 'true' } }, `${marks[item.status]} `), item.title, srOnly(`, ${item.status}`))))));
}
