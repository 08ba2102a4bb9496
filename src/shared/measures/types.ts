/**
 * Instrument definitions are data, not code: the texts, answer options, scoring rule, bands, licence, source and
 * codes of each questionnaire as published. Scoring lives in `src/shared/domain/measures.ts`.
 *
 * A text is `null` where the exact published wording could not be verified (see docs/measures.md): the UI must then
 * show the paper form's wording from the licensed source, or say the version is not available, never a paraphrase.
 */

export const INSTRUMENT_IDS = ['phq9', 'gad7', 'wsas', 'fibser'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** English is always present; Spanish is `null` where no Spanish wording could be checked. */
export interface InstrumentText {
  en: string;
  es: string | null;
}

export interface AnswerOption {
  value: number;
  /** `null` for the unlabelled points of a scale (WSAS 1, 3, 5, 7) or where the wording is unverified. */
  label: InstrumentText | null;
  /** LOINC answer code (LA…), where one exists and was checked. */
  loinc: string | null;
}

export interface InstrumentItem {
  /** Stable id, stored with the answers: `<instrument>.<number>` in the published order. */
  id: string;
  /** LOINC question code, where one exists and was checked. */
  loinc: string | null;
  /** A short English name for the item, for clinicians, logs and tests; never shown to patients in place of `text`. */
  name: string;
  text: InstrumentText | null;
}

/** A severity band on a total (or on one item, for FIBSER burden), inclusive at both ends. */
export interface Band {
  key: string;
  min: number;
  max: number;
}

/** How the published instructions treat unanswered items. Only rules found in a source are listed here. */
export type MissingItemRule =
  /** No published rule could be verified: any missing item means no total. */
  { kind: 'noTotalIfAnyMissing'; source: string };

export type ScoringRule =
  | {
      kind: 'sum';
      /** Lowest and highest possible total. */
      range: { min: number; max: number };
      bands: readonly Band[];
      bandSource: string;
      missing: MissingItemRule;
    }
  | {
      /** FIBSER: each item is its own rating; the published use does not add them up. */
      kind: 'separateRatings';
      /** The item whose rating has a published interpretation, and that interpretation. */
      interpretedItemId: string;
      bands: readonly Band[];
      bandSource: string;
    };

/** Spanish wording: where it came from and how far it was checked. */
export interface SpanishVersion {
  status: 'none' | 'matchesIndependentCopies';
  note: string;
}

export interface Licence {
  summary: string;
  /** Where the licence statement was read. */
  checkedAt: string;
  /** `false` where no licence statement was found: the instrument must be cleared before release. */
  verified: boolean;
}

export interface InstrumentDefinition {
  id: InstrumentId;
  /** The instrument's own name; not translated. */
  shortName: string;
  fullName: string;
  /** What the instrument measures, in English for clinicians. */
  measures: string;
  recallPeriod: InstrumentText | null;
  instructions: InstrumentText | null;
  items: readonly InstrumentItem[];
  options: readonly AnswerOption[];
  scoring: ScoringRule;
  /** PHQ-9 item 9: any answer above 0 asks the clinician to assess safety now. Never a score or a label. */
  safetyItemId: string | null;
  /** Higher totals mean more symptoms or impairment for every instrument here. */
  higherIsWorse: true;
  loinc: { panel: string; total: string | null } | null;
  licence: Licence;
  source: string;
  spanish: SpanishVersion;
}
