import type { Source } from '../schema';
import { fdaAntidepressantLabels, fdaAntidepressantSuicidality, niceNg222 } from './antidepressant-safety';

// Sources cited by the eating-disorders content. Figures were checked on `checkedOn`;
// see docs/evidence-trace-eating-disorders.md.

export const sources: Source[] = [
  {
    id: 'bacaltchuk-2001-bulimia',
    authors: 'Hay PPJ, Claudino AM, Kaio MH',
    year: 2001,
    title: 'Antidepressants versus psychological treatments and their combination for bulimia nervosa',
    publication: 'Cochrane Database of Systematic Reviews 2001, Issue 4, Art. No. CD003385',
    kind: 'systematic-review',
    identifier: 'doi:10.1002/14651858.CD003385; PMID 11687197; PMC6999807',
    checkedOn: '2026-11-29',
  },
  {
    id: 'bacaltchuk-1999-bulimia',
    authors: 'Bacaltchuk J, Trefiglio RP, de Oliveira IR, Lima MS, Mari JJ',
    year: 1999,
    title: 'Antidepressants versus psychotherapy for bulimia nervosa: a systematic review',
    publication: 'Journal of Clinical Pharmacy and Therapeutics 1999;24(1):23-31',
    kind: 'meta-analysis',
    identifier: 'doi:10.1046/j.1365-2710.1999.00192.x; PMID 10319904',
    checkedOn: '2026-11-26',
  },
  {
    id: 'nice-ng69',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2017,
    title: 'Eating disorders: recognition and treatment (NICE guideline NG69)',
    publication: 'NICE, London, published 23 May 2017, last updated December 2020',
    kind: 'guideline',
    identifier: 'https://www.nice.org.uk/guidance/ng69',
    checkedOn: '2026-11-26',
  },
  {
    id: 'fairburn-2009-cbt-e',
    authors: 'Fairburn CG, Cooper Z, Doll HA, O’Connor ME, Bohn K, Hawker DM, Wales JA, Palmer RL',
    year: 2009,
    title: 'Transdiagnostic cognitive-behavioral therapy for patients with eating disorders: a two-site trial with 60-week follow-up',
    publication: 'American Journal of Psychiatry 2009;166(3):311-319',
    kind: 'rct',
    identifier: 'doi:10.1176/appi.ajp.2008.08040608',
    checkedOn: '2026-11-26',
  },
  {
    id: 'lock-2010-fbt',
    authors: 'Lock J, Le Grange D, Agras WS, Moye A, Bryson SW, Jo B',
    year: 2010,
    title:
      'Randomized clinical trial comparing family-based treatment with adolescent-focused individual therapy for adolescents with anorexia nervosa',
    publication: 'Archives of General Psychiatry 2010;67(10):1025-1032',
    kind: 'rct',
    identifier: 'doi:10.1001/archgenpsychiatry.2010.128; PMID 20921118',
    checkedOn: '2026-11-26',
  },
  {
    id: 'mcelroy-2015-lisdexamfetamine',
    authors:
      'McElroy SL, Hudson JI, Mitchell JE, Wilfley D, Ferreira-Cornwell MC, Gao J, Wang J, Whitaker T, Jonas J, Gasior M',
    year: 2015,
    title:
      'Efficacy and safety of lisdexamfetamine for treatment of adults with moderate to severe binge-eating disorder: a randomized clinical trial',
    publication: 'JAMA Psychiatry 2015;72(3):235-246',
    kind: 'rct',
    identifier: 'doi:10.1001/jamapsychiatry.2014.2162',
    checkedOn: '2026-11-26',
  },
  {
    id: 'mcelroy-2016-lisdexamfetamine',
    authors: 'McElroy SL, Hudson J, Ferreira-Cornwell MC, Radewonuk J, Whitaker T, Gasior M',
    year: 2016,
    title:
      'Lisdexamfetamine dimesylate for adults with moderate to severe binge eating disorder: results of two pivotal phase 3 randomized controlled trials',
    publication: 'Neuropsychopharmacology 2016;41:1251-1260',
    kind: 'rct',
    identifier: 'doi:10.1038/npp.2015.275',
    checkedOn: '2026-11-26',
  },
  {
    id: 'rcpsych-cr233-meed',
    authors: 'Royal College of Psychiatrists',
    year: 2022,
    title: 'Medical emergencies in eating disorders (MEED): guidance on recognition and management (College Report CR233)',
    publication: 'Royal College of Psychiatrists, London, May 2022',
    kind: 'guideline',
    identifier: 'https://www.rcpsych.ac.uk (College Report CR233)',
    checkedOn: '2026-11-29',
  },
  {
    id: 'fda-lisdexamfetamine-label',
    authors: 'US Food and Drug Administration (FDA), approved prescribing information',
    year: 2026,
    title:
      'Prescribing information for lisdexamfetamine dimesylate (Vyvanse): indications (moderate to severe binge-eating disorder in adults) and limitations of use (not for weight loss)',
    publication: 'FDA-approved drug labeling, as published in openFDA',
    kind: 'guideline',
    identifier: 'https://api.fda.gov/drug/label.json (search by generic name)',
    checkedOn: '2026-11-29',
  },
  {
    id: 'apa-2023-eating-disorders',
    authors: 'Crone C, Fochtmann LJ, Attia E, et al.',
    year: 2023,
    title: 'The American Psychiatric Association practice guideline for the treatment of patients with eating disorders',
    publication: 'American Journal of Psychiatry 2023;180(2):167-171',
    kind: 'guideline',
    identifier: 'doi:10.1176/appi.ajp.23180001',
    checkedOn: '2026-11-29',
  },
  // Shared with every condition that offers an antidepressant: the same entries, so mergeSources sees one of each.
  fdaAntidepressantSuicidality,
  fdaAntidepressantLabels,
  niceNg222,
];
