import { LOCALES, type Locale } from '../locale';
import { conditionScreens } from './patient-text';
import { median, readingStats } from './readability';
import type { Condition, ContentLibrary, Source } from './schema';

/**
 * The content audit: every rule Duet's clinical content is held to, checked over the whole library at once.
 * Unlike the zod schema (which stops at the first kind of problem and accepts 'outline' conditions), the audit
 * lists every gap, so a reviewer sees all that is left to do in one run. `npm run audit:content` prints it.
 */

/** The highest Flesch–Kincaid grade any screen may reach (the median target, 6, is checked in the readability test). */
export const MAX_SCREEN_GRADE = 8;
export const MIN_MYTHS = 4;
/** Every outcome is told as "out of 100 people", so options can be compared on one denominator. */
export const DENOMINATOR = 100;

export const GAP_KINDS = [
  'not-full',
  'missing-section',
  'few-myths',
  'option-incomplete',
  'benefits-harms-unequal',
  'outcome-denominator',
  'outcome-incomplete',
  'orphan-source',
  'unknown-source',
  'missing-translation',
  'reading-grade',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface Gap {
  kind: GapKind;
  /** The condition it belongs to, or null for library-wide gaps (an orphan source). */
  condition: string | null;
  message: string;
}

export interface ConditionAudit {
  condition: string;
  /** Locales in which every string of this condition is present. */
  languages: Locale[];
  options: number;
  outcomes: number;
  myths: number;
  cautions: number;
  /** Distinct sources the condition cites. */
  sources: number;
  readingGradeMedian: number;
  readingGradeMax: number;
}

export interface ContentAudit {
  conditions: ConditionAudit[];
  gaps: Gap[];
}

export interface AuditOptions {
  /**
   * Each condition's own source list (src/shared/content/sources/<id>.ts). When given, a source filed under a
   * condition that does not cite it is an orphan, and a citation missing from the condition's list is unknown.
   */
  sourcesByCondition?: Partial<Record<string, readonly Source[]>>;
}

const INVOLVES_PARTS = ['timeEachWeek', 'howSoonItHelps', 'commonBurdens', 'costs'] as const;
const LOCALIZED_KEYS = new Set<string>(LOCALES);

interface FoundLocalized {
  path: string;
  value: Record<string, unknown>;
}

/** Every localized value ({ en, es }) anywhere in a tree of content, wherever it sits. */
function localizedValues(value: unknown, path: string): FoundLocalized[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => localizedValues(item, `${path}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // A value with only locale keys is a translation, even when one of them is missing or empty.
  if (keys.length > 0 && keys.every((key) => LOCALIZED_KEYS.has(key)) && keys.some((key) => typeof record[key] === 'string')) {
    return [{ path, value: record }];
  }
  return keys.flatMap((key) => localizedValues(record[key], `${path}.${key}`));
}

function isPresent(text: unknown): text is string {
  return typeof text === 'string' && text.trim().length > 0;
}

/** Source ids a condition cites, in the order they first appear. */
export function citedSourceIds(condition: Condition): string[] {
  const ids = new Set<string>();
  for (const outcome of condition.outcomes ?? []) {
    (outcome.sourceIds ?? []).forEach((id) => ids.add(id));
    (outcome.effects ?? []).forEach((effect) => ids.add(effect.sourceId));
  }
  (condition.evidenceInWords?.sourceIds ?? []).forEach((id) => ids.add(id));
  (condition.myths ?? []).forEach((myth) => (myth.sourceIds ?? []).forEach((id) => ids.add(id)));
  (condition.cautions ?? []).forEach((caution) => (caution.sourceIds ?? []).forEach((id) => ids.add(id)));
  return [...ids];
}

function auditCondition(condition: Condition, knownSources: Set<string>, options: AuditOptions): { report: ConditionAudit; gaps: Gap[] } {
  const id = condition.id;
  const gaps: Gap[] = [];
  const gap = (kind: GapKind, message: string) => gaps.push({ kind, condition: id, message: `${id}: ${message}` });

  if (condition.completeness !== 'full') gap('not-full', `completeness is '${condition.completeness}', not 'full'`);

  const sections = { whatItIs: condition.whatItIs, naturalCourse: condition.naturalCourse, decision: condition.decision };
  for (const [name, value] of Object.entries(sections)) if (!value) gap('missing-section', `no ${name}`);
  for (const name of ['options', 'outcomes', 'myths', 'cautions'] as const) {
    // Evidence in words stands in for outcomes where trials give no sourced rate to count from (BPD, review M2).
    if (name === 'outcomes' && condition.evidenceInWords) continue;
    if (!condition[name]?.length) gap('missing-section', `no ${name}`);
  }
  const myths = condition.myths ?? [];
  if (myths.length < MIN_MYTHS) gap('few-myths', `${myths.length} myths; at least ${MIN_MYTHS} are needed`);

  const optionKinds = new Set((condition.options ?? []).map((option) => option.kind));
  for (const option of condition.options ?? []) {
    const missing = [
      ...(option.involves ? INVOLVES_PARTS.filter((part) => !option.involves?.[part]).map((part) => `involves.${part}`) : ['involves']),
      ...(option.benefits?.length ? [] : ['benefits']),
      ...(option.harms?.length ? [] : ['harms']),
    ];
    if (missing.length > 0) gap('option-incomplete', `option ${option.kind} has no ${missing.join(', ')}`);
    const benefits = option.benefits?.length ?? 0;
    const harms = option.harms?.length ?? 0;
    // IPDAS C1: good and bad news in equal detail, so neither list can outweigh the other by length.
    if (benefits !== harms) gap('benefits-harms-unequal', `option ${option.kind} lists ${benefits} benefits but ${harms} harms`);
  }

  for (const outcome of condition.outcomes ?? []) {
    const where = `outcome ${outcome.id}`;
    const results = outcome.results ?? [];
    const offScale = results.filter((result) => !Number.isInteger(result.per100) || result.per100 < 0 || result.per100 > DENOMINATOR);
    if (offScale.length > 0) {
      gap('outcome-denominator', `${where}: ${offScale.map((r) => `${r.option} = ${r.per100}`).join(', ')} is not a whole number out of ${DENOMINATOR}`);
    }
    const resultKinds = results.map((result) => result.option);
    if (new Set(resultKinds).size !== resultKinds.length) gap('outcome-denominator', `${where}: an option has two results`);
    if (results.length < 2) gap('outcome-denominator', `${where}: fewer than two options to compare`);
    const strangers = resultKinds.filter((kind) => !optionKinds.has(kind));
    if (strangers.length > 0) gap('outcome-denominator', `${where}: results for ${strangers.join(', ')}, which is not an option here`);

    const missing = [
      ...(outcome.timeFrame ? [] : ['time frame']),
      ...(outcome.population ? [] : ['population']),
      ...(outcome.certainty ? [] : ['certainty']),
      ...(outcome.certaintyReason ? [] : ['certainty reason']),
      ...(outcome.derivation ? [] : ['derivation']),
      ...(outcome.sourceIds?.length ? [] : ['source']),
    ];
    if (missing.length > 0) gap('outcome-incomplete', `${where} has no ${missing.join(', ')}`);
  }

  const cited = citedSourceIds(condition);
  for (const sourceId of cited) if (!knownSources.has(sourceId)) gap('unknown-source', `cites ${sourceId}, which is not in the library's sources`);
  const ownList = options.sourcesByCondition?.[id];
  if (ownList) {
    const filed = new Set(ownList.map((source) => source.id));
    for (const sourceId of cited) {
      if (knownSources.has(sourceId) && !filed.has(sourceId)) gap('unknown-source', `cites ${sourceId}, which is not in sources/${id}.ts`);
    }
    for (const sourceId of filed) if (!cited.includes(sourceId)) gap('orphan-source', `sources/${id}.ts lists ${sourceId}, which ${id} never cites`);
  }

  const localized = localizedValues(condition, id);
  const languages = LOCALES.filter((locale) => localized.every(({ value }) => isPresent(value[locale])));
  for (const locale of LOCALES) {
    for (const { path } of localized.filter(({ value }) => !isPresent(value[locale]))) gap('missing-translation', `${path} has no ${locale} text`);
  }

  // Flesch–Kincaid is an English formula: the Spanish is held to the same plain-language rule by review.
  const grades = conditionScreens(condition, 'en').map((screen) => ({ screen: screen.screen, grade: readingStats(screen.texts.filter(isPresent)).grade }));
  for (const { screen, grade } of grades) {
    if (grade > MAX_SCREEN_GRADE) gap('reading-grade', `screen ${screen} reads at grade ${grade}, above ${MAX_SCREEN_GRADE}`);
  }

  const report: ConditionAudit = {
    condition: id,
    languages,
    options: condition.options?.length ?? 0,
    outcomes: condition.outcomes?.length ?? 0,
    myths: myths.length,
    cautions: condition.cautions?.length ?? 0,
    sources: cited.length,
    readingGradeMedian: Math.round(median(grades.map((row) => row.grade)) * 10) / 10,
    readingGradeMax: grades.length ? Math.max(...grades.map((row) => row.grade)) : 0,
  };
  return { report, gaps };
}

/** Audits every condition in the library, plus library-wide source rules. Pure: it reads nothing but its input. */
export function auditContent(library: ContentLibrary, options: AuditOptions = {}): ContentAudit {
  const knownSources = new Set(library.sources.map((source) => source.id));
  const results = library.conditions.map((condition) => auditCondition(condition, knownSources, options));
  const citedAnywhere = new Set(library.conditions.flatMap(citedSourceIds));
  // A source in a condition's own list is already reported against that condition.
  const filed = new Set(Object.values(options.sourcesByCondition ?? {}).flatMap((list) => (list ?? []).map((source) => source.id)));
  const orphans: Gap[] = library.sources
    .filter((source) => !citedAnywhere.has(source.id) && !filed.has(source.id))
    .map((source) => ({ kind: 'orphan-source', condition: null, message: `source ${source.id} is cited by no condition` }));
  return { conditions: results.map((result) => result.report), gaps: [...results.flatMap((result) => result.gaps), ...orphans] };
}
