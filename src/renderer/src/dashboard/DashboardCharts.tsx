import { Area, Bar, BarChart, CartesianGrid, ComposedChart, LabelList, Legend, Line, XAxis, YAxis } from 'recharts';

/**
 * The dashboard's charts (recharts, SVG, so they print crisply). Each repeats the table beside it for sighted
 * readers; the caller hides it from screen readers (the table is the accessible version). Fixed sizes and no
 * animation, so the PDF is the same every time. Figures that are not shown (small groups) are simply absent.
 * Nothing is told by colour alone: every bar carries its value and every series has a legend entry with its own
 * dash pattern.
 */

/** Dark, distinct colours (contrast above 4.5:1 on white). */
export const SERIES_COLOURS = ['#1d4f7c', '#8a3b00', '#2e6b30', '#5b2a86', '#7a1f3d'];
const DASHES = ['', '6 3', '2 3', '10 4 2 4', '1 2'];
const TEXT = '#1a1a1a';

export interface ChartSize {
  width: number;
  height: number;
  compact?: boolean;
}

export interface PercentBarsProps extends ChartSize {
  /** One group of bars per row (a segment); values in series order, null = not shown. */
  rows: { label: string; values: (number | null)[] }[];
  series: string[];
}

/**
 * Grouped bars of percentages (0–100), one group per segment, drawn across (segments down the side) so that long
 * names (conditions, clinicians) stay readable. The height grows with the number of bars; `height` is the least.
 */
export function PercentBars({ rows, series, width, height, compact = false }: PercentBarsProps) {
  const fontSize = compact ? 9 : 12;
  const bar = compact ? 7 : 10;
  const data = rows.map((row) => Object.fromEntries([['label', row.label], ...row.values.map((value, index) => [`s${index}`, value])]) as Record<string, string | number | null>);
  const legendHeight = (compact ? 14 : 20) * Math.ceil(series.length / 2);
  const fullHeight = Math.max(height, rows.length * (series.length * bar + (compact ? 8 : 12)) + 40 + legendHeight);
  return (
    <BarChart
      layout="vertical"
      width={width}
      height={fullHeight}
      data={data}
      margin={{ top: 4, right: compact ? 28 : 36, bottom: 4, left: 0 }}
      barCategoryGap={compact ? 4 : 6}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="#d0d0d0" />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tick={{ fontSize, fill: TEXT }} stroke={TEXT} />
      <YAxis type="category" dataKey="label" width={compact ? 110 : 150} tick={{ fontSize, fill: TEXT }} stroke={TEXT} interval={0} />
      <Legend wrapperStyle={{ fontSize, color: TEXT }} />
      {series.map((name, index) => (
        <Bar key={name} dataKey={`s${index}`} name={name} barSize={bar} fill={SERIES_COLOURS[index % SERIES_COLOURS.length]} isAnimationActive={false}>
          <LabelList dataKey={`s${index}`} position="right" fontSize={fontSize} fill={TEXT} formatter={(value: unknown) => (typeof value === 'number' ? `${value}%` : '')} />
        </Bar>
      ))}
    </BarChart>
  );
}

export interface TrajectoryLinesProps extends ChartSize {
  /** Weeks on the x axis. */
  weeks: number[];
  weekLabel: (week: number) => string;
  /** One line per option: the median at each week (null = not shown) and the middle half around it. */
  series: { name: string; points: ({ median: number; q1: number; q3: number } | null)[] }[];
  maxScore: number;
}

/** Median scores over time with the middle half (quartiles) shaded, one series per option. */
export function TrajectoryLines({ weeks, weekLabel, series, maxScore, width, height, compact = false }: TrajectoryLinesProps) {
  const fontSize = compact ? 9 : 12;
  const data = weeks.map((week, weekIndex) => {
    const row: Record<string, unknown> = { week: weekLabel(week) };
    series.forEach((line, index) => {
      const point = line.points[weekIndex] ?? null;
      row[`m${index}`] = point ? point.median : null;
      row[`r${index}`] = point ? [point.q1, point.q3] : null;
    });
    return row;
  });
  return (
    <ComposedChart width={width} height={height} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke="#d0d0d0" />
      <XAxis dataKey="week" tick={{ fontSize, fill: TEXT }} stroke={TEXT} interval="preserveStartEnd" />
      <YAxis domain={[0, maxScore]} allowDecimals={false} tick={{ fontSize, fill: TEXT }} stroke={TEXT} width={compact ? 28 : 36} />
      <Legend wrapperStyle={{ fontSize, color: TEXT }} />
      {series.map((line, index) => (
        <Area
          key={`range-${line.name}`}
          dataKey={`r${index}`}
          stroke="none"
          fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
          fillOpacity={0.12}
          isAnimationActive={false}
          legendType="none"
          connectNulls
        />
      ))}
      {series.map((line, index) => (
        <Line
          key={`median-${line.name}`}
          dataKey={`m${index}`}
          name={line.name}
          stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
          strokeDasharray={DASHES[index % DASHES.length]}
          strokeWidth={compact ? 1.5 : 2.5}
          dot={{ r: compact ? 2 : 3 }}
          isAnimationActive={false}
          connectNulls
        />
      ))}
    </ComposedChart>
  );
}
