import type { Source } from '../schema';

/** Sources cited by the adhd content. */
export const sources: Source[] = [];
