// The panel's host services in the extension: the catalog, grading, previews and the visualisation are the
// language server's custom requests (the client never analyses code); the Debug editor is local. Requests wait
// until the server has answered `initialize`, so the panel can ask as soon as it is shown.
import type { Catalog, ChallengeServices } from './contract';
import type { DebugEditors } from './debugEditor';
import {
  ChallengeMethods, GradeFillInBlankParams, GradeFixParams, PreviewCodeParams,
} from '../../../server/src/lsp/challengeMethods';
import type { ChallengeResults } from '../../../server/src/lsp/challengeMethods';

/** What the services need of the LanguageClient. */
export interface RequestSender {
  sendRequest<R>(method: string, param?: unknown): Promise<R>;
}

/** The Debug editor, as the services use it (DebugEditors in the extension, a fake in tests). */
export type DebugEditorAccess = Pick<DebugEditors, 'open' | 'text'>;

export function createChallengeServices(client: RequestSender, serverReady: Promise<void>, debugEditors: DebugEditorAccess): ChallengeServices {
  let catalog: Promise<Catalog> | undefined;

  async function send<M extends keyof ChallengeResults>(method: M, params?: unknown): Promise<ChallengeResults[M]> {
    await serverReady;
    return client.sendRequest<ChallengeResults[M]>(ChallengeMethods[method], params);
  }

  return {
    catalog() {
      // The shipped challenges do not change while the extension runs; a failed load is tried again next time.
      catalog ??= send('catalog').catch(error => {
        catalog = undefined;
        throw error;
      });
      return catalog;
    },
    gradeFillInBlank: (challengeId, optionIds) => send('gradeFillInBlank', { challengeId, optionIds } satisfies GradeFillInBlankParams),
    gradeFix: (challengeId, code) => send('gradeFix', { challengeId, code } satisfies GradeFixParams),
    previewCode: challengeId => send('previewCode', { challengeId } satisfies PreviewCodeParams),
    visualize: request => send('visualize', request),
    openDebugEditor: async challengeId => { await debugEditors.open(challengeId); },
    debugEditorText: challengeId => debugEditors.text(challengeId),
  };
}
