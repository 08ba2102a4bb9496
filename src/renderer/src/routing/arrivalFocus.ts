/**
 * Where the keyboard should land on the next screen, when a link means a place inside it (the safety plan on the
 * Plan step, from a safety prompt). Taken once: a later visit to the same screen starts at its heading.
 */
let pending: string | null = null;

/** Ask the next screen to move focus to the element with this id. */
export function requestArrivalFocus(elementId: string): void {
  pending = elementId;
}

/** The element asked for, if it is on the page now (the request is then used up). */
export function takeArrivalFocus(): HTMLElement | null {
  if (pending === null) return null;
  const element = document.getElementById(pending);
  if (element) pending = null;
  return element;
}
