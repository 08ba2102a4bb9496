import type { Source } from '../schema';

// The guideline behind the pregnancy and breastfeeding line on medicine options that are not antidepressants
// (psychosis, ADHD; clinical review M6). Conditions that cite it spread it into their own list, so mergeSources
// sees one identical entry. Where it sits: docs/evidence-trace-psychosis.md and docs/evidence-trace-adhd.md.

export const niceCg192: Source = {
  id: 'nice-cg192',
  authors: 'National Institute for Health and Care Excellence (NICE)',
  year: 2014,
  title: 'Antenatal and postnatal mental health: clinical management and service guidance (NICE clinical guideline CG192)',
  publication: 'NICE, London, published 17 December 2014, last updated 2020',
  kind: 'guideline',
  identifier: 'https://www.nice.org.uk/guidance/cg192',
  checkedOn: '2026-11-29',
};
