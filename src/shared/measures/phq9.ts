import { FREQUENCY_OPTIONS, PFIZER_SCREENER_LICENCE, PFIZER_SPANISH, TWO_WEEK_RECALL } from './pfizer-screeners';
import type { InstrumentDefinition } from './types';

/**
 * PHQ-9 (Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure.
 * J Gen Intern Med 2001;16:606–613). Nine items, 0–3 each, total 0–27. Item codes from LOINC panel 44249-1.
 */
export const PHQ9: InstrumentDefinition = {
  id: 'phq9',
  shortName: 'PHQ-9',
  fullName: 'Patient Health Questionnaire-9',
  measures: 'Depression symptoms over the last 2 weeks',
  recallPeriod: { en: 'Last 2 weeks', es: 'Últimas 2 semanas' },
  instructions: TWO_WEEK_RECALL,
  items: [
    {
      id: 'phq9.1',
      loinc: '44250-9',
      name: 'Interest or pleasure',
      text: { en: 'Little interest or pleasure in doing things', es: 'Poco interés o placer en hacer cosas' },
    },
    {
      id: 'phq9.2',
      loinc: '44255-8',
      name: 'Feeling down',
      text: {
        en: 'Feeling down, depressed, or hopeless',
        es: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      },
    },
    {
      id: 'phq9.3',
      loinc: '44259-0',
      name: 'Sleep',
      text: {
        en: 'Trouble falling or staying asleep, or sleeping too much',
        es: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
      },
    },
    {
      id: 'phq9.4',
      loinc: '44254-1',
      name: 'Tired, little energy',
      text: { en: 'Feeling tired or having little energy', es: 'Se ha sentido cansado(a) o con poca energía' },
    },
    {
      id: 'phq9.5',
      loinc: '44251-7',
      name: 'Appetite',
      text: { en: 'Poor appetite or overeating', es: 'Sin apetito o ha comido en exceso' },
    },
    {
      id: 'phq9.6',
      loinc: '44258-2',
      name: 'Feeling bad about yourself',
      text: {
        en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
        es: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
      },
    },
    {
      id: 'phq9.7',
      loinc: '44252-5',
      name: 'Concentration',
      text: {
        en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
        es: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
      },
    },
    {
      id: 'phq9.8',
      loinc: '44253-3',
      name: 'Moving or speaking slowly, or restless',
      text: {
        en:
          'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or ' +
          'restless that you have been moving around a lot more than usual',
        es:
          '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy ' +
          'inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
      },
    },
    {
      id: 'phq9.9',
      loinc: '44260-8',
      name: 'Thoughts of being better off dead or of self-harm',
      text: {
        en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
        es: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
      },
    },
  ],
  options: FREQUENCY_OPTIONS,
  scoring: {
    kind: 'sum',
    range: { min: 0, max: 27 },
    // Kroenke et al. 2001: 5, 10, 15 and 20 are the thresholds for mild, moderate, moderately severe and severe.
    bands: [
      { key: 'minimal', min: 0, max: 4 },
      { key: 'mild', min: 5, max: 9 },
      { key: 'moderate', min: 10, max: 14 },
      { key: 'moderatelySevere', min: 15, max: 19 },
      { key: 'severe', min: 20, max: 27 },
    ],
    bandSource: 'Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606–613',
    missing: {
      kind: 'noTotalIfAnyMissing',
      source:
        'No prorating rule for missing PHQ-9 items was found in any source reachable here (the PHQ instruction manual ' +
        'could not be opened), so a PHQ-9 with any item unanswered has no total (docs/measures.md).',
    },
  },
  safetyItemId: 'phq9.9',
  higherIsWorse: true,
  loinc: { panel: '44249-1', total: '44261-6' },
  licence: PFIZER_SCREENER_LICENCE,
  source: 'Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16:606–613.',
  spanish: PFIZER_SPANISH,
};
