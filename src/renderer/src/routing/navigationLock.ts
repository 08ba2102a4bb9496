/**
 * While a patient prepares alone, nothing may take the screen away from their session: app-menu commands
 * (Home, New session, Settings, About, Print) are ignored until the clinician returns to the visit.
 */
let locks = 0;

/** Returns the function that releases this lock. Releasing twice is harmless. */
export function lockNavigation(): () => void {
  locks += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    locks -= 1;
  };
}

export function isNavigationLocked(): boolean {
  return locks > 0;
}
