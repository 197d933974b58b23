// Predict mode's reveal: once the question is over (right, or out of attempts), the engine's view of the
// code, what it prints or raises, is fetched from the host services (never by running the code).
import type { SessionCore } from './sessionCore';
import type { Round } from './uiState';

export async function revealPreview(core: SessionCore, round: Round): Promise<void> {
  if (round.preview) return;
  try {
    round.preview = await core.deps.services.previewCode(round.challengeId);
  } catch (error) {
    round.preview = { printed: [], notPreviewed: `the preview failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
