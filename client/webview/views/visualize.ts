// Visualize: sliders for ε, K and the label, the convention, and what the engine computes for them: the
// target row as bars with their values, the row sum, the row as PyTorch prints it, and the loss of example
// logits with and without smoothing. The controls are built once and then only updated, so a slider being
// dragged is never replaced under the pointer; the figures are redrawn on every state.
import type { PanelView, VisualizationRequestMessage } from '../../src/challenges/protocol';
import { VISUALIZE_LIMITS } from '../../src/challenges/protocol';
import { h } from '../dom';
import { send } from '../hostChannel';
import { codeBlock } from '../markdown';

type VisualizeView = Extract<PanelView, { kind: 'visualize' }>;

export class VisualizeScreen {
  readonly element: HTMLElement;
  private readonly epsilon = slider('epsilon', 0, 1, VISUALIZE_LIMITS.epsilonStep);
  private readonly classes = slider('classes', VISUALIZE_LIMITS.minClasses, VISUALIZE_LIMITS.maxClasses, 1);
  private readonly label = slider('label', 0, VISUALIZE_LIMITS.maxClasses - 1, 1);
  private readonly conventions = {
    uniform: radio('uniform', 'Uniform: ε/K to every class'),
    'off-target': radio('off-target', 'Off-target: ε/(K − 1) to the other classes'),
  };
  private readonly figures = h('div', { className: 'figures', attrs: { 'aria-live': 'off' } });
  private request: VisualizationRequestMessage;

  constructor(view: VisualizeView) {
    this.request = view.request;
    const controls = h('form', { className: 'controls', attrs: { 'aria-label': 'Smoothing settings' } },
      field(this.epsilon, 'Smoothing ε'),
      field(this.classes, 'Classes K'),
      field(this.label, 'True class'),
      h('fieldset', { className: 'conventions' }, h('legend', {}, 'Convention'),
        this.conventions.uniform.label, this.conventions['off-target'].label));
    controls.addEventListener('submit', event => event.preventDefault());
    for (const input of [this.epsilon.input, this.classes.input, this.label.input]) input.addEventListener('input', () => this.changed());
    for (const choice of Object.values(this.conventions)) choice.input.addEventListener('change', () => this.changed());
    this.element = h('div', { className: 'visualize' }, controls, this.figures);
    this.update(view);
  }

  update(view: VisualizeView): void {
    this.request = view.request;
    this.setControl(this.epsilon, view.request.epsilon, view.request.epsilon.toFixed(2));
    this.setControl(this.classes, view.request.classes, String(view.request.classes));
    this.label.input.max = String(view.request.classes - 1);
    this.setControl(this.label, view.request.label, String(view.request.label));
    for (const [name, choice] of Object.entries(this.conventions)) choice.input.checked = name === view.request.convention;
    this.figures.replaceChildren(...figures(view));
    this.figures.setAttribute('aria-busy', String(view.pending));
  }

  /** The host's value wins, except on the slider the learner is moving right now. */
  private setControl(control: Slider, value: number, text: string): void {
    if (document.activeElement !== control.input && Number(control.input.value) !== value) control.input.value = String(value);
    const shown = document.activeElement === control.input ? control.input.value : String(value);
    control.output.textContent = control === this.epsilon ? Number(shown).toFixed(2) : shown;
    control.input.setAttribute('aria-valuetext', control === this.epsilon ? Number(shown).toFixed(2) : text);
  }

  private changed(): void {
    const classes = Number(this.classes.input.value);
    const request: VisualizationRequestMessage = {
      epsilon: Number(this.epsilon.input.value),
      classes,
      label: Math.min(Number(this.label.input.value), classes - 1),
      convention: this.conventions['off-target'].input.checked ? 'off-target' : 'uniform',
    };
    this.epsilon.output.textContent = request.epsilon.toFixed(2);
    send({ type: 'visualize', request });
  }
}

interface Slider {
  readonly input: HTMLInputElement;
  readonly output: HTMLOutputElement;
}

function slider(name: string, min: number, max: number, step: number): Slider {
  const input = h('input', { attrs: { type: 'range', id: `slider-${name}`, name, min, max, step, 'data-focus': `slider-${name}` } });
  const output = h('output', { attrs: { for: `slider-${name}`, 'aria-hidden': 'true' } });
  return { input, output };
}

function field(control: Slider, label: string): HTMLElement {
  return h('div', { className: 'field' }, h('label', { attrs: { for: control.input.id } }, label), control.input, control.output);
}

function radio(value: string, text: string): { input: HTMLInputElement; label: HTMLLabelElement } {
  const input = h('input', { attrs: { type: 'radio', name: 'convention', value, 'data-focus': `convention-${value}` } });
  return { input, label: h('label', { className: 'radio' }, input, ` ${text}`) };
}

function figures(view: VisualizeView): Node[] {
  if (view.error) return [h('p', { className: 'feedback tone-wrong' }, view.error)];
  const result = view.result;
  if (!result) return [h('p', {}, 'Computing…')];
  const max = Math.max(...result.targets, 1e-9);
  const label = view.request.label;
  return [
    h('h2', {}, 'Target row q'),
    h('ol', { className: 'bars', attrs: { 'aria-label': 'Target probability per class', start: 0 } }, result.targets.map((value, c) => {
      const bar = h('span', { className: 'bar', attrs: { 'aria-hidden': 'true' } });
      // Set through the CSS object model, which the Content Security Policy allows (style attributes it forbids).
      bar.style.height = `${Math.max(1, Math.round((Math.max(0, value) / max) * 100))}%`;
      return h('li', { className: `bar-cell${c === label ? ' true-class' : ''}` },
        h('span', { className: 'bar-track' }, bar),
        h('span', { className: 'bar-value' }, value.toFixed(4)),
        h('span', { className: 'bar-class' }, `${c}${c === label ? ' (label)' : ''}`));
    })),
    h('p', { className: 'row-sum' }, `Row sum: ${result.rowSum.toFixed(4)}`),
    h('p', { className: 'convention-note' }, result.convention),
    h('h2', {}, 'As PyTorch prints it'),
    codeBlock(result.targetsPrinted),
    h('h2', {}, 'Loss for example logits'),
    h('p', {}, 'Logits: ', h('code', {}, `[${result.logits.map(v => v.toFixed(1)).join(', ')}]`), ' · softmax of the label: ',
      h('code', {}, (result.probabilities[label] ?? 0).toFixed(4))),
    h('dl', { className: 'losses' },
      h('dt', {}, 'Cross-entropy with these targets'), h('dd', {}, h('code', {}, result.loss)),
      h('dt', {}, 'Without smoothing (one-hot)'), h('dd', {}, h('code', {}, result.lossWithoutSmoothing))),
  ];
}
