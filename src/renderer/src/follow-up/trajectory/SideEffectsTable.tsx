import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import { formatCalendarDate } from '../../components/formatDate';
import type { SideEffectRatings } from './trajectoryData';

/** The newest FIBSER ratings, one by one (never a total), and the published reading of the burden rating. */
export function SideEffectsTable({ sideEffects, locale }: { sideEffects: SideEffectRatings; locale: Locale }) {
  const { t } = useTranslation('trajectory', { lng: locale });
  return (
    <div className="trajectory-side-effects">
      <table className="trajectory-table">
        <caption>{t('sideEffects.caption', { date: formatCalendarDate(sideEffects.visit.day, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sideEffects.question')}</th>
            <th scope="col">{t('sideEffects.rating')}</th>
          </tr>
        </thead>
        <tbody>
          {sideEffects.ratings.map(({ itemId, rating }) => (
            <tr key={itemId}>
              <th scope="row">{t(`sideEffects.items.${itemId.replace(/^fibser\./, '')}` as 'sideEffects.items.burden')}</th>
              <td className="trajectory-table__score">{rating}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t(`sideEffects.burden.${sideEffects.band}` as 'sideEffects.burden.noneToMild')}</p>
      <p className="trajectory-source">{t('sideEffects.source')}</p>
    </div>
  );
}
