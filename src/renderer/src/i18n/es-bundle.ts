// Every Spanish namespace, as one chunk: loaded when Spanish is first needed (a Spanish session, the bilingual
// plan, a Spanish practice default), not on the first screen (issue 14). See index.ts.
import { namespacesOf } from './index';

export const bundle = namespacesOf(import.meta.glob<{ default: Record<string, unknown> }>('./es/*.json', { eager: true }));
