import type { Source } from '../schema';

/** Sources cited by the bpd content. */
export const sources: Source[] = [];
