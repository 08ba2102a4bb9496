import type { Source } from '../schema';

// Sources behind the medicine-safety cautions that depression, anxiety and OCD share (conditions/antidepressant-safety.ts).
// Each of those three conditions spreads the ones it cites into its own list, so every list stays complete on its own
// and mergeSources sees one identical entry. Where each fact sits in each source: docs/evidence-trace.md, "Medicine safety".

export const fdaAntidepressantSuicidality: Source = {
  id: 'fda-antidepressant-suicidality',
  authors: 'US Food and Drug Administration (FDA), Center for Drug Evaluation and Research',
  year: 2007,
  title:
    'Antidepressant use in children, adolescents, and adults: class boxed warning on suicidality (2004), extended to young adults aged 18 to 24 (2007)',
  publication: 'FDA drug safety information page, created 22 March 2004, updated 2 May 2007 (archived copy)',
  kind: 'guideline',
  identifier:
    'https://webarchive.library.unt.edu/eot2008/20090117045022/http://www.fda.gov/cder/drug/antidepressants/default.htm',
  checkedOn: '2026-11-29',
};

export const fdaAntidepressantLabels: Source = {
  id: 'fda-antidepressant-labels',
  authors: 'US Food and Drug Administration (FDA), approved prescribing information',
  year: 2026,
  title:
    'Prescribing information for sertraline, fluoxetine, citalopram, bupropion and clomipramine: boxed warning, warnings and precautions, contraindications, use in pregnancy, overdosage',
  publication: 'FDA-approved drug labeling, as published in openFDA (labels last updated 2026)',
  kind: 'guideline',
  identifier: 'https://api.fda.gov/drug/label.json (search by generic name)',
  checkedOn: '2026-11-29',
};

export const niceNg222: Source = {
  id: 'nice-ng222',
  authors: 'National Institute for Health and Care Excellence (NICE)',
  year: 2022,
  title: 'Depression in adults: treatment and management (NICE guideline NG222)',
  publication: 'NICE, London, published 29 June 2022',
  kind: 'guideline',
  identifier: 'https://www.nice.org.uk/guidance/ng222',
  checkedOn: '2026-11-29',
};

export const niceNg225: Source = {
  id: 'nice-ng225',
  authors: 'National Institute for Health and Care Excellence (NICE)',
  year: 2022,
  title: 'Self-harm: assessment, management and preventing recurrence (NICE guideline NG225)',
  publication: 'NICE, London, published 7 September 2022',
  kind: 'guideline',
  identifier: 'https://www.nice.org.uk/guidance/ng225',
  checkedOn: '2026-11-29',
};

export const henssler2024: Source = {
  id: 'henssler-2024-discontinuation',
  authors: 'Henssler J, Schmidt Y, Schmidt U, Schwarzer G, Bschor T, Baethge C',
  year: 2024,
  title: 'Incidence of antidepressant discontinuation symptoms: a systematic review and meta-analysis',
  publication: 'The Lancet Psychiatry, July 2024 issue (published online 5 June 2024)',
  kind: 'meta-analysis',
  identifier: 'doi:10.1016/S2215-0366(24)00133-0; PMID 38851198',
  checkedOn: '2026-11-29',
};

/** The sources every condition that offers an antidepressant cites through the shared cautions and harm outcome. */
export const antidepressantSafetySources: Source[] = [
  fdaAntidepressantSuicidality,
  fdaAntidepressantLabels,
  niceNg222,
  niceNg225,
  henssler2024,
];
