// The challenge panel's session (see panelSession.ts): what the extension and the tests create.
import type { PanelSessionApi, PanelSessionDeps } from '../contract';
import { PanelSession } from './panelSession';

export function createPanelSession(deps: PanelSessionDeps): PanelSessionApi {
  return new PanelSession(deps);
}
