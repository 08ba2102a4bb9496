import type { Source } from '../schema';
import { niceCg192 } from './pregnancy';

// Sources cited by the ADHD content, and nothing else: the library schema fails on an uncited source.
// Each figure was checked against the source's abstract on `checkedOn`; see docs/evidence-trace-adhd.md.

export const sources: Source[] = [
  {
    id: 'mta-1999',
    authors: 'The MTA Cooperative Group',
    year: 1999,
    title: 'A 14-month randomized clinical trial of treatment strategies for attention-deficit/hyperactivity disorder',
    publication: 'Archives of General Psychiatry 1999;56(12):1073-1086',
    kind: 'rct',
    identifier: 'doi:10.1001/archpsyc.56.12.1073',
    checkedOn: '2026-11-26',
  },
  {
    id: 'swanson-2001-mta-success',
    authors: 'Swanson JM, Kraemer HC, Hinshaw SP, Arnold LE, Conners CK, Abikoff HB, et al.',
    year: 2001,
    title:
      'Clinical relevance of the primary findings of the MTA: success rates based on severity of ADHD and ODD symptoms at the end of treatment',
    publication: 'Journal of the American Academy of Child and Adolescent Psychiatry 2001;40(2):168-179',
    kind: 'rct',
    identifier: 'doi:10.1097/00004583-200102000-00011',
    checkedOn: '2026-11-26',
  },
  {
    id: 'molina-2009-mta-8-years',
    authors: 'Molina BSG, Hinshaw SP, Swanson JM, Arnold LE, Vitiello B, Jensen PS, et al.; the MTA Cooperative Group',
    year: 2009,
    title: 'The MTA at 8 years: prospective follow-up of children treated for combined-type ADHD in a multisite study',
    publication: 'Journal of the American Academy of Child and Adolescent Psychiatry 2009;48(5):484-500',
    kind: 'cohort',
    identifier: 'doi:10.1097/CHI.0b013e31819c23d0; PMID 19318991',
    checkedOn: '2026-11-26',
  },
  {
    id: 'safren-2010-cbt-adults',
    authors: 'Safren SA, Sprich S, Mimiaga MJ, Surman C, Knouse L, Groves M, Otto MW',
    year: 2010,
    title:
      'Cognitive behavioral therapy vs relaxation with educational support for medication-treated adults with ADHD and persistent symptoms: a randomized controlled trial',
    publication: 'JAMA 2010;304(8):875-880',
    kind: 'rct',
    identifier: 'doi:10.1001/jama.2010.1192; PMID 20736471',
    checkedOn: '2026-11-26',
  },
  {
    id: 'humphreys-2013-stimulants-substance-use',
    authors: 'Humphreys KL, Eng T, Lee SS',
    year: 2013,
    title: 'Stimulant medication and substance use outcomes: a meta-analysis',
    publication: 'JAMA Psychiatry 2013;70(7):740-749',
    kind: 'meta-analysis',
    identifier: 'doi:10.1001/jamapsychiatry.2013.1273; PMID 23754458',
    checkedOn: '2026-11-26',
  },
  {
    id: 'nice-ng87',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2018,
    title: 'Attention deficit hyperactivity disorder: diagnosis and management (NICE guideline NG87)',
    publication: 'NICE, London, published 14 March 2018, last updated 13 September 2019',
    kind: 'guideline',
    identifier: 'https://www.nice.org.uk/guidance/ng87',
    checkedOn: '2026-11-26',
  },
  {
    id: 'aap-2019-adhd',
    authors: 'Wolraich ML, Hagan JF Jr, Allan C, et al.; Subcommittee on Children and Adolescents with ADHD',
    year: 2019,
    title:
      'Clinical practice guideline for the diagnosis, evaluation, and treatment of attention-deficit/hyperactivity disorder in children and adolescents',
    publication: 'Pediatrics 2019;144(4):e20192528 (American Academy of Pediatrics)',
    kind: 'guideline',
    identifier: 'doi:10.1542/peds.2019-2528',
    checkedOn: '2026-11-29',
  },
  {
    id: 'fda-adhd-non-stimulant-labels',
    authors: 'US Food and Drug Administration (FDA), approved prescribing information',
    year: 2026,
    title:
      'Prescribing information for atomoxetine and viloxazine (boxed warning: suicidal thoughts and behaviours in children and adolescents) and for guanfacine and clonidine extended-release (do not stop abruptly: rebound rise in blood pressure)',
    publication: 'FDA-approved drug labeling, as published in openFDA',
    kind: 'guideline',
    identifier: 'https://api.fda.gov/drug/label.json (search by generic name)',
    checkedOn: '2026-11-29',
  },
  {
    id: 'holmskov-2017-methylphenidate-gi',
    authors: 'Holmskov M, Storebø OJ, Moreira-Maia CR, et al.',
    year: 2017,
    title:
      'Gastrointestinal adverse events during methylphenidate treatment of children and adolescents with attention deficit hyperactivity disorder: a systematic review with meta-analysis and Trial Sequential Analysis of randomised clinical trials',
    publication: 'PLoS One 2017;12(6):e0178187',
    kind: 'meta-analysis',
    identifier: 'doi:10.1371/journal.pone.0178187; PMID 28617801',
    checkedOn: '2026-11-29',
  },
  {
    id: 'swanson-2017-mta-adult-height',
    authors: 'Swanson JM, Arnold LE, Molina BSG, Sibley MH, Hechtman LT, Hinshaw SP, et al.; MTA Cooperative Group',
    year: 2017,
    title:
      'Young adult outcomes in the follow-up of the multimodal treatment study of attention-deficit/hyperactivity disorder: symptom persistence, source discrepancy, and height suppression',
    publication: 'Journal of Child Psychology and Psychiatry 2017;58(6):663-678',
    kind: 'cohort',
    identifier: 'doi:10.1111/jcpp.12684',
    checkedOn: '2026-11-29',
  },
  niceCg192,
];
