import { useTranslation } from 'react-i18next';
import { pick } from '../../../shared/locale';
import { GlossaryScope } from '../components/GlossaryScope';
import { GlossaryText } from '../components/GlossaryText';
import type { StepProps } from './types';

/** Common beliefs beside what the research says; each pair labelled in words, not by colour. */
export function MythsStep({ session, condition }: StepProps) {
  const { t } = useTranslation('steps');
  const locale = session.language;
  const name = pick(condition.name, locale);

  if (condition.myths.length === 0) {
    return (
      <div className="step-content">
        <p className="note" role="note">
          {t('myths.comingLater', { name })}
        </p>
        <p>{t('myths.askAnyway')}</p>
      </div>
    );
  }

  return (
    <GlossaryScope>
      <div className="step-content">
        <p className="lead">{t('myths.intro')}</p>
        <ul className="myth-list">
          {condition.myths.map((myth, index) => (
            <li key={myth.id}>
              <article className="myth-card" aria-labelledby={`myth-${myth.id}`}>
                <h2 id={`myth-${myth.id}`} className="visually-hidden">
                  {t('myths.pairHeading', { number: index + 1 })}
                </h2>
                <p className="myth">
                  <strong className="tag tag-myth">{t('myths.myth')}</strong>{' '}
                  <GlossaryText text={pick(myth.myth, locale)} locale={locale} />
                </p>
                <p className="fact">
                  <strong className="tag tag-fact">{t('myths.fact')}</strong>{' '}
                  <GlossaryText text={pick(myth.fact, locale)} locale={locale} />
                </p>
              </article>
            </li>
          ))}
        </ul>
      </div>
    </GlossaryScope>
  );
}
