// Draws a PanelState into the page: the header, the notices and the screen's view, then puts the focus back
// (focus.ts) and updates the two live regions (only when their text is news). The Visualize screen is kept
// and updated rather than redrawn, so its sliders survive a drag.
import type { PanelState } from '../src/challenges/protocol';
import { focusKey, restoreFocus } from './focus';
import { h } from './dom';
import { assessmentIntro, assessmentResult } from './views/assessment';
import { header, notices } from './views/chrome';
import { homeView } from './views/home';
import { emptyView, learnView } from './views/learn';
import { questionView } from './views/question';
import { VisualizeScreen } from './views/visualize';

export class Renderer {
  // Created once: the Visualize screen is updated inside `main` without being moved, because moving a slider
  // in the DOM would end a drag and drop the focus.
  private readonly header = h('div');
  private readonly notices = h('div');
  private readonly main = h('main');
  private visualize?: VisualizeScreen;
  private signature?: string;
  private announcementId = -1;
  private timerAnnouncement = '';

  constructor(app: HTMLElement, private readonly announcer: HTMLElement, private readonly timerAnnouncer: HTMLElement) {
    app.replaceChildren(this.header, this.notices, this.main);
  }

  render(state: PanelState): void {
    const key = focusKey();
    const signature = signatureOf(state);
    const moved = this.signature !== undefined && signature !== this.signature;
    const first = this.signature === undefined;
    this.signature = signature;
    this.header.replaceChildren(header(state));
    this.notices.replaceChildren(...[notices(state)].filter((n): n is HTMLElement => n !== null));
    this.main.className = `screen screen-${state.screen}`;
    const view = state.view;
    if (view.kind === 'visualize' && this.visualize && !moved) {
      this.visualize.update(view);
    } else if (view.kind === 'visualize') {
      this.visualize = new VisualizeScreen(view);
      this.main.replaceChildren(this.visualize.element);
    } else {
      this.visualize = undefined;
      this.main.replaceChildren(view.kind === 'home' ? homeView(view)
        : view.kind === 'learn' ? learnView(view)
          : view.kind === 'question' ? questionView(view)
            : view.kind === 'assessment-intro' ? assessmentIntro(view)
              : view.kind === 'assessment-result' ? assessmentResult(view)
                : emptyView(view));
    }
    if (!first) restoreFocus(this.main.parentElement ?? this.main, key, moved);
    this.announce(state);
  }

  private announce(state: PanelState): void {
    if (state.announcementId !== this.announcementId) {
      this.announcementId = state.announcementId;
      this.announcer.textContent = state.announcement;
    }
    if (state.timerAnnouncement !== this.timerAnnouncement) {
      this.timerAnnouncement = state.timerAnnouncement;
      this.timerAnnouncer.textContent = state.timerAnnouncement;
    }
  }
}

/** What, when it changes, means "something new is on screen": the focus moves to it. */
function signatureOf(state: PanelState): string {
  const view = state.view;
  return view.kind === 'question' ? `${state.screen}/${view.challengeId}/${view.status}` : `${state.screen}/${view.kind}`;
}
