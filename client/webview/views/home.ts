// The home screen: the mastery badge card, "continue", the nine modes with where the learner stands in each,
// and the overall progress.
import type { PanelView } from '../../src/challenges/protocol';
import { h } from '../dom';
import { send } from '../hostChannel';

type HomeView = Extract<PanelView, { kind: 'home' }>;

export function homeView(view: HomeView): HTMLElement {
  const { progress } = view;
  return h('div', { className: 'home' },
    view.mastery ? badgeCard(view.mastery) : null,
    view.continueLabel ? h('button', {
      className: 'primary',
      attrs: { type: 'button', 'data-focus': 'continue' },
      onClick: () => send({ type: 'continue' }),
    }, view.continueLabel) : null,
    h('h2', {}, 'Choose your learning style'),
    h('ul', { className: 'modes', attrs: { 'aria-label': `${view.modes.length} modes` } }, view.modes.map(mode => {
      const described = `mode-${mode.id}-description`;
      return h('li', { className: 'mode' },
        h('button', {
          attrs: { type: 'button', 'data-focus': `mode-${mode.id}`, 'aria-describedby': described },
          onClick: () => send({ type: 'start-mode', mode: mode.id }),
        }, mode.title),
        h('p', { className: 'mode-description', attrs: { id: described } },
          mode.description, mode.status ? h('span', { className: 'mode-status' }, ` ${mode.status}`) : null));
    })),
    h('p', { className: 'progress-summary' },
      `${progress.solved} of ${progress.total} challenges solved · ${progress.attempted} attempted · ${progress.toReview} to review · ${progress.assessments} assessments taken`));
}

function badgeCard(mastery: NonNullable<HomeView['mastery']>): HTMLElement {
  return h('section', { className: `badge-card${mastery.earned ? ' earned' : ''}`, attrs: { 'aria-labelledby': 'badge-title' } },
    h('p', { className: 'badge-icon', attrs: { 'aria-hidden': 'true' } }, mastery.earned ? '★' : '☆'),
    h('h2', { attrs: { id: 'badge-title' } }, mastery.title),
    h('p', {}, mastery.earned ? 'Badge earned: every challenge answered right.' : mastery.badge),
    h('p', {}, mastery.tagline),
    h('p', { className: 'badge-meta' }, `${mastery.solved} of ${mastery.total} solved · about ${mastery.estimatedMinutes} minutes`),
    h('button', {
      className: 'primary',
      attrs: { type: 'button', 'data-focus': 'start-challenge' },
      onClick: () => send({ type: 'start-mode', mode: 'challenge' }),
    }, mastery.earned ? 'Open the challenges' : 'Start the challenge'));
}
