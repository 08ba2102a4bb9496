import type { OperationName } from './contract';

/** Kept free of runtime imports: the sandboxed preload bundles this file. */
export function channelFor(name: OperationName): string {
  return `duet:${name}`;
}
