// Grading a choice question: the answer is an option id; the result carries the explanation of the option
// picked, so the panel can say why that option is wrong without giving the right one away.
import type { ChoiceChallenge } from './challenge';

export interface ChoiceGrade {
  readonly correct: boolean;
  /** Why the chosen option is right or wrong (Markdown), when the challenge explains it. */
  readonly optionExplanation?: string;
}

export function gradeChoice(challenge: ChoiceChallenge, optionId: string): ChoiceGrade {
  if (!challenge.options.some(option => option.id === optionId)) return { correct: false, optionExplanation: `"${optionId}" is not an option` };
  return { correct: optionId === challenge.answer, optionExplanation: challenge.explanation.options?.[optionId] };
}
