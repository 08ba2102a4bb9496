import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditContent, GAP_KINDS, type ConditionAudit, type GapKind } from '../../src/shared/content/audit';
import type { BuiltContent } from '../../src/shared/content/build-library';
import type { Condition, ContentLibrary } from '../../src/shared/content/schema';
import { LOCALES } from '../../src/shared/locale';
import { loadContent } from '../../scripts/content-data';

const root = join(import.meta.dirname, '..', '..');
let loaded: BuiltContent;

beforeAll(() => {
  loaded = loadContent();
});

/** A deep copy of the real library, so each case breaks one thing and nothing leaks between cases. */
function libraryCopy(): ContentLibrary {
  return structuredClone(loaded.library);
}

function depressionOf(library: ContentLibrary): Condition {
  const condition = library.conditions.find((candidate) => candidate.id === 'depression');
  if (!condition) throw new Error('the library has no depression condition');
  return condition;
}

function messagesOfKind(library: ContentLibrary, kind: GapKind): string[] {
  return auditContent(library).gaps.filter((gap) => gap.kind === kind).map((gap) => gap.message);
}

const LONG_WORDS =
  'Pharmacological augmentation strategies demonstrate considerable heterogeneity regarding tolerability, ' +
  'discontinuation characteristics, and interindividual variability in therapeutic responsiveness across populations';

const LARGAS =
  'Las intervenciones psicofarmacológicas concomitantes demuestran heterogeneidad considerable respecto a la ' +
  'tolerabilidad, las características de discontinuación y la variabilidad interindividual de la respuesta terapéutica';

/**
 * One deliberate break per gap kind, each on a copy of the real depression content (always full). Each case
 * compares with the untouched copy, so it holds whatever state the rest of the library is in.
 */
const BREAKS: Array<{ kind: GapKind; mentions: string; breakIt: (library: ContentLibrary) => void }> = [
  { kind: 'not-full', mentions: 'outline', breakIt: (l) => void (depressionOf(l).completeness = 'outline') },
  { kind: 'missing-section', mentions: 'naturalCourse', breakIt: (l) => void delete depressionOf(l).naturalCourse },
  { kind: 'missing-section', mentions: 'cautions', breakIt: (l) => void (depressionOf(l).cautions = []) },
  { kind: 'few-myths', mentions: '3 myths', breakIt: (l) => void (depressionOf(l).myths = depressionOf(l).myths.slice(0, 3)) },
  { kind: 'option-incomplete', mentions: 'involves', breakIt: (l) => void delete depressionOf(l).options[0]!.involves },
  { kind: 'option-incomplete', mentions: 'harms', breakIt: (l) => void (depressionOf(l).options[1]!.harms = []) },
  {
    kind: 'benefits-harms-unequal',
    mentions: 'benefits but',
    breakIt: (l) => void depressionOf(l).options[0]!.benefits!.push({ en: 'One more good thing.', es: 'Una cosa buena más.' }),
  },
  { kind: 'outcome-denominator', mentions: '140', breakIt: (l) => void (depressionOf(l).outcomes[0]!.results[0]!.per100 = 140) },
  { kind: 'outcome-denominator', mentions: '12.5', breakIt: (l) => void (depressionOf(l).outcomes[0]!.results[0]!.per100 = 12.5) },
  {
    kind: 'outcome-denominator',
    mentions: 'two results',
    breakIt: (l) => {
      const results = depressionOf(l).outcomes[0]!.results;
      results.push({ ...results[0]! });
    },
  },
  { kind: 'outcome-incomplete', mentions: 'time frame', breakIt: (l) => void delete (depressionOf(l).outcomes[0] as Partial<Condition['outcomes'][0]>).timeFrame },
  { kind: 'outcome-incomplete', mentions: 'certainty', breakIt: (l) => void delete (depressionOf(l).outcomes[0] as Partial<Condition['outcomes'][0]>).certainty },
  { kind: 'outcome-incomplete', mentions: 'source', breakIt: (l) => void (depressionOf(l).outcomes[0]!.sourceIds = []) },
  {
    kind: 'orphan-source',
    mentions: 'nobody-2020-uncited',
    breakIt: (l) => void l.sources.push({ ...l.sources[0]!, id: 'nobody-2020-uncited' }),
  },
  { kind: 'unknown-source', mentions: 'no-such-study', breakIt: (l) => void depressionOf(l).myths[0]!.sourceIds.push('no-such-study') },
  { kind: 'missing-translation', mentions: 'whatItIs has no es', breakIt: (l) => void (depressionOf(l).whatItIs.es = ' ') },
  {
    kind: 'missing-translation',
    mentions: 'has no en',
    breakIt: (l) => void delete (depressionOf(l).myths[0]!.fact as Partial<Record<string, string>>).en,
  },
  { kind: 'reading-grade', mentions: 'depression/myths', breakIt: (l) => void (depressionOf(l).myths[0]!.fact.en = LONG_WORDS) },
  {
    kind: 'reading-median',
    mentions: 'median English screen',
    breakIt: (l) => {
      const depression = depressionOf(l);
      for (const text of [depression.whatItIs, depression.naturalCourse!, depression.decision]) text.en = LONG_WORDS;
      for (const myth of depression.myths) myth.fact.en = myth.myth.en = LONG_WORDS;
    },
  },
  { kind: 'spanish-reading', mentions: 'depression/myths in Spanish', breakIt: (l) => void (depressionOf(l).myths[0]!.fact.es = LARGAS) },
];

