export declare const HOW_TO_GET_CHROMIUM: string;
/** The Chromium executable to use (CHROMIUM_PATH, /usr/bin/chromium, PATH, Playwright's own), or null. */
export declare function findChromium(): Promise<string | null>;
/** Prints how to get a Chromium and throws when there is none. */
export declare function requireChromium(): Promise<string>;
