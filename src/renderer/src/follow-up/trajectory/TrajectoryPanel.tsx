import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import type { Session } from '../../../../shared/session';
import { changeSentences } from './changeInWords';
import { SideEffectsTable } from './SideEffectsTable';
import { TrajectoryTable } from './TrajectoryTable';
import { latestSideEffects, measureSeries, type MeasureSeries } from './trajectoryData';
import './trajectory.css';

// recharts is loaded only when a chart is first shown, so it never weighs on the first screen, whichever screen
// shows this panel. The table and the words need nothing from it and show at once.
const TrajectoryChart = lazy(() => import('./TrajectoryChart'));

export const SCREEN_CHART_SIZE = { width: 560, height: 260 } as const;

interface TrajectoryPanelProps {
  session: Session;
  /** The language to show it in; the session's by default. */
  locale?: Locale;
}

/**
 * How the person is doing over the episode: for each measure with a total (PHQ-9, GAD-7, WSAS) the change in
 * plain words, a chart with its severity bands, the start and each plan version marked, and the same numbers as a
 * table (the accessible version: the chart is hidden from screen readers). FIBSER side-effect ratings are not a
 * total: the newest are shown as a small table.
 */
export function TrajectoryPanel({ session, locale = session.language }: TrajectoryPanelProps) {
  const { t } = useTranslation('trajectory', { lng: locale });
  const titleId = useId();
  const series = useMemo(() => measureSeries(session), [session]);
  const sideEffects = useMemo(() => latestSideEffects(session), [session]);
  return (
    <section className="trajectory-panel" aria-labelledby={titleId} lang={locale}>
      <h2 id={titleId}>{t('title')}</h2>
      {series.length === 0 && !sideEffects && <p>{t('noScores')}</p>}
      {series.map((one) => (
        <MeasureTrajectory key={one.instrument} series={one} locale={locale} />
      ))}
      {sideEffects && <SideEffectsTable sideEffects={sideEffects} locale={locale} />}
    </section>
  );
}

function MeasureTrajectory({ series, locale }: { series: MeasureSeries; locale: Locale }) {
  const { t } = useTranslation('trajectory', { lng: locale });
  const headingId = useId();
  return (
    <section className="trajectory-measure" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`measure.${series.instrument}`)}</h3>
      <ChangeInWords series={series} locale={locale} />
      <div className="trajectory-measure__body">
        <div className="trajectory-chart" aria-hidden="true">
          <Suspense fallback={<div style={SCREEN_CHART_SIZE} />}>
            <TrajectoryChart series={series} locale={locale} {...SCREEN_CHART_SIZE} />
          </Suspense>
        </div>
        <TrajectoryTable series={series} locale={locale} />
      </div>
    </section>
  );
}

/** The change in sentences, what "lower" means on this scale, and where the rules come from. */
export function ChangeInWords({ series, locale, withRules = true }: { series: MeasureSeries; locale: Locale; withRules?: boolean }) {
  const { t } = useTranslation('trajectory', { lng: locale });
  return (
    <div className="trajectory-words">
      {changeSentences(series.trajectory, t).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <p>{t('lowerIsBetter', { max: series.range.max })}</p>
      {withRules && <p className="trajectory-source">{t(`change.rules.${series.instrument}`)}</p>}
    </div>
  );
}

export default TrajectoryPanel;
