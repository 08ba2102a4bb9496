import type { ConditionId } from '../content/schema';
import { FIBSER } from './fibser';
import { GAD7 } from './gad7';
import { PHQ9 } from './phq9';
import type { InstrumentDefinition, InstrumentId } from './types';
import { WSAS } from './wsas';

export * from './types';
export { CHANGE_RULES, type ChangeRules } from './change-rules';
export { WSAS_WORK_ITEM_ID } from './wsas';

export const INSTRUMENTS: Record<InstrumentId, InstrumentDefinition> = { phq9: PHQ9, gad7: GAD7, wsas: WSAS, fibser: FIBSER };

export { instrumentIdSchema, measureResponseSchema, type MeasureResponse } from './response';

/**
 * The symptom measures offered for every condition. No condition-specific self-report measure could be cleared:
 * ASRS v1.1 (adult ADHD) is © WHO and asks for permission requests to reproduce "whether for sale or for
 * noncommercial distribution"; no licence statement was found for EDE-QS, OCI-R or DOCS (docs/measures.md).
 */
const GENERIC_SYMPTOM_MEASURES: readonly InstrumentId[] = ['phq9', 'gad7'];
const FUNCTIONING_MEASURES: readonly InstrumentId[] = ['wsas'];

export const CONDITION_SPECIFIC_MEASURES: Record<ConditionId, readonly InstrumentId[]> = {
  depression: [],
  anxiety: [],
  adhd: [],
  ocd: [],
  psychosis: [],
  bpd: [],
  'eating-disorders': [],
};

/** The measures a follow-up visit offers: symptoms and functioning always, side effects when a medicine is in the plan. */
export function measuresForVisit(condition: ConditionId, plan: { includesMedicine: boolean }): InstrumentId[] {
  return [
    ...GENERIC_SYMPTOM_MEASURES,
    ...CONDITION_SPECIFIC_MEASURES[condition],
    ...FUNCTIONING_MEASURES,
    ...(plan.includesMedicine ? (['fibser'] as const) : []),
  ];
}

/** True only when every patient-facing text of the instrument exists in Spanish. */
export function hasSpanishVersion(instrument: InstrumentDefinition): boolean {
  const texts = [instrument.instructions, ...instrument.items.map((item) => item.text)];
  const labels = instrument.options.map((option) => option.label).filter((label) => label !== null);
  return instrument.spanish.status !== 'none' && [...texts, ...labels].every((text) => text !== null && text.es !== null);
}
