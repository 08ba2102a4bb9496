import type { AnswerOption, InstrumentText, Licence, SpanishVersion } from './types';

/**
 * What the PHQ-9 and the GAD-7 share: the same publisher, licence, two-week recall, the same four answers and the same
 * Spanish-for-the-USA translation family (Spitzer, Williams, Kroenke and colleagues; educational grant from Pfizer).
 */

export const PFIZER_SCREENER_LICENCE: Licence = {
  summary:
    'Copyright © Pfizer Inc. Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, ' +
    'with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  checkedAt:
    'phqscreeners.com as quoted by CamCOPS (ucam-department-of-psychiatry/camcops, docs/source/tasks/phq9.rst): "All PHQ, ' +
    'GAD-7 screeners and translations are downloadable from this website and no permission is required to reproduce, ' +
    'translate, display or distribute them." Same statement in LOINC-derived FHIR Questionnaires (e.g. glow-mdsol/' +
    'vulcan-soa-connectathon-37, PHQ-15 form; a GAD-7 Questionnaire coded 69737-5 with the same text); ' +
    'Pfizer 2010 "without copyright restriction and at no charge" (evidence-facts.md §3). phqscreeners.com itself was not reachable.',
  verified: true,
};

export const TWO_WEEK_RECALL: InstrumentText = {
  en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  es: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
};

/** 0–3, with the LOINC answer list LL358-3 codes. */
export const FREQUENCY_OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: { en: 'Not at all', es: 'Ningún día' }, loinc: 'LA6568-5' },
  { value: 1, label: { en: 'Several days', es: 'Varios días' }, loinc: 'LA6569-3' },
  { value: 2, label: { en: 'More than half the days', es: 'Más de la mitad de los días' }, loinc: 'LA6570-1' },
  { value: 3, label: { en: 'Nearly every day', es: 'Casi todos los días' }, loinc: 'LA6571-9' },
];

export const PFIZER_SPANISH: SpanishVersion = {
  status: 'matchesIndependentCopies',
  note:
    'Official "Spanish for the USA" translation (phqscreeners.com). The official PDF could not be opened from here; ' +
    'every Spanish string was matched word for word against several independent public copies of that translation ' +
    '(listed in docs/measures.md). Check once against the PDF before release.',
};
