import type { OperationName } from './contract';

/** Kept free of runtime imports: the sandboxed preload bundles this file. */
export function channelFor(name: OperationName): string {
  return `duet:${name}`;
}

/** The one channel main uses to push to the page: app-menu commands. */
export const MENU_CHANNEL = 'duet:menu';
