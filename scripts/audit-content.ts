// `npm run audit:content`: one JSON row per condition on stdout; every gap on stderr; exit 1 if there is any.
// The rules themselves live in src/shared/content/audit.ts (pure, unit-tested).
import { pathToFileURL } from 'node:url';
import { auditContent, type ContentAudit, type Gap } from '../src/shared/content/audit';
import { CONDITION_IDS, contentLibrarySchema, type Condition, type ContentLibrary, type Source } from '../src/shared/content/schema';

export interface LoadedContent {
  library: ContentLibrary;
  sourcesByCondition: Record<string, Source[]>;
  /** Why the library's own index would not load (it validates at import), if it would not. */
  loadProblems: string[];
}

const contentDir = new URL('../src/shared/content/', import.meta.url);

async function importPart<T>(relativePath: string, exportName: string): Promise<T> {
  const module = (await import(new URL(relativePath, contentDir).href)) as Record<string, unknown>;
  if (!(exportName in module)) throw new Error(`${relativePath} has no export named ${exportName}`);
  return module[exportName] as T;
}

/**
 * The library as the app builds it. index.ts validates at import and throws on the first invalid content; the
 * audit must still report everything, so it then assembles the same parts itself (one file per condition).
 */
export async function loadContent(): Promise<LoadedContent> {
  const sourcesByCondition: Record<string, Source[]> = {};
  for (const id of CONDITION_IDS) sourcesByCondition[id] = await importPart<Source[]>(`sources/${id}.ts`, 'sources');
  try {
    const { rawContent } = await import('../src/shared/content/index');
    return { library: rawContent, sourcesByCondition, loadProblems: [] };
  } catch (error) {
    const library: ContentLibrary = {
      about: await importPart('about.ts', 'about'),
      considerations: await importPart('considerations.ts', 'considerations'),
      sources: [...new Map(Object.values(sourcesByCondition).flat().map((source) => [source.id, source])).values()],
      conditions: await Promise.all(CONDITION_IDS.map((id) => importPart<Condition>(`conditions/${id}.ts`, 'condition'))),
    };
    const parsed = contentLibrarySchema.safeParse(library);
    const problems = parsed.success
      ? [`src/shared/content/index.ts failed to load: ${error instanceof Error ? error.message : String(error)}`]
      : parsed.error.issues.map((issue) => `schema: ${[issue.path.join('.'), issue.message].filter(Boolean).join(': ')}`);
    return { library, sourcesByCondition, loadProblems: problems };
  }
}

export async function runAudit(): Promise<{ audit: ContentAudit; problems: string[] }> {
  const loaded = await loadContent();
  const audit = auditContent(loaded.library, { sourcesByCondition: loaded.sourcesByCondition });
  return { audit, problems: [...loaded.loadProblems, ...audit.gaps.map((gap: Gap) => `[${gap.kind}] ${gap.message}`)] };
}

async function main() {
  const { audit, problems } = await runAudit();
  console.log(JSON.stringify(audit.conditions, null, 2));
  if (problems.length === 0) {
    console.error(`Content audit: no gaps in ${audit.conditions.length} conditions.`);
    return;
  }
  console.error(`Content audit: ${problems.length} gap(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
