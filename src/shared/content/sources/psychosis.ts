import type { Source } from '../schema';
import { niceCg192 } from './pregnancy';

// Sources cited by the psychosis content, and nothing else: the library schema fails on an uncited source.
// Each figure was checked against the source's abstract on `checkedOn`; see docs/evidence-trace-psychosis.md.

export const sources: Source[] = [
  {
    id: 'leucht-2012-maintenance',
    authors: 'Leucht S, Tardy M, Komossa K, Heres S, Kissling W, Salanti G, Davis JM',
    year: 2012,
    title: 'Antipsychotic drugs versus placebo for relapse prevention in schizophrenia: a systematic review and meta-analysis',
    publication: 'Lancet 2012;379(9831):2063-2071',
    kind: 'meta-analysis',
    identifier: 'doi:10.1016/S0140-6736(12)60239-6',
    checkedOn: '2026-11-26',
  },
  {
    id: 'pharoah-2010-family',
    authors: 'Pharoah F, Mari J, Rathbone J, Wong W',
    year: 2010,
    title: 'Family intervention for schizophrenia',
    publication: 'Cochrane Database of Systematic Reviews 2010;(12):CD000088',
    kind: 'systematic-review',
    identifier: 'doi:10.1002/14651858.CD000088.pub2; PMID 21154340',
    checkedOn: '2026-11-26',
  },
  {
    id: 'jauhar-2014-cbtp',
    authors: 'Jauhar S, McKenna PJ, Radua J, Fung E, Salvador R, Laws KR',
    year: 2014,
    title:
      'Cognitive-behavioural therapy for the symptoms of schizophrenia: systematic review and meta-analysis with examination of potential bias',
    publication: 'British Journal of Psychiatry 2014;204(1):20-29',
    kind: 'meta-analysis',
    identifier: 'doi:10.1192/bjp.bp.112.116285',
    checkedOn: '2026-11-26',
  },
  {
    id: 'lally-2017-recovery',
    authors: 'Lally J, Ajnakina O, Stubbs B, Cullinane M, Murphy KC, Gaughran F, Murray RM',
    year: 2017,
    title:
      'Remission and recovery from first-episode psychosis in adults: systematic review and meta-analysis of long-term outcome studies',
    publication: 'British Journal of Psychiatry 2017;211(6):350-358',
    kind: 'meta-analysis',
    identifier: 'doi:10.1192/bjp.bp.117.201475',
    checkedOn: '2026-11-26',
  },
  {
    id: 'fazel-2009-violence',
    authors: 'Fazel S, Gulati G, Linsell L, Geddes JR, Grann M',
    year: 2009,
    title: 'Schizophrenia and violence: systematic review and meta-analysis',
    publication: 'PLoS Medicine 2009;6(8):e1000120',
    kind: 'meta-analysis',
    identifier: 'doi:10.1371/journal.pmed.1000120',
    checkedOn: '2026-11-26',
  },
  {
    id: 'nice-cg178',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2014,
    title: 'Psychosis and schizophrenia in adults: prevention and management (NICE clinical guideline CG178)',
    publication: 'NICE, London, published 12 February 2014, last updated 1 March 2014',
    kind: 'guideline',
    identifier: 'https://www.nice.org.uk/guidance/cg178',
    checkedOn: '2026-11-26',
  },
  {
    id: 'huhn-2019-antipsychotics',
    authors:
      'Huhn M, Nikolakopoulou A, Schneider-Thoma J, Krause M, Samara M, Peter N, Arndt T, Bäckers L, Rothe P, Cipriani A, Davis J, Salanti G, Leucht S',
    year: 2019,
    title:
      'Comparative efficacy and tolerability of 32 oral antipsychotics for the acute treatment of adults with multi-episode schizophrenia: a systematic review and network meta-analysis',
    publication: 'Lancet 2019;394(10202):939-951',
    kind: 'network-meta-analysis',
    identifier: 'doi:10.1016/S0140-6736(19)31135-3; PMID 31303314',
    checkedOn: '2026-11-29',
  },
  {
    id: 'fda-clozapine-label',
    authors: 'US Food and Drug Administration (FDA), approved prescribing information',
    year: 2026,
    title:
      'Prescribing information for clozapine: boxed warnings (severe neutropenia, orthostatic hypotension, seizures, myocarditis and cardiomyopathy), gastrointestinal hypomotility, and the indication to reduce suicidal behaviour in schizophrenia',
    publication: 'FDA-approved drug labeling, as published in openFDA',
    kind: 'guideline',
    identifier: 'https://api.fda.gov/drug/label.json (search by generic name)',
    checkedOn: '2026-11-29',
  },
  {
    id: 'fda-antipsychotic-labels',
    authors: 'US Food and Drug Administration (FDA), approved prescribing information',
    year: 2026,
    title:
      'Prescribing information for risperidone, olanzapine, aripiprazole and haloperidol: warnings on tardive dyskinesia, hyperprolactinemia, metabolic changes and neuroleptic malignant syndrome',
    publication: 'FDA-approved drug labeling, as published in openFDA',
    kind: 'guideline',
    identifier: 'https://api.fda.gov/drug/label.json (search by generic name)',
    checkedOn: '2026-11-29',
  },
  {
    id: 'de-vries-2019-victimization',
    authors:
      'de Vries B, van Busschbach JT, van der Stouwe ECD, Aleman A, van Dijk JJM, Lysaker PH, Arends J, Nijman SA, Pijnenborg GHM',
    year: 2019,
    title:
      'Prevalence rate and risk factors of victimization in adult patients with a psychotic disorder: a systematic review and meta-analysis',
    publication: 'Schizophrenia Bulletin 2019;45(1):114-126',
    kind: 'meta-analysis',
    identifier: 'doi:10.1093/schbul/sby020; PMID 29547958',
    checkedOn: '2026-11-29',
  },
  niceCg192,
];
