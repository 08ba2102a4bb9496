import type { Source } from '../schema';
import { fdaAntidepressantLabels, fdaAntidepressantSuicidality, niceNg222 } from './antidepressant-safety';

// Sources cited by the BPD content. Figures were checked on `checkedOn`; see docs/evidence-trace-bpd.md.

export const sources: Source[] = [
  {
    id: 'storebo-2020-bpd-psychotherapy',
    authors:
      'Storebø OJ, Stoffers-Winterling JM, Völlm BA, Kongerslev MT, Mattivi JT, Jørgensen MS, Faltinsen E, Todorovac A, Sales CP, Callesen HE, Lieb K, Simonsen E',
    year: 2020,
    title: 'Psychological therapies for people with borderline personality disorder',
    publication: 'Cochrane Database of Systematic Reviews 2020, Issue 5, Art. No. CD012955',
    kind: 'systematic-review',
    identifier: 'doi:10.1002/14651858.CD012955.pub2',
    checkedOn: '2026-11-26',
  },
  {
    id: 'stoffers-winterling-2022-bjp',
    authors: 'Stoffers-Winterling JM, Storebø OJ, Kongerslev MT, Faltinsen E, Todorovac A, Jørgensen MS, et al.',
    year: 2022,
    title: 'Psychotherapies for borderline personality disorder: a focused systematic review and meta-analysis',
    publication: 'British Journal of Psychiatry (published online 28 January 2022)',
    kind: 'meta-analysis',
    identifier: 'doi:10.1192/bjp.2021.204',
    checkedOn: '2026-11-26',
  },
  {
    id: 'stoffers-winterling-2022-bpd-medication',
    authors:
      'Stoffers-Winterling JM, Storebø OJ, Pereira Ribeiro J, Kongerslev MT, Völlm BA, Mattivi JT, Faltinsen E, Todorovac A, Jørgensen MS, Callesen HE, Sales CP, Schaug JP, Simonsen E, Lieb K',
    year: 2022,
    title: 'Pharmacological interventions for people with borderline personality disorder',
    publication: 'Cochrane Database of Systematic Reviews 2022, Issue 11, Art. No. CD012956',
    kind: 'systematic-review',
    identifier: 'doi:10.1002/14651858.CD012956.pub2; PMID 36375174',
    checkedOn: '2026-11-26',
  },
  {
    id: 'gartlehner-2021-bpd-medication',
    authors: 'Gartlehner G, Crotty K, Kennedy S, Edlund MJ, Ali R, Siddiqui M, Fortman R, Wines R, Persad E, Viswanathan M',
    year: 2021,
    title: 'Pharmacological treatments for borderline personality disorder: a systematic review and meta-analysis',
    publication: 'CNS Drugs 2021;35(10):1053-1067',
    kind: 'meta-analysis',
    identifier: 'doi:10.1007/s40263-021-00855-4; PMID 34495494',
    checkedOn: '2026-11-26',
  },
  {
    id: 'linehan-2006-dbt',
    authors:
      'Linehan MM, Comtois KA, Murray AM, Brown MZ, Gallop RJ, Heard HL, Korslund KE, Tutek DA, Reynolds SK, Lindenboim N',
    year: 2006,
    title:
      'Two-year randomized controlled trial and follow-up of dialectical behavior therapy vs therapy by experts for suicidal behaviors and borderline personality disorder',
    publication: 'Archives of General Psychiatry 2006;63(7):757-766',
    kind: 'rct',
    identifier: 'doi:10.1001/archpsyc.63.7.757',
    checkedOn: '2026-11-26',
  },
  {
    id: 'nice-cg78',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2009,
    title: 'Borderline personality disorder: recognition and management (NICE clinical guideline CG78)',
    publication: 'NICE, London, published 28 January 2009',
    kind: 'guideline',
    identifier: 'https://www.nice.org.uk/guidance/cg78',
    checkedOn: '2026-11-29',
  },
  {
    id: 'mhra-2018-valproate',
    authors: 'Medicines and Healthcare products Regulatory Agency (MHRA)',
    year: 2018,
    title:
      'Valproate medicines (Epilim, Depakote): contraindicated in women and girls of childbearing potential unless conditions of Pregnancy Prevention Programme are met',
    publication: 'MHRA Drug Safety Update, April 2018 (updated by later Drug Safety Updates in 2023 and 2024)',
    kind: 'guideline',
    identifier: 'https://www.gov.uk/drug-safety-update (April 2018 issue)',
    checkedOn: '2026-11-29',
  },
  {
    id: 'fda-valproate-label',
    authors: 'US Food and Drug Administration (FDA), approved prescribing information',
    year: 2026,
    title: 'Prescribing information for divalproex sodium and valproic acid: boxed warning on fetal risk (major congenital malformations, decreased IQ, neurodevelopmental disorders)',
    publication: 'FDA-approved drug labeling, as published in openFDA',
    kind: 'guideline',
    identifier: 'https://api.fda.gov/drug/label.json (search by generic name)',
    checkedOn: '2026-11-29',
  },
  // Shared with every condition that offers an antidepressant: the same entries, so mergeSources sees one of each.
  fdaAntidepressantSuicidality,
  fdaAntidepressantLabels,
  niceNg222,
];
