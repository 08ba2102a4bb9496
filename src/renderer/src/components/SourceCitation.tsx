import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/content/schema';
import type { Locale } from '../../../shared/locale';
import { formatCalendarDate } from './formatDate';

/** Ends a citation part with exactly one full stop, whether or not the content already has one. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Short form for a screen or a printed page: "Cuijpers P, et al. (2020). World Psychiatry 19:92–107." */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <cite className="source-citation">
      {sentence(`${source.authors} (${source.year})`)} {sentence(source.publication)}
    </cite>
  );
}

/** Full reference for the About screen: authors, year, title, publication, identifier, and when we checked it. */
export function SourceReference({ source, locale }: { source: Source; locale: Locale }) {
  const { t } = useTranslation('about', { lng: locale });
  return (
    <div className="source-reference">
      <p>
        {sentence(`${source.authors} (${source.year})`)} {sentence(source.title)} <cite>{sentence(source.publication)}</cite>
        {source.identifier && <> {sentence(source.identifier)}</>}
      </p>
      <p className="source-reference__checked">
        {t('references.checkedOn', { date: formatCalendarDate(source.checkedOn, locale) })}
      </p>
    </div>
  );
}
