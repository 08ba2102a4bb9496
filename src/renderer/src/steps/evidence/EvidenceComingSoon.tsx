import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../../shared/content/schema';
import { pick, type Locale } from '../../../../shared/locale';

/** For outline conditions: say honestly that the numbers are not checked yet, and what to ask instead. */
export function EvidenceComingSoon({ condition, locale }: { condition: Condition; locale: Locale }) {
  const { t } = useTranslation('evidence', { lng: locale });
  const conditionName = pick(condition.name, locale);
  const questions = t('comingSoon.questions', { returnObjects: true }) as unknown;
  return (
    <section className="evidence-coming-soon" aria-labelledby="evidence-coming-soon-title">
      <h2 id="evidence-coming-soon-title">{t('comingSoon.title', { condition: conditionName })}</h2>
      <p>{t('comingSoon.body', { condition: conditionName })}</p>
      <p>{t('comingSoon.stillUseful')}</p>
      <h3>{t('comingSoon.askTitle')}</h3>
      <ul className="evidence-coming-soon__questions">
        {(Array.isArray(questions) ? (questions as string[]) : []).map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
    </section>
  );
}
