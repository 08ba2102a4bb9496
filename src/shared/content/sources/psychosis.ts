import type { Source } from '../schema';

/** Sources cited by the psychosis content. */
export const sources: Source[] = [];
