import { useTranslation } from 'react-i18next';
import { about, signoffs } from 'virtual:duet-content/about';
import { sources } from 'virtual:duet-content/sources';
import { glossary } from '../../../shared/content/glossary';
import { glossaryInOrder } from '../../../shared/content/glossary-match';
import { pick } from '../../../shared/locale';
import { PageShell } from '../components/PageShell';
import { formatCalendarDate } from '../components/formatDate';
import { SourceReference } from '../components/SourceCitation';
import { conditionSummaries } from '../content/catalog';
import { navigate } from '../routing/routes';
import { useUiLocale } from '../i18n';
import { IndependentReview } from './about/IndependentReview';
import '../styles/about.css';
import '../styles/glossary.css';

type AboutTextKey = 'reviewPolicy' | 'authorship' | 'funding' | 'conflicts' | 'howEvidenceWasChosen' | 'limitations';
const ABOUT_TEXTS: AboutTextKey[] = ['reviewPolicy', 'authorship', 'funding', 'conflicts', 'howEvidenceWasChosen', 'limitations'];

/** Back to wherever the person came from; straight to Home if About was the first screen opened. */
function goBack(): void {
  if (window.history.length > 1) window.history.back();
  else navigate({ name: 'home' });
}

/** Who made this aid, when, with whose money, how it is kept current, and every source it uses (IPDAS). */
export function AboutScreen() {
  const { t } = useTranslation('about');
  const { t: tg } = useTranslation('glossary');
  const locale = useUiLocale();
  const references = [...sources].sort(
    (a, b) => a.authors.localeCompare(b.authors, locale) || a.year - b.year,
  );
  return (
    <PageShell
      className="about-screen"
      title={t('title')}
      back={
        <button type="button" className="button button-secondary" onClick={goBack}>
          <span aria-hidden="true">← </span>
          {t('back')}
        </button>
      }
    >
      <p className="lead">{t('intro')}</p>

      <section aria-labelledby="about-version">
        <h2 id="about-version">{t('version.title')}</h2>
        <dl className="about-facts">
          <div>
            <dt>{t('version.content')}</dt>
            <dd>{about.contentVersion}</dd>
          </div>
          <div>
            <dt>{t('version.published')}</dt>
            <dd>{formatCalendarDate(about.publishedOn, locale)}</dd>
          </div>
          <div>
            <dt>{t('version.nextReview')}</dt>
            <dd>{formatCalendarDate(about.nextReviewBy, locale)}</dd>
          </div>
        </dl>
      </section>

      <IndependentReview signoffs={signoffs} contentVersion={about.contentVersion} conditions={conditionSummaries} locale={locale} />

      {ABOUT_TEXTS.map((key) => (
        <section key={key} aria-labelledby={`about-${key}`}>
          <h2 id={`about-${key}`}>{t(key)}</h2>
          <p>{pick(about[key], locale)}</p>
        </section>
      ))}

      <section aria-labelledby="about-glossary">
        <h2 id="about-glossary">{tg('title')}</h2>
        <p>{tg('intro')}</p>
        <dl className="glossary-list">
          {glossaryInOrder(glossary, locale).map((term) => (
            <div key={term.id} id={`glossary-${term.id}`} data-term={term.id}>
              <dt>{term.term[locale]}</dt>
              <dd>{term.definition[locale]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="about-references">
        <h2 id="about-references">{t('references.title')}</h2>
        <p>{t('references.intro')}</p>
        <ol className="about-references">
          {references.map((source) => (
            <li key={source.id} data-source={source.id}>
              <SourceReference source={source} locale={locale} />
            </li>
          ))}
        </ol>
      </section>
    </PageShell>
  );
}
