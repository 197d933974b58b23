// "Test this pattern": ten choice questions across the three difficulties, drawn from a seed (the moment the
// learner starts, or a test's fixed number) so the same seed always asks the same questions, then scored
// with a breakdown by topic (the challenges' tags).
import type { AssessmentResult, Challenge } from '../contract';
import { CHOICE_TYPES, DIFFICULTIES } from '../../../../server/src/challenges/challenge';
import type { ChoiceChallenge, Difficulty } from '../../../../server/src/challenges/challenge';

export const ASSESSMENT_SIZE = 10;

/** How many questions of each difficulty, easiest first; a difficulty short of questions lends to the others. */
const SHARE: Readonly<Record<Difficulty, number>> = { intermediate: 4, advanced: 3, expert: 3 };

export function isChoice(challenge: Challenge): challenge is ChoiceChallenge {
  return (CHOICE_TYPES as readonly string[]).includes(challenge.type);
}

/** mulberry32: a small, well-mixed generator; Math.random cannot be seeded. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The ids of the questions to ask, in the order to ask them (by difficulty, then drawn). */
export function drawAssessment(challenges: readonly Challenge[], seed: number, size = ASSESSMENT_SIZE): string[] {
  const next = random(seed);
  const byDifficulty = DIFFICULTIES.map(difficulty =>
    shuffled(challenges.filter(c => isChoice(c) && c.difficulty === difficulty).map(c => c.id), next));
  const wanted = DIFFICULTIES.map(difficulty => SHARE[difficulty]);
  const taken = byDifficulty.map((pool, i) => pool.slice(0, wanted[i]));
  // Fill the places a short difficulty left open from the others, in order.
  let missing = size - taken.reduce((sum, picks) => sum + picks.length, 0);
  for (let i = 0; i < byDifficulty.length && missing > 0; i++) {
    const extra = byDifficulty[i].slice(taken[i].length, taken[i].length + missing);
    taken[i].push(...extra);
    missing -= extra.length;
  }
  return taken.flat().slice(0, size);
}

export interface AssessmentAnswer {
  readonly challengeId: string;
  readonly correct: boolean;
}

export function scoreAssessment(challenges: readonly Challenge[], answers: readonly AssessmentAnswer[], finishedAt: number): AssessmentResult {
  // A Map, not an object literal: a tag such as `constructor` must not find Object.prototype's.
  const byTopic = new Map<string, { correct: number; total: number }>();
  for (const answer of answers) {
    const tags = challenges.find(c => c.id === answer.challengeId)?.tags ?? [];
    for (const tag of tags) {
      const topic = byTopic.get(tag) ?? { correct: 0, total: 0 };
      byTopic.set(tag, { correct: topic.correct + (answer.correct ? 1 : 0), total: topic.total + 1 });
    }
  }
  return { finishedAt, score: answers.filter(a => a.correct).length, total: answers.length, byTopic: Object.fromEntries(byTopic) };
}
