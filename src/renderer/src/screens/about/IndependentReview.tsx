import { useTranslation } from 'react-i18next';
import type { Signoff } from '../../../../shared/content/data-schema';
import { reviewStatus } from '../../../../shared/content/review-status';
import type { Condition } from '../../../../shared/content/schema';
import { pick, type Locale } from '../../../../shared/locale';
import { formatCalendarDate } from '../../components/formatDate';

interface IndependentReviewProps {
  signoffs: readonly Signoff[];
  contentVersion: string;
  conditions: readonly Pick<Condition, 'id' | 'name'>[];
  locale: Locale;
}

/**
 * Who has independently reviewed the content (IPDAS: reviewed by professionals not involved in development).
 * Until a condition has a reviewer's approval for the content version in use, this says so plainly.
 */
export function IndependentReview({ signoffs, contentVersion, conditions, locale }: IndependentReviewProps) {
  const { t } = useTranslation('about');
  const status = reviewStatus(signoffs, contentVersion, conditions.map((condition) => condition.id));
  const nameOf = (id: string) => {
    const condition = conditions.find((candidate) => candidate.id === id);
    return condition ? pick(condition.name, locale) : id;
  };
  const statusKey =
    status.notYetReviewed.length === conditions.length ? 'review.none' : status.notYetReviewed.length > 0 ? 'review.some' : 'review.all';
  return (
    <section aria-labelledby="about-review">
      <h2 id="about-review">{t('review.title')}</h2>
      <p>{t(statusKey, { version: contentVersion, conditions: status.notYetReviewed.map(nameOf).join(', ') })}</p>
      {signoffs.length > 0 && (
        <table className="about-signoffs">
          <caption>{t('review.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.name')}</th>
              <th scope="col">{t('review.role')}</th>
              <th scope="col">{t('review.condition')}</th>
              <th scope="col">{t('review.version')}</th>
              <th scope="col">{t('review.date')}</th>
              <th scope="col">{t('review.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {signoffs.map((signoff) => (
              <tr key={`${signoff.name}|${signoff.condition}|${signoff.contentVersion}|${signoff.date}`}>
                <td>{signoff.name}</td>
                <td>{signoff.role}</td>
                <td>{nameOf(signoff.condition)}</td>
                <td>{signoff.contentVersion}</td>
                <td>{formatCalendarDate(signoff.date, locale)}</td>
                <td>{t(`review.decisions.${signoff.decision}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
