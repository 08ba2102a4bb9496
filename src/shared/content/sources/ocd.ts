import type { Source } from '../schema';

/** Sources cited by the ocd content. */
export const sources: Source[] = [];
