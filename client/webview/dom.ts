// Building DOM nodes safely: elements are created with createElement and text is set with textContent, so
// no string is ever parsed as HTML. Attributes go through an allow-list: no event-handler attributes, no
// style attribute (the CSP forbids inline styles), no URLs (the panel loads nothing from content).
export type Child = Node | string | false | null | undefined;

export interface Props {
  readonly className?: string;
  /** Attributes (aria-*, role, data-*, id, type, …); values are plain strings. */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly onClick?: (event: Event) => void;
}

const FORBIDDEN_ATTRIBUTE = /^(on|style$|href$|src$|srcdoc$|action$|formaction$|xlink:)/i;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | readonly Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`attribute ${name} is not allowed in the panel`);
    element.setAttribute(name, value === true ? '' : String(value));
  }
  if (props.onClick) element.addEventListener('click', props.onClick);
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children.flat()) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Text meant for screen readers only (the visible text says the same with a symbol or colour). */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { className: 'sr-only' }, text);
}
