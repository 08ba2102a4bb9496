import type { Source } from '../schema';

/** Sources cited by the eating-disorders content. */
export const sources: Source[] = [];
