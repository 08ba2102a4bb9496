import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { MeasureFigures } from '../../../../shared/domain/outcomes';
import { spreadText } from './cells';

/** Distinct in colour and in dash, so the lines stay apart in grey print and for people who see colour differently. */
const LINE_STYLES: Record<string, { stroke: string; dash: string }> = {
  therapy: { stroke: '#1b5e9e', dash: '' },
  medication: { stroke: '#a33b00', dash: '6 3' },
  combined: { stroke: '#2e6b2e', dash: '2 3' },
  waiting: { stroke: '#5a3d8a', dash: '10 4 2 4' },
  none: { stroke: '#555555', dash: '1 4' },
};

/**
 * One measure's median score over time, a line per option agreed, with the same figures in a table beside it
 * (the table is what a screen reader and a keyboard use; the chart is a picture of it). Only shown points are drawn:
 * a hidden point is a gap in its line.
 */
export function TrajectoryChart({ figures, format }: { figures: MeasureFigures; format: (value: number) => string }) {
  const { t } = useTranslation('dashboard');
  const measure = t(`measures.${figures.measure}`);
  const weeks = figures.trajectories[0]?.points.map((point) => point.week) ?? [];
  const data = weeks.map((week, index) => {
    const row: Record<string, number | null> = { week };
    for (const trajectory of figures.trajectories) {
      const point = trajectory.points[index]!;
      row[trajectory.option] = point.totals.shown ? point.totals.median : null;
    }
    return row;
  });
  const drawn = figures.trajectories.filter((trajectory) => trajectory.points.some((point) => point.totals.shown));
  return (
    <figure className="dashboard-chart">
      <figcaption>
        <h4>{t('outcomes.chartTitle')}</h4>
      </figcaption>
      <div className="dashboard-chart-pair">
        <div role="img" aria-label={t('outcomes.chartLabel', { measure })} className="dashboard-chart-picture">
          <LineChart width={520} height={280} data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
            <CartesianGrid stroke="#d9d9d9" />
            <XAxis dataKey="week" label={{ value: t('outcomes.week'), position: 'insideBottom', offset: -12 }} />
            <YAxis allowDecimals={false} />
            <Legend verticalAlign="top" />
            {drawn.map((trajectory) => (
              <Line
                key={trajectory.option}
                dataKey={trajectory.option}
                name={t(`options.${trajectory.option}`)}
                stroke={LINE_STYLES[trajectory.option]!.stroke}
                strokeDasharray={LINE_STYLES[trajectory.option]!.dash}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </div>
        <div className="dashboard-table-scroll" tabIndex={0} role="region" aria-label={`${measure}: ${t('outcomes.chartTitle')}`}>
          <table className="dashboard-table">
            <caption>{`${measure}: ${t('outcomes.chartTitle')}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outcomes.week')}</th>
                {figures.trajectories.map((trajectory) => (
                  <th scope="col" key={trajectory.option}>
                    {t(`options.${trajectory.option}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, index) => (
                <tr key={week}>
                  <th scope="row">{format(week)}</th>
                  {figures.trajectories.map((trajectory) => (
                    <td key={trajectory.option}>{spreadText(t, trajectory.points[index]!.totals, format)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
