// What each of the nine modes is: its title and one-line description on the home screen, the questions it
// asks, and how answers count there (timed or not, attempts, hints, whether they go into the progress).
import type { Catalog, Challenge, Mode } from '../contract';

export const MODE_INFO: Readonly<Record<Mode, { readonly title: string; readonly description: string }>> = {
  'why': { title: 'Why', description: 'What label smoothing is for and when it helps, in two minutes.' },
  'deep-dive': { title: 'Deep dive', description: 'The math, the three conventions side by side, and what PyTorch computes.' },
  'visualize': { title: 'Visualize', description: 'Move ε, K and the label; see the target row and the loss change.' },
  'try': { title: 'Try', description: 'Fill in the blanks of real code; the engine checks what it computes.' },
  'challenge': { title: 'Challenge', description: 'The timed problems: 2 attempts each, hints, and the mastery badge.' },
  'predict': { title: 'Predict', description: 'Predict what code prints, then see the engine’s preview explain it.' },
  'debug': { title: 'Debug', description: 'Fix buggy code in an editor until it matches on hidden inputs.' },
  'assessment': { title: 'Test this pattern', description: 'Ten questions across difficulties, scored, with a breakdown by topic.' },
  'review': { title: 'Review', description: 'The questions you missed, again, until you get them right twice in a row.' },
};

/** How answers count in a mode. */
export interface AnswerPolicy {
  /** Attempts, hints, solved and failed live in the progress (else only for this asking). */
  readonly persistent: boolean;
  /** A countdown per question (the Challenge mode). */
  readonly timed: boolean;
  readonly hints: boolean;
  /** The challenge's attempts; else one answer per asking (Review, Assessment); undefined: unlimited (Debug). */
  readonly attempts: 'challenge' | 'one' | 'unlimited';
}

export function policyOf(mode: Mode): AnswerPolicy {
  switch (mode) {
    case 'challenge': return { persistent: true, timed: true, hints: true, attempts: 'challenge' };
    case 'debug': return { persistent: true, timed: false, hints: true, attempts: 'unlimited' };
    case 'review': return { persistent: false, timed: false, hints: true, attempts: 'one' };
    case 'assessment': return { persistent: false, timed: false, hints: false, attempts: 'one' };
    default: return { persistent: true, timed: false, hints: true, attempts: 'challenge' };
  }
}

/** The modes that show a fixed list of questions, one at a time, with a way to move between them. */
export const LISTED_MODES: readonly Mode[] = ['try', 'challenge', 'predict', 'debug'];

/** The questions of a listed mode, in the order the panel offers them. */
export function questionsOf(mode: Mode, catalog: Catalog): Challenge[] {
  switch (mode) {
    case 'try': return catalog.challenges.filter(c => c.type === 'fill-in-blank');
    // The Challenge set's problems are asked under time pressure only: solved untimed here, they would earn the
    // badge without it.
    case 'predict': return catalog.challenges.filter(c => c.type === 'predict-output' && !catalog.mastery?.challengeSet.includes(c.id));
    case 'debug': return catalog.challenges.filter(c => c.type === 'fix-the-code');
    case 'challenge': return (catalog.mastery?.challengeSet ?? [])
      .map(id => catalog.challenges.find(c => c.id === id))
      .filter((c): c is Challenge => c !== undefined);
    default: return [];
  }
}

export const TYPE_LABELS: Readonly<Record<Challenge['type'], string>> = {
  'conceptual': 'Conceptual',
  'predict-output': 'Predict output',
  'hyperparameter': 'Hyperparameter',
  'metrics': 'Metrics',
  'debug': 'Debug',
  'fill-in-blank': 'Fill in the blank',
  'fix-the-code': 'Fix the code',
};
