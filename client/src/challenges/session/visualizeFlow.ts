// Visualize mode: each change of a slider asks the host services for the target row and the loss. A slider
// dragged fast sends many requests: one is computed at a time, and when it returns while a newer request is
// waiting, its (stale) result is dropped and the newest request is computed instead.
import type { VisualizationRequestMessage } from '../protocol';
import { VISUALIZE_LIMITS } from '../protocol';
import type { SessionCore } from './sessionCore';

function normalize(request: VisualizationRequestMessage): VisualizationRequestMessage {
  const classes = Math.min(VISUALIZE_LIMITS.maxClasses, Math.max(VISUALIZE_LIMITS.minClasses, Math.round(request.classes)));
  return {
    epsilon: Math.min(1, Math.max(0, Math.round(request.epsilon * 100) / 100)),
    classes,
    label: Math.min(classes - 1, Math.max(0, Math.round(request.label))),
    convention: request.convention,
  };
}

function same(a: VisualizationRequestMessage, b: VisualizationRequestMessage): boolean {
  return a.epsilon === b.epsilon && a.classes === b.classes && a.label === b.label && a.convention === b.convention;
}

export function requestVisualization(core: SessionCore, request: VisualizationRequestMessage): void {
  const state = core.ui.visualize;
  state.request = normalize(request);
  if (state.result && same(state.result.request, state.request)) {
    state.pending = false;
    return;
  }
  state.pending = true;
  fetchLatest(core);
}

function fetchLatest(core: SessionCore): void {
  const state = core.ui.visualize;
  if (state.inFlight) return;
  state.inFlight = true;
  const request = state.request;
  const settle = (apply: () => void) => core.schedule(async () => {
    state.inFlight = false;
    if (!same(state.request, request)) {
      fetchLatest(core);
      return;
    }
    apply();
    state.pending = false;
    await core.commit();
  });
  core.deps.services.visualize(request).then(
    result => settle(() => {
      state.result = result;
      state.error = undefined;
    }),
    error => settle(() => {
      state.error = `Could not compute it: ${error instanceof Error ? error.message : String(error)}`;
    }),
  );
}
