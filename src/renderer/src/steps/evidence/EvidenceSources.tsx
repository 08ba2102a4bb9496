import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../shared/content/schema';
import type { Locale } from '../../../../shared/locale';
import { SourceCitation } from '../../components/SourceCitation';

/** The studies behind one result on the Evidence step, whether it is shown in figures or in words. */
export function EvidenceSources({ sources, locale }: { sources: Source[]; locale: Locale }) {
  const { t } = useTranslation('evidence', { lng: locale });
  return (
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
  );
}
