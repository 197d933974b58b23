// What the panel's Visualize mode asks for (ε, K, the true class, the convention), checked before anything is
// computed. The panel's contract (client/src/challenges/contract.ts) uses these types.

export type VisualizedConvention = 'uniform' | 'off-target';

export const VISUALIZED_CONVENTIONS: readonly VisualizedConvention[] = ['uniform', 'off-target'];

export interface VisualizationRequest {
  /** ε in [0, 1]. */
  readonly epsilon: number;
  /** K, 2 to 20. */
  readonly classes: number;
  /** The true class, 0 to K − 1. */
  readonly label: number;
  readonly convention: VisualizedConvention;
}

/** The panel's sliders: K from 2 to 20 keeps the bar chart readable and the targets printed on one line. */
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 20;

/** A request that cannot be visualised; the message says which field and what it must be. */
export class InvalidVisualizationRequest extends Error {
  override readonly name = 'InvalidVisualizationRequest';
}

/**
 * The request, checked field by field. Nothing is clamped: a label beyond K − 1 or an ε above 1 is a bug in the
 * caller (the panel keeps its sliders in range), and a silently different picture would hide it.
 */
export function checkVisualizationRequest(value: unknown): VisualizationRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidVisualizationRequest('a visualization request is an object { epsilon, classes, label, convention }');
  }
  const { epsilon, classes, label, convention } = value as Record<string, unknown>;
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon < 0 || epsilon > 1) {
    throw new InvalidVisualizationRequest(`epsilon must be a number from 0 to 1, got ${shown(epsilon)}`);
  }
  if (!Number.isInteger(classes) || (classes as number) < MIN_CLASSES || (classes as number) > MAX_CLASSES) {
    throw new InvalidVisualizationRequest(`classes (K) must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES}, got ${shown(classes)}`);
  }
  const k = classes as number;
  if (!Number.isInteger(label) || (label as number) < 0 || (label as number) > k - 1) {
    throw new InvalidVisualizationRequest(`label must be a whole number from 0 to K − 1 = ${k - 1}, got ${shown(label)}`);
  }
  if (!VISUALIZED_CONVENTIONS.includes(convention as VisualizedConvention)) {
    throw new InvalidVisualizationRequest(`convention must be ${VISUALIZED_CONVENTIONS.map(c => `"${c}"`).join(' or ')}, got ${shown(convention)}`);
  }
  return { epsilon, classes: k, label: label as number, convention: convention as VisualizedConvention };
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}
