import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import { formatCalendarDate, formatDay } from '../../components/formatDate';
import type { MeasureSeries } from './trajectoryData';

/** The same numbers as the chart, for everyone and for screen readers: one row per visit, with the plan changes. */
export function TrajectoryTable({ series, locale }: { series: MeasureSeries; locale: Locale }) {
  const { t } = useTranslation('trajectory', { lng: locale });
  const measure = t(`measure.${series.instrument}`);
  return (
    <table className="trajectory-table">
      <caption>{t('table.caption', { measure })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.visit')}</th>
          <th scope="col">{t('table.date')}</th>
          <th scope="col">{t('table.score')}</th>
          <th scope="col">{t('table.range')}</th>
          <th scope="col">{t('table.plan')}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((point) => (
          <tr key={point.visit.key}>
            <th scope="row">
              {point.visit.number === 0 ? t('table.first') : t('table.followUp', { number: point.visit.number })}
              {point.isStart && ` ${t('table.start')}`}
            </th>
            <td>{formatCalendarDate(point.visit.day, locale)}</td>
            <td className="trajectory-table__score">{point.total ?? t('table.notTaken')}</td>
            <td>{point.band ? t(`band.${point.band}` as 'band.mild') : ''}</td>
            <td>
              {point.visit.planVersions
                .map((version) => t('table.planAgreed', { version: version.version, date: formatDay(version.agreedAt, locale) }))
                .join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
