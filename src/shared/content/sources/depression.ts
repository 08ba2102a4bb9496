import type { Source } from '../schema';

// Every source cited anywhere in the content, and nothing else: the library schema fails on an uncited source.
// Each figure was checked against the source's own abstract or table on `checkedOn`; see docs/evidence-trace.md.

export const sources: Source[] = [
  {
    id: 'cuijpers-2020-nma',
    authors: 'Cuijpers P, Noma H, Karyotaki E, Vinkers CH, Cipriani A, Furukawa TA',
    year: 2020,
    title:
      'A network meta-analysis of the effects of psychotherapies, pharmacotherapies and their combination in the treatment of adult depression',
    publication: 'World Psychiatry 2020;19(1):92-107',
    kind: 'network-meta-analysis',
    identifier: 'doi:10.1002/wps.20701; PMID 31922679',
    checkedOn: '2026-11-26',
  },
  {
    id: 'derubeis-2005',
    authors: 'DeRubeis RJ, Hollon SD, Amsterdam JD, Shelton RC, Young PR, Salomon RM, et al.',
    year: 2005,
    title: 'Cognitive therapy vs medications in the treatment of moderate to severe depression',
    publication: 'Archives of General Psychiatry 2005;62(4):409-416',
    kind: 'rct',
    identifier: 'doi:10.1001/archpsyc.62.4.409',
    checkedOn: '2026-11-26',
  },
  {
    id: 'hollon-2005',
    authors: 'Hollon SD, DeRubeis RJ, Shelton RC, Amsterdam JD, Salomon RM, O’Reardon JP, et al.',
    year: 2005,
    title: 'Prevention of relapse following cognitive therapy vs medications in moderate to severe depression',
    publication: 'Archives of General Psychiatry 2005;62(4):417-422',
    kind: 'rct',
    identifier: 'doi:10.1001/archpsyc.62.4.417',
    checkedOn: '2026-11-26',
  },
  {
    id: 'cuijpers-2013-cbt-relapse',
    authors: 'Cuijpers P, Hollon SD, van Straten A, Bockting C, Berking M, Andersson G',
    year: 2013,
    title:
      'Does cognitive behaviour therapy have an enduring effect that is superior to keeping patients on continuation pharmacotherapy? A meta-analysis',
    publication: 'BMJ Open 2013;3(4):e002542',
    kind: 'meta-analysis',
    identifier: 'doi:10.1136/bmjopen-2012-002542; PMID 23624992',
    checkedOn: '2026-11-26',
  },
  {
    id: 'breedvelt-2020-relapse',
    authors: 'Breedvelt JJF, Brouwer ME, Harrer M, Semkovska M, Ebert DD, Cuijpers P, Bockting CLH',
    year: 2020,
    title:
      'Psychological interventions as an alternative and add-on to antidepressant medication to prevent depressive relapse: systematic review and meta-analysis',
    publication: 'British Journal of Psychiatry (published online 18 November 2020)',
    kind: 'meta-analysis',
    identifier: 'doi:10.1192/bjp.2020.198',
    checkedOn: '2026-11-26',
  },
  {
    id: 'nice-ng222',
    authors: 'National Institute for Health and Care Excellence (NICE)',
    year: 2022,
    title: 'Depression in adults: treatment and management (NICE guideline NG222)',
    publication: 'NICE, London, published 29 June 2022',
    kind: 'guideline',
    identifier: 'https://www.nice.org.uk/guidance/ng222',
    checkedOn: '2026-11-29',
  },
];
