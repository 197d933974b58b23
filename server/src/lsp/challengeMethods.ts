// The language server's custom requests for the challenge panel: method names and parameter shapes, shared by
// the server (challengeRequests.ts) and the extension (client/src/challenges/services.ts). Type imports only, so
// the client's bundle takes nothing of the server with it.
import type { CodePreview, FillInBlankGrade, FixGrade, LoadedChallenges, Visualization, VisualizationRequest } from '../challenges';

/** The catalog is what the loader returns (the same shape as contract.ts's Catalog). */
export type Catalog = LoadedChallenges;

export const ChallengeMethods = {
  /** No params → Catalog: every shipped challenge, the mastery header, and the files that could not be used. */
  catalog: 'labelSmoothing/challenges/catalog',
  /** { challengeId, optionIds } → FillInBlankGrade */
  gradeFillInBlank: 'labelSmoothing/challenges/gradeFillInBlank',
  /** { challengeId, code } → FixGrade */
  gradeFix: 'labelSmoothing/challenges/gradeFix',
  /** { challengeId } → CodePreview of the challenge's code.py */
  previewCode: 'labelSmoothing/challenges/previewCode',
  /** VisualizationRequest → Visualization */
  visualize: 'labelSmoothing/challenges/visualize',
} as const;

export interface GradeFillInBlankParams {
  readonly challengeId: string;
  readonly optionIds: readonly string[];
}

export interface GradeFixParams {
  readonly challengeId: string;
  readonly code: string;
}

export interface PreviewCodeParams {
  readonly challengeId: string;
}

/** What each method answers, for typed callers. */
export interface ChallengeResults {
  catalog: Catalog;
  gradeFillInBlank: FillInBlankGrade;
  gradeFix: FixGrade;
  previewCode: CodePreview;
  visualize: Visualization;
}

export type { CodePreview, FillInBlankGrade, FixGrade, Visualization, VisualizationRequest };

/**
 * The longest code gradeFix accepts: a Debug challenge's file is a few dozen lines; this is far beyond, and keeps
 * one grading (parse, lint, an evaluation per hidden input) from holding the server for long.
 */
export const MAX_GRADED_CODE_LENGTH = 100_000;
