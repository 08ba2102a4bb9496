import { useId } from 'react';
import { getSource } from '../../content';
import type { EvidenceInWords as EvidenceInWordsContent } from '../../../../shared/content/schema';
import { pick, type Locale } from '../../../../shared/locale';
import { CertaintyBadge } from '../../components/CertaintyBadge';
import { GlossaryText } from '../../components/GlossaryText';
import { EvidenceSources } from './EvidenceSources';

/**
 * What the studies found, in words, where the trials give only score differences (BPD): never an icon array, so a
 * standardised difference is never read as "X out of 100 people" (clinical review M2).
 */
export function EvidenceInWords({ evidence, locale }: { evidence: EvidenceInWordsContent; locale: Locale }) {
  const headingId = useId();
  const sources = evidence.sourceIds.map(getSource);
  return (
    <section className="evidence-outcome evidence-in-words" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <GlossaryText text={pick(evidence.title, locale)} locale={locale} />
      </h2>
      <ul className="evidence-in-words__findings">
        {evidence.findings.map((finding) => (
          <li key={finding.en}>
            <GlossaryText text={pick(finding, locale)} locale={locale} />
          </li>
        ))}
      </ul>
      <p className="evidence-in-words__why">
        <GlossaryText text={pick(evidence.whyNoNumbers, locale)} locale={locale} />
      </p>
      <CertaintyBadge certainty={evidence.certainty} reason={pick(evidence.certaintyReason, locale)} locale={locale} />
      <EvidenceSources sources={sources} locale={locale} />
    </section>
  );
}
