// Keeping the keyboard focus where it belongs while the panel re-renders on every state: each interactive
// element carries a `data-focus` key, and after a render the element with the same key gets the focus back.
// When the question or its status changes (a new question, an answer that ends it), the focus moves to the
// element marked `data-autofocus` instead: the new question's heading, or the Next button.

export function focusKey(): string | undefined {
  const active = document.activeElement;
  return active instanceof HTMLElement ? active.closest<HTMLElement>('[data-focus]')?.dataset.focus : undefined;
}

export function restoreFocus(root: HTMLElement, key: string | undefined, moved: boolean): void {
  const autofocus = root.querySelector<HTMLElement>('[data-autofocus]');
  // When the control that had the focus is gone (a hint button after the last hint), the focus goes to the
  // screen's main element rather than being lost to the page.
  const fallback = autofocus ?? root.querySelector<HTMLElement>('#screen-title');
  const target = moved ? autofocus ?? byKey(root, key) ?? fallback
    : key === undefined ? null : byKey(root, key) ?? fallback;
  if (target && target !== document.activeElement) target.focus();
}

function byKey(root: HTMLElement, key: string | undefined): HTMLElement | null {
  if (key === undefined) return null;
  for (const element of root.querySelectorAll<HTMLElement>('[data-focus]')) {
    if (element.dataset.focus === key) return element;
  }
  return null;
}
