import { FREQUENCY_OPTIONS, PFIZER_SCREENER_LICENCE, PFIZER_SPANISH } from './pfizer-screeners';
import type { InstrumentDefinition } from './types';

/**
 * GAD-7 (Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder:
 * the GAD-7. Arch Intern Med 2006;166:1092–1097). Seven items, 0–3 each, total 0–21. Codes from LOINC panel 69737-5.
 */
export const GAD7: InstrumentDefinition = {
  id: 'gad7',
  shortName: 'GAD-7',
  fullName: 'Generalized Anxiety Disorder-7',
  measures: 'Anxiety symptoms over the last 2 weeks',
  recallPeriod: { en: 'Last 2 weeks', es: 'Últimas 2 semanas' },
  instructions: {
    en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
    es: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  },
  items: [
    {
      id: 'gad7.1',
      loinc: '69725-0',
      name: 'Nervous, anxious, on edge',
      text: {
        en: 'Feeling nervous, anxious or on edge',
        es: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
      },
    },
    {
      id: 'gad7.2',
      loinc: '68509-9',
      name: 'Cannot stop or control worrying',
      text: {
        en: 'Not being able to stop or control worrying',
        es: 'No ha sido capaz de parar o controlar su preocupación',
      },
    },
    {
      id: 'gad7.3',
      loinc: '69733-4',
      name: 'Worrying too much',
      text: {
        en: 'Worrying too much about different things',
        es: 'Se ha preocupado demasiado por motivos diferentes',
      },
    },
    {
      id: 'gad7.4',
      loinc: '69734-2',
      name: 'Trouble relaxing',
      text: { en: 'Trouble relaxing', es: 'Ha tenido dificultad para relajarse' },
    },
    {
      id: 'gad7.5',
      loinc: '69735-9',
      name: 'Restless',
      text: {
        en: 'Being so restless that it is hard to sit still',
        es: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
      },
    },
    {
      id: 'gad7.6',
      loinc: '69689-8',
      name: 'Easily annoyed or irritable',
      text: { en: 'Becoming easily annoyed or irritable', es: 'Se ha molestado o irritado fácilmente' },
    },
    {
      id: 'gad7.7',
      loinc: '69736-7',
      name: 'Afraid something awful might happen',
      text: {
        en: 'Feeling afraid as if something awful might happen',
        es: 'Ha tenido miedo de que algo terrible fuera a pasar',
      },
    },
  ],
  options: FREQUENCY_OPTIONS,
  scoring: {
    kind: 'sum',
    range: { min: 0, max: 21 },
    // Spitzer et al. 2006: 5, 10 and 15 are the cut-points for mild, moderate and severe anxiety.
    bands: [
      { key: 'minimal', min: 0, max: 4 },
      { key: 'mild', min: 5, max: 9 },
      { key: 'moderate', min: 10, max: 14 },
      { key: 'severe', min: 15, max: 21 },
    ],
    bandSource: 'Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006;166:1092–1097',
    missing: {
      kind: 'noTotalIfAnyMissing',
      source:
        'No prorating rule for missing GAD-7 items was found in any source reachable here (the PHQ instruction manual ' +
        'could not be opened), so a GAD-7 with any item unanswered has no total (docs/measures.md).',
    },
  },
  safetyItemId: null,
  higherIsWorse: true,
  loinc: { panel: '69737-5', total: '70274-6' },
  licence: PFIZER_SCREENER_LICENCE,
  source: 'Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166:1092–1097. doi:10.1001/archinte.166.10.1092',
  spanish: PFIZER_SPANISH,
};
