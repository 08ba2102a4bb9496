import { LOCALES, type Locale } from '../locale';
import { conditionScreens } from './patient-text';
import { median, readingStats, spanishReadingStats } from './readability';
import { citedSourceIds } from './queries';
import type { Condition, ContentLibrary } from './schema';

/**
 * The content audit: every rule Duet's clinical content is held to, checked over the whole library at once.
 * Unlike the zod schema (which stops at the first kind of problem and accepts 'outline' conditions), the audit
 * lists every gap, so a reviewer sees all that is left to do in one run. `npm run audit:content` prints it.
 */

/** The highest Flesch–Kincaid grade any screen of a condition may reach. */
export const MAX_SCREEN_GRADE = 8;
/** The highest median Flesch–Kincaid grade over a condition's screens. */
export const MAX_MEDIAN_GRADE = 6;
/** The lowest Szigriszt-Pazos perspicuity any Spanish screen may have: INFLESZ "bastante fácil" starts at 65. */
export const MIN_SPANISH_PERSPICUITY = 65;
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
  'reading-median',
  'spanish-reading',
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
  /** Szigriszt-Pazos perspicuity (INFLESZ scale) of the hardest Spanish screen. */
  spanishPerspicuityMin: number;
  /** Every screen's English grade and Spanish perspicuity, so a writer sees which one to simplify. */
  screens: ScreenReading[];
}

export interface ScreenReading {
  screen: string;
  gradeEn: number;
  perspicuityEs: number;
}

export interface ContentAudit {
  conditions: ConditionAudit[];
  gaps: Gap[];
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

function auditCondition(condition: Condition, knownSources: Set<string>): { report: ConditionAudit; gaps: Gap[] } {
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

  const localized = localizedValues(condition, id);
  const languages = LOCALES.filter((locale) => localized.every(({ value }) => isPresent(value[locale])));
  for (const locale of LOCALES) {
    for (const { path } of localized.filter(({ value }) => !isPresent(value[locale]))) gap('missing-translation', `${path} has no ${locale} text`);
  }

  const screens = screenReadings(condition);
  for (const { screen, gradeEn } of screens) {
    if (gradeEn > MAX_SCREEN_GRADE) gap('reading-grade', `screen ${screen} reads at grade ${gradeEn}, above ${MAX_SCREEN_GRADE}`);
  }
  const grades = screens.map((row) => row.gradeEn);
  const medianGrade = Math.round(median(grades) * 10) / 10;
  if (medianGrade > MAX_MEDIAN_GRADE) gap('reading-median', `the median English screen reads at grade ${medianGrade}, above ${MAX_MEDIAN_GRADE}`);
  for (const { screen, perspicuityEs } of screens) {
    if (perspicuityEs < MIN_SPANISH_PERSPICUITY) {
      gap('spanish-reading', `screen ${screen} in Spanish scores ${perspicuityEs} (Szigriszt-Pazos), below ${MIN_SPANISH_PERSPICUITY} ("bastante fácil")`);
    }
  }

  const report: ConditionAudit = {
    condition: id,
    languages,
    options: condition.options?.length ?? 0,
    outcomes: condition.outcomes?.length ?? 0,
    myths: myths.length,
    cautions: condition.cautions?.length ?? 0,
    sources: cited.length,
    readingGradeMedian: medianGrade,
    readingGradeMax: grades.length ? Math.max(...grades) : 0,
    spanishPerspicuityMin: screens.length ? Math.min(...screens.map((row) => row.perspicuityEs)) : 0,
    screens,
  };
  return { report, gaps };
}

/** English grade and Spanish perspicuity of each of a condition's screens, as the screens show the text. */
export function screenReadings(condition: Condition): ScreenReading[] {
  const spanish = conditionScreens(condition, 'es');
  return conditionScreens(condition, 'en').map((screen, index) => ({
    screen: screen.screen,
    gradeEn: readingStats(screen.texts.filter(isPresent)).grade,
    perspicuityEs: spanishReadingStats((spanish[index]?.texts ?? []).filter(isPresent)).perspicuity,
  }));
}

/** Audits every condition in the library, plus library-wide source rules. Pure: it reads nothing but its input. */
export function auditContent(library: ContentLibrary): ContentAudit {
  const knownSources = new Set(library.sources.map((source) => source.id));
  const results = library.conditions.map((condition) => auditCondition(condition, knownSources));
  const citedAnywhere = new Set(library.conditions.flatMap(citedSourceIds));
  const orphans: Gap[] = library.sources
    .filter((source) => !citedAnywhere.has(source.id))
    .map((source) => ({ kind: 'orphan-source', condition: null, message: `source ${source.id} is cited by no condition` }));
  return { conditions: results.map((result) => result.report), gaps: [...results.flatMap((result) => result.gaps), ...orphans] };
}
