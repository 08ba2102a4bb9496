import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getSource } from '../../../../shared/content';
import type { EvidenceInWords as EvidenceInWordsContent } from '../../../../shared/content/schema';
import { pick, type Locale } from '../../../../shared/locale';
import { CertaintyBadge } from '../../components/CertaintyBadge';
import { GlossaryText } from '../../components/GlossaryText';
import { SourceCitation } from '../../components/SourceCitation';

/**
 * What the studies found, in words, where the trials give only score differences (BPD): never an icon array, so a
 * standardised difference is never read as "X out of 100 people" (clinical review M2).
 */
export function EvidenceInWords({ evidence, locale }: { evidence: EvidenceInWordsContent; locale: Locale }) {
  const { t } = useTranslation('evidence', { lng: locale });
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
      <div className="evidence-outcome__sources">
        <p className="evidence-outcome__sources-heading">
          <strong>{t(sources.length === 1 ? 'outcome.source' : 'outcome.sources')}</strong>
        </p>
        <ul>
          {sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
