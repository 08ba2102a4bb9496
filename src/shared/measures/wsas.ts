import type { InstrumentDefinition } from './types';

/**
 * Work and Social Adjustment Scale (Mundt JC, Marks IM, Shear MK, Greist JH. The Work and Social Adjustment Scale:
 * a simple measure of impairment in functioning. Br J Psychiatry 2002;180:461–464). Five items, 0–8 each, total 0–40.
 * "[problem]" in the items is replaced on the form by the problem the person named; the UI fills it in.
 */
export const WSAS_WORK_ITEM_ID = 'wsas.1';

export const WSAS: InstrumentDefinition = {
  id: 'wsas',
  shortName: 'WSAS',
  fullName: 'Work and Social Adjustment Scale',
  measures: 'How much a problem gets in the way of work, home, leisure and close relationships',
  recallPeriod: null,
  instructions: {
    en:
      "People's problems sometimes affect their ability to do certain day-to-day tasks in their lives. To rate your " +
      'problems look at each section and determine on the scale provided how much your problem impairs your ability ' +
      'to carry out the activity.',
    es: null,
  },
  items: [
    {
      id: WSAS_WORK_ITEM_ID,
      loinc: null,
      name: 'Work',
      text: {
        en:
          "Because of my [problem] my ability to work is impaired. '0' means 'not at all impaired' and '8' means very " +
          "severely impaired to the point I can't work.",
        es: null,
      },
    },
    {
      id: 'wsas.2',
      loinc: null,
      name: 'Home management',
      text: {
        en:
          'Because of my [problem] my home management (cleaning, tidying, shopping, cooking, looking after home or ' +
          'children, paying bills) is impaired.',
        es: null,
      },
    },
    {
      id: 'wsas.3',
      loinc: null,
      name: 'Social leisure activities',
      text: {
        en:
          'Because of my [problem] my social leisure activities (with other people e.g. parties, bars, clubs, outings, ' +
          'visits, dating, home entertaining) are impaired.',
        es: null,
      },
    },
    {
      id: 'wsas.4',
      loinc: null,
      name: 'Private leisure activities',
      text: {
        en:
          'Because of my [problem], my private leisure activities (done alone, such as reading, gardening, collecting, ' +
          'sewing, walking alone) are impaired.',
        es: null,
      },
    },
    {
      id: 'wsas.5',
      loinc: null,
      name: 'Close relationships',
      text: {
        en:
          'Because of my [problem], my ability to form and maintain close relationships with others, including those I ' +
          'live with, is impaired.',
        es: null,
      },
    },
  ],
  options: [
    { value: 0, label: { en: 'Not at all', es: null }, loinc: null },
    { value: 1, label: null, loinc: null },
    { value: 2, label: { en: 'Slightly', es: null }, loinc: null },
    { value: 3, label: null, loinc: null },
    { value: 4, label: { en: 'Definitely', es: null }, loinc: null },
    { value: 5, label: null, loinc: null },
    { value: 6, label: { en: 'Markedly', es: null }, loinc: null },
    { value: 7, label: null, loinc: null },
    { value: 8, label: { en: 'Very severely', es: null }, loinc: null },
  ],
  scoring: {
    kind: 'sum',
    range: { min: 0, max: 40 },
    // Mundt et al. 2002: above 20 suggests moderately severe or worse psychopathology; 10–20, significant functional
    // impairment with less severe symptoms; below 10, subclinical populations.
    bands: [
      { key: 'subclinical', min: 0, max: 9 },
      { key: 'significant', min: 10, max: 20 },
      { key: 'moderatelySevereOrWorse', min: 21, max: 40 },
    ],
    bandSource: 'Mundt, Marks, Shear & Greist, Br J Psychiatry 2002;180:461–464',
    missing: {
      kind: 'noTotalIfAnyMissing',
      source:
        'The form lets a retired person, or one who chooses not to work for reasons unrelated to the problem, tick a ' +
        'box instead of rating work; no published rule for the total in that case was found, so there is then no ' +
        'total (the four other ratings are still shown).',
    },
  },
  safetyItemId: null,
  higherIsWorse: true,
  loinc: null,
  licence: {
    summary: 'No licence statement found. Published in the paper\'s appendix (Mundt et al. 2002) and used routinely by NHS Talking Therapies.',
    checkedAt: 'Mundt et al. 2002 (Cambridge Core abstract page); public copies of the form. No terms-of-use page was found.',
    verified: false,
  },
  source: 'Mundt JC, Marks IM, Shear MK, Greist JH. Br J Psychiatry 2002;180:461–464.',
  spanish: {
    status: 'none',
    note: 'No Spanish version of the WSAS could be found and checked here: show "no validated Spanish version".',
  },
};
