import type { Source } from '../schema';

/** Sources cited by the anxiety content. */
export const sources: Source[] = [];
