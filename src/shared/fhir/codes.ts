import { INSTRUMENTS, type InstrumentDefinition, type InstrumentId } from '../measures';

/**
 * The code systems a Duet FHIR export uses (docs/fhir.md). LOINC where a code was checked (src/shared/measures/);
 * Duet's own code systems for what has no LOINC code here (WSAS, FIBSER, Duet's option kinds, modalities and
 * conditions). Duet's systems live under a reserved `.invalid` host (RFC 6761): they name Duet's local codes
 * unambiguously and, on purpose, resolve nowhere, so no receiving system will try to fetch them.
 */
export const LOINC = 'http://loinc.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

export const DUET_FHIR_BASE = 'https://duet.invalid/fhir';
/** Instruments and their items with no LOINC code here: `wsas`, `wsas.1`…`wsas.5`, `wsas.total`, `fibser.*`. */
export const DUET_MEASURES = `${DUET_FHIR_BASE}/CodeSystem/measures`;
/** The agreed option: `therapy`, `medication`, `combined`, `waiting` (src/shared/content/schema.ts OPTION_KINDS). */
export const DUET_OPTION_KINDS = `${DUET_FHIR_BASE}/CodeSystem/option-kinds`;
/** Treatment ids from Duet's clinical content (e.g. `cbt`, `ssri`): the plan's activities. */
export const DUET_MODALITIES = `${DUET_FHIR_BASE}/CodeSystem/modalities`;
/** Duet's condition ids (e.g. `depression`), as the plan's category. */
export const DUET_CONDITIONS = `${DUET_FHIR_BASE}/CodeSystem/conditions`;

/** The canonical URL of the Questionnaire resource the export includes for an instrument. */
export function questionnaireUrl(instrument: InstrumentId): string {
  return `${DUET_FHIR_BASE}/Questionnaire/${instrument}`;
}

export interface SimpleCoding {
  system: string;
  code: string;
}

/** The instrument as a whole: its LOINC panel, or Duet's code. */
export function instrumentCoding(instrument: InstrumentDefinition): SimpleCoding {
  return instrument.loinc ? { system: LOINC, code: instrument.loinc.panel } : { system: DUET_MEASURES, code: instrument.id };
}

/** One item: its LOINC question code when checked, else Duet's code (the item id, e.g. `wsas.1`). */
export function itemCoding(item: InstrumentDefinition['items'][number]): SimpleCoding {
  return item.loinc ? { system: LOINC, code: item.loinc } : { system: DUET_MEASURES, code: item.id };
}

/** The total score: LOINC's total code where there is one, else Duet's `<instrument>.total`; null without a total. */
export function totalCoding(instrument: InstrumentDefinition): SimpleCoding | null {
  if (instrument.scoring.kind !== 'sum') return null;
  if (instrument.loinc?.total) return { system: LOINC, code: instrument.loinc.total };
  return { system: DUET_MEASURES, code: `${instrument.id}.total` };
}

/** Items answered with a LOINC answer (LA) code: every option of the instrument has a checked LA code. */
export function answersAreCoded(instrument: InstrumentDefinition): boolean {
  return instrument.options.every((option) => option.loinc !== null);
}

/** The instrument whose total has this coding, or null. */
export function instrumentForTotal(coding: { system?: string; code?: string }): InstrumentDefinition | null {
  return Object.values(INSTRUMENTS).find((instrument) => {
    const total = totalCoding(instrument);
    return total !== null && total.system === coding.system && total.code === coding.code;
  }) ?? null;
}
