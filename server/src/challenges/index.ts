// The challenges' side of the analysis core: what the panel (through the extension host) and the tests use.
export * from './challenge';
export { loadChallenges } from './load';
export type { LoadedChallenges } from './load';
export { gradeChoice } from './choice';
export type { ChoiceGrade } from './choice';
export { blanksIn, blankMarker, completeCode, gradeFillInBlank } from './fillInBlank';
export type { FillInBlankGrade } from './fillInBlank';
export { gradeFix } from './fixTheCode';
export type { FixGrade, HiddenInputResult } from './fixTheCode';
export { outcomeHolds, outcomeMismatches, printedNumbers } from './outcome';
export type { RunLike } from './outcome';
export { visualize, exampleLogits, checkVisualizationRequest, InvalidVisualizationRequest, MIN_CLASSES, MAX_CLASSES } from './visualize';
export type { Visualization, VisualizationRequest, VisualizedConvention } from './visualize';
export { previewCode } from './previewCode';
export type { CodePreview } from './previewCode';
