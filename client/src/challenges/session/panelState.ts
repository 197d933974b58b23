// Assembles the PanelState the webview renders: the screen's title and view, the notices, and the two live
// regions' texts. Called after every change; cheap, because it only reads.
import type { PanelState, PanelView } from '../protocol';
import { DEEP_DIVE_MARKDOWN, WHY_MARKDOWN } from '../learnContent';
import { ASSESSMENT_SIZE } from './assessment';
import { homeView } from './homeView';
import { MODE_INFO } from './modes';
import { questionView } from './questionView';
import type { SessionCore } from './sessionCore';

export function panelState(core: SessionCore): PanelState {
  const { ui } = core;
  const title = ui.screen === 'home' ? core.catalog.mastery?.title ?? 'Label smoothing' : MODE_INFO[ui.screen].title;
  return {
    screen: ui.screen,
    title,
    view: viewOf(core),
    notices: [...ui.notices],
    announcement: ui.announcement,
    announcementId: ui.announcementId,
    timerAnnouncement: ui.timerAnnouncement,
  };
}

function viewOf(core: SessionCore): PanelView {
  const { ui } = core;
  switch (ui.screen) {
    case 'home': return homeView(core);
    case 'why': return { kind: 'learn', title: MODE_INFO.why.title, markdown: WHY_MARKDOWN };
    case 'deep-dive': return { kind: 'learn', title: MODE_INFO['deep-dive'].title, markdown: DEEP_DIVE_MARKDOWN };
    case 'visualize': return visualizeView(core);
    case 'assessment': {
      const assessment = ui.assessment;
      if (assessment?.finished) return assessmentResult(core);
      if (!assessment) {
        return {
          kind: 'assessment-intro',
          questionCount: ASSESSMENT_SIZE,
          past: core.progress.assessments.map(a => ({ finishedAt: a.finishedAt, score: a.score, total: a.total })),
        };
      }
      break;
    }
  }
  const round = ui.round;
  const challenge = round && core.challenge(round.challengeId);
  if (round && challenge) return questionView(core, round, challenge);
  return { kind: 'empty', message: emptyMessage(ui.screen) };
}

function emptyMessage(screen: string): string {
  return screen === 'review'
    ? 'Nothing to review: questions you miss anywhere in the panel come back here until you answer them right twice in a row.'
    : 'There are no challenges for this mode (see the notices).';
}

function visualizeView(core: SessionCore): PanelView {
  const state = core.ui.visualize;
  const result = state.result;
  return {
    kind: 'visualize',
    request: state.request,
    pending: state.pending,
    ...(result ? {
      result: {
        targets: [...result.targets],
        targetsPrinted: result.targetsPrinted,
        rowSum: result.rowSum,
        logits: [...result.logits],
        probabilities: [...result.probabilities],
        loss: result.loss,
        lossWithoutSmoothing: result.lossWithoutSmoothing,
        convention: result.convention,
      },
    } : {}),
    ...(state.error ? { error: state.error } : {}),
  };
}

function assessmentResult(core: SessionCore): PanelView {
  const result = core.progress.assessments[core.progress.assessments.length - 1];
  const answers = core.ui.assessment?.answers ?? [];
  return {
    kind: 'assessment-result',
    score: result?.score ?? 0,
    total: result?.total ?? 0,
    byTopic: Object.entries(result?.byTopic ?? {})
      .map(([topic, counts]) => ({ topic, correct: counts.correct, total: counts.total }))
      .sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic)),
    missed: answers.filter(a => !a.correct).map(a => core.challenge(a.challengeId)?.title ?? a.challengeId),
  };
}