describe('content audit rules, on a deliberately broken copy of the library', () => {
  it('has a case for every kind of gap', () => {
    expect(new Set(BREAKS.map((item) => item.kind))).toEqual(new Set(GAP_KINDS));
  });

  for (const { kind, mentions, breakIt } of BREAKS) {
    it(`finds ${kind} (${mentions})`, () => {
      const before = messagesOfKind(libraryCopy(), kind);
      const broken = libraryCopy();
      breakIt(broken);
      const after = messagesOfKind(broken, kind);
      const added = after.filter((message) => !before.includes(message));
      expect(added.length, `no new ${kind} gap; found ${JSON.stringify(after)}`).toBeGreaterThan(0);
      expect(added.join('\n')).toContain(mentions);
    });
  }

  it('reports the languages in which every string is present', () => {
    const broken = libraryCopy();
    depressionOf(broken).options[0]!.summary.es = '';
    const row = auditContent(broken).conditions.find((candidate) => candidate.condition === 'depression');
    expect(row?.languages).toEqual(['en']);
  });

  it('counts sections and distinct sources, and measures reading grade per condition', () => {
    const library = libraryCopy();
    const depression = depressionOf(library);
    const row = auditContent(library).conditions.find((candidate) => candidate.condition === 'depression')!;
    expect(row).toMatchObject({
      options: depression.options.length,
      outcomes: depression.outcomes.length,
      myths: depression.myths.length,
      cautions: depression.cautions.length,
    });
    expect(row.sources).toBeGreaterThan(0);
    expect(row.sources).toBeLessThanOrEqual(library.sources.length);
    expect(row.readingGradeMax).toBeGreaterThanOrEqual(row.readingGradeMedian);
    expect(row.readingGradeMedian).toBeGreaterThan(0);
  });
});

describe('the real content library', () => {
  it('has no gaps: every condition full, balanced, sourced, translated and plain in both languages', () => {
    const gaps = auditContent(loaded.library).gaps;
    expect(gaps.map((gap) => `[${gap.kind}] ${gap.message}`)).toEqual([]);
  });

  it('gives every condition both languages, four options or more sections, and its own sources', () => {
    const rows = auditContent(loaded.library).conditions;
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row.languages, row.condition).toEqual([...LOCALES]);
      expect(row.options, row.condition).toBeGreaterThanOrEqual(3);
      // A condition whose trials give no sourced rate to count from shows its evidence in words instead (BPD).
      const inWords = loaded.library.conditions.find((condition) => condition.id === row.condition)?.evidenceInWords;
      if (inWords) expect(inWords.findings.length, row.condition).toBeGreaterThan(0);
      else expect(row.outcomes, row.condition).toBeGreaterThan(0);
      expect(row.myths, row.condition).toBeGreaterThanOrEqual(4);
      expect(row.cautions, row.condition).toBeGreaterThan(0);
      expect(row.sources, row.condition).toBeGreaterThan(0);
      expect(row.readingGradeMax, row.condition).toBeLessThanOrEqual(8);
      expect(row.screens.map((screen) => screen.screen), row.condition).toContain(`${row.condition}/options`);
    }
  });
});

describe('npm run audit:content', () => {
  it('prints one JSON row per condition and exits 0 only when there are no gaps', async () => {
    const run = promisify(execFile);
    const result = await run(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/audit-content.ts'], { cwd: root }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    const rows = JSON.parse(result.stdout) as ConditionAudit[];
    expect(rows.map((row) => row.condition)).toEqual(loaded.library.conditions.map((condition) => condition.id));
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        ['condition', 'languages', 'options', 'outcomes', 'myths', 'cautions', 'sources', 'readingGradeMedian', 'readingGradeMax', 'spanishPerspicuityMin', 'screens'].sort(),
      );
    }
    const gaps = auditContent(loaded.library).gaps;
    const expectedCode = gaps.length === 0 ? 0 : 1;
    expect(result.code, result.stderr).toBe(expectedCode);
    for (const gap of gaps) expect(result.stderr).toContain(gap.message);
  }, 30_000);
});
