// `npm run audit:content`: one JSON row per condition on stdout (with each screen's English reading grade and
// Spanish perspicuity); every gap on stderr; exit 1 if there is any. The rules live in src/shared/content/audit.ts
// (pure, unit-tested); the data is read and validated by scripts/content-data.ts, as the build does.
import { pathToFileURL } from 'node:url';
import { auditContent, type ContentAudit, type Gap } from '../src/shared/content/audit';
import { ContentDataError } from '../src/shared/content/build-library';
import { loadContent } from './content-data';

export interface AuditRun {
  /** Null when the data does not load: then `problems` says why, file by file. */
  audit: ContentAudit | null;
  problems: string[];
}

export function runAudit(dataDir?: string): AuditRun {
  try {
    const audit = auditContent(loadContent(dataDir).library);
    return { audit, problems: audit.gaps.map((gap: Gap) => `[${gap.kind}] ${gap.message}`) };
  } catch (error) {
    if (error instanceof ContentDataError) return { audit: null, problems: error.problems.map((problem) => `[invalid-data] ${problem}`) };
    throw error;
  }
}

function main(): void {
  const { audit, problems } = runAudit();
  if (audit) console.log(JSON.stringify(audit.conditions, null, 2));
  if (problems.length === 0) {
    console.error(`Content audit: no gaps in ${audit?.conditions.length ?? 0} conditions.`);
    return;
  }
  console.error(`Content audit: ${problems.length} gap(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
