import { useEffect, useRef } from 'react';

/** What counts as someone at the keyboard. Scrolling with the wheel or a finger counts too. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls onIdle once after `minutes` with no key press, click, pointer move, wheel or touch anywhere in the page,
 * whatever screen is shown (a patient preparing alone included). Pass enabled=false to stop watching.
 */
export function useIdleLock(minutes: number, onIdle: () => void, enabled = true): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!enabled) return;
    const idleMs = minutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | null = null;

    // Pointer moves come many times a second: they only note the time, and one timer checks it when due.
    const check = () => {
      const idleFor = Date.now() - lastActivity;
      if (idleFor >= idleMs) {
        onIdleRef.current();
        return;
      }
      timer = setTimeout(check, idleMs - idleFor);
    };
    const noteActivity = () => {
      lastActivity = Date.now();
    };

    timer = setTimeout(check, idleMs);
    const options: AddEventListenerOptions = { capture: true, passive: true };
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, noteActivity, options));
    return () => {
      if (timer) clearTimeout(timer);
      ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, noteActivity, options));
    };
  }, [minutes, enabled]);
}
