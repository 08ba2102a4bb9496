import { useTranslation } from 'react-i18next';
import { dayOf, episodeTrajectory, totalIn } from '../../../../shared/domain/episode';
import { INSTRUMENTS, type InstrumentId } from '../../../../shared/measures';
import type { Session } from '../../../../shared/session';
import { formatCalendarDate } from '../../components/formatDate';

/** The measures with a total, in the order the trajectory lists them. */
const SUMMED: readonly InstrumentId[] = ['phq9', 'gad7', 'wsas'];

/**
 * The episode's totals at each visit, as a plain table, and the change since the start in words a patient
 * understands (response, remission, reliable change). The chart version (recharts) replaces this file; its table
 * stays the accessible form of the same numbers.
 */
export function TrajectoryPanel({ session }: { session: Session }) {
  const locale = session.language;
  const { t } = useTranslation('followUp', { lng: locale });
  const visits = [
    { key: 'start', label: t('trajectory.start'), date: session.answers.baseline.date || dayOf(session.createdAt), measures: session.answers.baseline.measures },
    ...session.followUps.map((visit, index) => ({
      key: visit.id,
      label: t('trajectory.followUp', { number: index + 1 }),
      date: visit.date,
      measures: visit.measures,
    })),
  ];
  const instruments = SUMMED.filter((instrument) => visits.some((visit) => totalIn(visit.measures, instrument) !== null));
  if (instruments.length === 0) return <p className="trajectory-none">{t('trajectory.none')}</p>;

  return (
    <div className="trajectory-panel">
      <div className="table-scroll">
        <table className="trajectory-table">
          <caption>{t('trajectory.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trajectory.visit')}</th>
              <th scope="col">{t('trajectory.date')}</th>
              {instruments.map((instrument) => (
                <th scope="col" key={instrument}>
                  {INSTRUMENTS[instrument].shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visits.map((visit) => (
              <tr key={visit.key}>
                <th scope="row">{visit.label}</th>
                <td>{formatCalendarDate(visit.date, locale)}</td>
                {instruments.map((instrument) => {
                  const total = totalIn(visit.measures, instrument);
                  return (
                    <td key={instrument}>
                      {total === null ? (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">{t('trajectory.noScore')}</span>
                        </>
                      ) : (
                        total
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="trajectory-changes">
        {instruments.map((instrument) => {
          const change = episodeTrajectory(session, instrument).change;
          if (!change) return null;
          return (
            <li key={instrument} data-verdict={change.verdict}>
              {t('trajectory.fromTo', { instrument: INSTRUMENTS[instrument].shortName, from: change.baseline, to: change.latest })}
              {change.verdict !== 'notClassified' && <> {t(`trajectory.verdicts.${change.verdict}`)}</>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
