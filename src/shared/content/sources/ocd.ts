import type { Source } from '../schema';
import { antidepressantSafetySources } from './antidepressant-safety';

// Sources cited by the OCD content, and nothing else (the library schema fails on an uncited source).
// Each figure was checked against the source's own abstract or text on `checkedOn`; see docs/evidence-trace-ocd.md.
// `cuijpers-2014-adding-psychotherapy` is also cited by anxiety; mergeSources requires the two entries to match.

export const sources: Source[] = [
  {
    id: 'foa-2005-ocd',
    authors: 'Foa EB, Liebowitz MR, Kozak MJ, Davies S, Campeas R, Franklin ME, Huppert JD, Kjernisted K, Rowan V, Schmidt AB, Simpson HB, Tu X',
    year: 2005,
    title:
      'Randomized, placebo-controlled trial of exposure and ritual prevention, clomipramine, and their combination in the treatment of obsessive-compulsive disorder',
    publication: 'American Journal of Psychiatry 2005;162(1):151-161',
    kind: 'rct',
    identifier: 'doi:10.1176/appi.ajp.162.1.151',
    checkedOn: '2026-11-26',
  },
  {
    id: 'simpson-2008-ocd',
    authors: 'Simpson HB, Foa EB, Liebowitz MR, Ledley DR, Huppert JD, Cahill S, Vermes D, Schmidt AB, Hembree E, Franklin M, Campeas R, Hahn CG, Petkova E',
    year: 2008,
    title: 'A randomized, controlled trial of cognitive-behavioral therapy for augmenting pharmacotherapy in obsessive-compulsive disorder',
    publication: 'American Journal of Psychiatry 2008;165(5):621-630',
    kind: 'rct',
    identifier: 'doi:10.1176/appi.ajp.2007.07091440; PMID 18316422',
    checkedOn: '2026-11-26',
  },
  {
    id: 'skapinakis-2016-ocd',
    authors: 'Skapinakis P, Caldwell DM, Hollingworth W, Bryden P, Fineberg NA, Salkovskis P, Welton NJ, Baxter H, Kessler D, Churchill R, Lewis G',
    year: 2016,
    title:
      'Pharmacological and psychotherapeutic interventions for management of obsessive-compulsive disorder in adults: a systematic review and network meta-analysis',
    publication: 'Lancet Psychiatry 2016;3(8):730-739',
    kind: 'network-meta-analysis',
    identifier: 'doi:10.1016/S2215-0366(16)30069-4; PMID 27318812',
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
    id: 'nice-cg31',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2005,
    title: 'Obsessive-compulsive disorder and body dysmorphic disorder: treatment (NICE clinical guideline CG31)',
    publication: 'NICE, London, published 29 November 2005',
    kind: 'guideline',
    identifier: 'https://www.nice.org.uk/guidance/cg31',
    checkedOn: '2026-11-26',
  },
  ...antidepressantSafetySources,
];
