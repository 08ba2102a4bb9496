/**
 * What a packaged Duet refuses before anything else runs (security review M10). No Electron fuse covers Chromium's
 * remote-debugging or sandbox switches (electron/fuses#2), and anyone on a shared account can add them to the
 * Duet shortcut; any local process could then drive the page while a clinician works. Pure, so it is unit tested;
 * index.ts calls it at the very top of main, before the app is ready.
 */

/** Command-line switches that open Duet to other processes or turn its protections off. */
export const DANGEROUS_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'no-sandbox',
  'disable-web-security',
  'js-flags',
  'enable-logging',
  'log-file',
] as const;

/** The dangerous switches present in `argv` (e.g. process.argv), as written there: `--name` or `--name=value`. */
export function dangerousSwitchesIn(argv: readonly string[]): string[] {
  const found = new Set<string>();
  for (const argument of argv) {
    // Chromium also accepts a single leading dash on some platforms; "--" alone ends the switches.
    if (argument === '--') break;
    const match = /^--?([a-z0-9-]+)(?:=.*)?$/i.exec(argument);
    const name = match?.[1]?.toLowerCase();
    if (name && (DANGEROUS_SWITCHES as readonly string[]).includes(name)) found.add(name);
  }
  return [...found];
}

/** The plain words shown before a packaged Duet quits because of them. */
export function refusedSwitchesMessage(switches: readonly string[]): string {
  return (
    `Duet was started with settings that would let other programs read patient data (${switches.map((name) => `--${name}`).join(', ')}), ` +
    'so it did not open. Please start Duet from its usual icon. If this keeps happening, tell your practice’s IT.'
  );
}

/**
 * Developer tools exist only in unpackaged builds (development and the test lane). window.ts reads this for every
 * window's `webPreferences.devTools`.
 */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged;
}
