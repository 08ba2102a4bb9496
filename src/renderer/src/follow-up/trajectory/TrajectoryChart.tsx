import { useTranslation } from 'react-i18next';
import { CartesianGrid, LabelList, Line, LineChart, ReferenceArea, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Locale } from '../../../../shared/locale';
import { LINE_COLOUR, PLAN_COLOUR, TEXT_COLOUR, tintFor } from './chartColours';
import type { MeasureSeries } from './trajectoryData';

/**
 * One measure over the visits, drawn with recharts (SVG, so it prints crisply). It repeats what the table beside it
 * says, for sighted readers: the caller hides it from screen readers (aria-hidden), the table is the accessible
 * version. Fixed width and height (no ResponsiveContainer) and no animation, so a PDF of it is the same every time.
 *
 * Colours (WCAG 2.2 AA, checked in tests/component/chart-colours.test.ts) are in chartColours.ts. Nothing is told by
 * colour alone: each band is named in text, the start is a square with the word "Start", each plan change is a dashed
 * line with its name, and every score is written.
 */

function shortDay(day: string, locale: Locale, withYear: boolean): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', ...(withYear ? { year: '2-digit' } : {}), timeZone: 'UTC' }).format(date);
}

export interface TrajectoryChartProps {
  series: MeasureSeries;
  locale: Locale;
  width: number;
  height: number;
  /** Smaller type for the one-page printed summary. */
  compact?: boolean;
}

interface DotProps {
  cx?: number | null;
  cy?: number | null;
  index?: number;
  payload?: { isStart: boolean };
}

export function TrajectoryChart({ series, locale, width, height, compact = false }: TrajectoryChartProps) {
  const { t } = useTranslation('trajectory', { lng: locale });
  const fontSize = compact ? 9 : 12;
  const years = new Set(series.points.map((point) => point.visit.day.slice(0, 4)));
  const data = series.points.map((point) => ({
    key: point.visit.key,
    day: shortDay(point.visit.day, locale, years.size > 1),
    total: point.total,
    isStart: point.isStart,
  }));
  const dayOfKey = new Map(data.map((row) => [row.key, row.day]));
  const boundaries = series.bands.map((band) => band.min);
  const ticks = [...boundaries, series.range.max];
  const bandLabelWidth = compact ? 78 : 118;

  const renderDot = ({ cx, cy, index, payload }: DotProps) => {
    const key = `dot-${index ?? 0}`;
    if (cx == null || cy == null || !payload) return <g key={key} />;
    if (payload.isStart) {
      const size = compact ? 7 : 10;
      return (
        <g key={key}>
          <rect x={cx - size / 2} y={cy - size / 2} width={size} height={size} fill={LINE_COLOUR} />
          <text x={cx} y={cy + size + fontSize} textAnchor="middle" fontSize={fontSize} fill={TEXT_COLOUR}>
            {t('chart.start')}
          </text>
        </g>
      );
    }
    return <circle key={key} cx={cx} cy={cy} r={compact ? 3 : 4.5} fill="#ffffff" stroke={LINE_COLOUR} strokeWidth={2} />;
  };

  return (
    <LineChart
      width={width}
      height={height}
      data={data}
      margin={{ top: fontSize + 10, right: bandLabelWidth, bottom: compact ? 14 : 22, left: compact ? 0 : 8 }}
      accessibilityLayer={false}
      style={{ fontFamily: 'inherit' }}
    >
      {series.bands.map((band, index) => (
        <ReferenceArea
          key={band.key}
          y1={band.min}
          y2={series.bands[index + 1]?.min ?? series.range.max}
          fill={tintFor(index, series.bands.length)}
          fillOpacity={1}
          stroke="none"
          ifOverflow="hidden"
          label={{ value: t(`band.${band.key}` as 'band.mild'), position: 'right', fontSize, fill: TEXT_COLOUR }}
        />
      ))}
      <CartesianGrid horizontal={false} vertical={false} />
      <XAxis
        dataKey="key"
        type="category"
        tickFormatter={(key: string) => dayOfKey.get(key) ?? ''}
        tick={{ fontSize, fill: TEXT_COLOUR }}
        stroke={TEXT_COLOUR}
        padding={{ left: compact ? 16 : 28, right: compact ? 24 : 44 }}
        interval="preserveStartEnd"
        label={{ value: t('chart.xAxis'), position: 'insideBottom', offset: compact ? -10 : -16, fontSize, fill: TEXT_COLOUR }}
      />
      <YAxis
        type="number"
        domain={[series.range.min, series.range.max]}
        ticks={ticks}
        allowDecimals={false}
        tick={{ fontSize, fill: TEXT_COLOUR }}
        stroke={TEXT_COLOUR}
        width={compact ? 36 : 52}
        label={{ value: t('chart.yAxis'), angle: -90, position: 'insideLeft', offset: compact ? 8 : 10, fontSize, fill: TEXT_COLOUR }}
      />
      {series.points
        .filter((point) => point.visit.planVersions.length > 0)
        .map((point) => (
          <ReferenceLine
            key={`plan-${point.visit.key}`}
            x={point.visit.key}
            stroke={PLAN_COLOUR}
            strokeWidth={compact ? 1.5 : 2}
            strokeDasharray="5 3"
            label={{
              value: t('chart.plan', { versions: point.visit.planVersions.map((version) => version.version).join(', ') }),
              position: 'top',
              fontSize,
              fill: PLAN_COLOUR,
            }}
          />
        ))}
      <Line
        type="linear"
        dataKey="total"
        stroke={LINE_COLOUR}
        strokeWidth={compact ? 2 : 3}
        connectNulls
        isAnimationActive={false}
        dot={renderDot}
        activeDot={false}
      >
        <LabelList dataKey="total" position="top" offset={compact ? 6 : 9} fontSize={compact ? 10 : 13} fontWeight={700} fill={TEXT_COLOUR} />
      </Line>
    </LineChart>
  );
}

export default TrajectoryChart;
