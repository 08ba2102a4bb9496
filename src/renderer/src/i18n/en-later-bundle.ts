// The English namespaces only screens and steps after the first one use, as one chunk (issue 14). The list of
// these namespaces is LATER_NAMESPACES in index.ts; keep the glob below in step with it.
import { namespacesOf } from './index';

export const bundle = namespacesOf(
  import.meta.glob<{ default: Record<string, unknown> }>('./en/{about,dashboard,evidence,followUp,followUpPrint,home,measures,menu,newSession,plan,practiceServer,print,settings,trajectory,values}.json', { eager: true }),
);
