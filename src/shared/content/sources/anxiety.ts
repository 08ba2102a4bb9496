import type { Source } from '../schema';
import { antidepressantSafetySources } from './antidepressant-safety';

// Sources cited by the anxiety content, and nothing else (the library schema fails on an uncited source).
// Each figure was checked against the source's own abstract or text on `checkedOn`; see docs/evidence-trace-anxiety.md.

export const sources: Source[] = [
  {
    id: 'furukawa-2006-panic',
    authors: 'Furukawa TA, Watanabe N, Churchill R',
    year: 2006,
    title: 'Psychotherapy plus antidepressant for panic disorder with or without agoraphobia: systematic review',
    publication: 'British Journal of Psychiatry 2006;188(4):305-312',
    kind: 'meta-analysis',
    identifier: 'doi:10.1192/bjp.188.4.305',
    checkedOn: '2026-11-26',
  },
  {
    id: 'barlow-2000-panic',
    authors: 'Barlow DH, Gorman JM, Shear MK, Woods SW',
    year: 2000,
    title: 'Cognitive-behavioral therapy, imipramine, or their combination for panic disorder: a randomized controlled trial',
    publication: 'JAMA 2000;283(19)',
    kind: 'rct',
    identifier: 'PMID 10815116',
    checkedOn: '2026-11-26',
  },
  {
    id: 'cuijpers-2014-adding-psychotherapy',
    authors: 'Cuijpers P, Sijbrandij M, Koole SL, Andersson G, Beekman AT, Reynolds CF 3rd',
    year: 2014,
    title: 'Adding psychotherapy to antidepressant medication in depression and anxiety disorders: a meta-analysis',
    publication: 'World Psychiatry 2014;13(1):56-67',
    kind: 'meta-analysis',
    identifier: 'doi:10.1002/wps.20089; PMID 24497254',
    checkedOn: '2026-11-26',
  },
  {
    id: 'nice-cg113',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2011,
    title: 'Generalised anxiety disorder and panic disorder in adults: management (NICE clinical guideline CG113)',
    publication: 'NICE, London, published 26 January 2011',
    kind: 'guideline',
    identifier: 'https://www.nice.org.uk/guidance/cg113',
    checkedOn: '2026-11-26',
  },
  {
    id: 'nice-cg159',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2013,
    title: 'Social anxiety disorder: recognition, assessment and treatment (NICE clinical guideline CG159)',
    publication: 'NICE, London, published 22 May 2013',
    kind: 'guideline',
    identifier: 'https://www.nice.org.uk/guidance/cg159',
    checkedOn: '2026-11-26',
  },
  {
    id: 'fda-benzodiazepine-boxed-warning',
    authors: 'US Food and Drug Administration (FDA), approved prescribing information',
    year: 2020,
    title:
      'Lorazepam prescribing information, boxed warning: risks from concomitant use with opioids (2016); abuse, misuse and addiction; dependence and withdrawal reactions (2020)',
    publication: 'FDA-approved drug labeling, as published in openFDA (labels last updated 2026)',
    kind: 'guideline',
    identifier: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22lorazepam%22',
    checkedOn: '2026-11-29',
  },
  {
    id: 'spiegel-1997-benzodiazepines-exposure',
    authors: 'Spiegel DA, Bruce TJ',
    year: 1997,
    title:
      'Benzodiazepines and exposure-based cognitive behavior therapies for panic disorder: conclusions from combined treatment trials',
    publication: 'American Journal of Psychiatry 1997;154(6):773-781',
    kind: 'systematic-review',
    identifier: 'doi:10.1176/ajp.154.6.773',
    checkedOn: '2026-11-29',
  },
  ...antidepressantSafetySources,
];
