import type { InstrumentDefinition } from './types';

/**
 * Frequency, Intensity, and Burden of Side Effects Rating (Wisniewski SR, Rush AJ, Balasubramani GK, Trivedi MH,
 * Nierenberg AA. Self-rated global measure of the frequency, intensity, and burden of side effects. J Psychiatr Pract
 * 2006;12:71–79). Three ratings, 0–6 each, reported separately and never added up.
 *
 * The exact item and answer wording could not be checked here (only the revised first item was seen), so every
 * patient-facing text is `null`: the UI must use the licensed form (UBC revised FIBSER, 2018) or not offer it.
 */
export const FIBSER: InstrumentDefinition = {
  id: 'fibser',
  shortName: 'FIBSER',
  fullName: 'Frequency, Intensity, and Burden of Side Effects Rating',
  measures: 'How often side effects of a medicine happen, how strong they are, and how much they get in the way',
  recallPeriod: null,
  instructions: null,
  items: [
    { id: 'fibser.frequency', loinc: null, name: 'Frequency of side effects', text: null },
    { id: 'fibser.intensity', loinc: null, name: 'Intensity of side effects', text: null },
    { id: 'fibser.burden', loinc: null, name: 'Burden: interference with day-to-day activities', text: null },
  ],
  options: [0, 1, 2, 3, 4, 5, 6].map((value) => ({ value, label: null, loinc: null })),
  scoring: {
    kind: 'separateRatings',
    interpretedItemId: 'fibser.burden',
    // UBC "Working with depression" FIBSER page (Lam; revision made with Dr Wisniewski's permission): burden 0–2 needs
    // no change in medicine; 3–4, the side effects need to be addressed; 5–6, lower the dose or switch.
    bands: [
      { key: 'noneToMild', min: 0, max: 2 },
      { key: 'moderateToMarked', min: 3, max: 4 },
      { key: 'severeOrUnableToFunction', min: 5, max: 6 },
    ],
    bandSource:
      'https://workingwithdepression.psychiatry.ubc.ca/leaps/frequency-intensity-burden-of-side-effects-rating-fibser-scale ' +
      '(interpretation of the burden item for measurement-based care; not stated in the stored abstract of the 2006 paper)',
  },
  safetyItemId: null,
  higherIsWorse: true,
  loinc: null,
  licence: {
    summary:
      'Revised FIBSER (UBC, 2018): free to use by clinicians and for academic studies funded by nonprofit organisations; ' +
      'for-profit sponsored research needs permission from Dr Lam.',
    checkedAt: 'https://workingwithdepression.psychiatry.ubc.ca/leaps/frequency-intensity-burden-of-side-effects-rating-fibser-scale',
    verified: true,
  },
  source:
    'Wisniewski SR, Rush AJ, Balasubramani GK, Trivedi MH, Nierenberg AA. J Psychiatr Pract 2006;12(2):71–79.',
  spanish: {
    status: 'none',
    note: 'No Spanish FIBSER was found (UBC lists English and Chinese): show "no validated Spanish version".',
  },
};
