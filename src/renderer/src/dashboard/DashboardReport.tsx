import { useId, type ReactNode } from 'react';
import { CONDITION_IDS, OPTION_KINDS } from '../../../shared/content/schema';
import { DECISION_ROLES } from '../../../shared/session';
import { AGREED_OPTION_SEGMENTS, TRAJECTORY_BINS, type Dashboard, type MeasureFigures, type OutcomeMeasure, type SegmentFigures } from '../../../shared/domain/outcomes';
import type { Locale } from '../../../shared/locale';
import { PercentBars, TrajectoryLines } from './DashboardCharts';
import { percentOf, useDashboardLabels, type DashboardLabels } from './labels';

const MAX_SCORE: Record<OutcomeMeasure, number> = { phq9: 27, gad7: 21, wsas: 40 };

/**
 * The practice's figures as sections of tables, each table with a chart beside it where a chart helps. The same
 * component on screen and in the print (`compact`: smaller charts). Every number comes from the Dashboard, which has
 * been through small-cell suppression; nothing here counts anything.
 */
export function DashboardReport({ dashboard, locale, compact = false, headingLevel = 2 }: { dashboard: Dashboard; locale: Locale; compact?: boolean; headingLevel?: 2 | 3 }) {
  const labels = useDashboardLabels(locale);
  const { t } = labels;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const rows = dashboard.rows;
  const chart = compact ? { width: 440, height: 150, compact: true } : { width: 560, height: 220 };
  const segmentLabels = rows.map((row) => labels.segmentName(row.segment));
  const conditions = dashboard.query.filters.conditions.length > 0 ? dashboard.query.filters.conditions : CONDITION_IDS;

  return (
    <div className={compact ? 'dashboard-report dashboard-report--compact' : 'dashboard-report'}>
      <p className="dashboard-note">{t('chartNote')}</p>
      <section aria-labelledby="dashboard-decisions">
        <H id="dashboard-decisions">{t('decisions.heading')}</H>
        <Figure
          chart={
            <PercentBars
              {...chart}
              series={[t('decisions.agreed'), t('decisions.matchedLeaning')]}
              rows={rows.map((row, index) => ({ label: segmentLabels[index]!, values: [percentOf(row.decisions.agreed), percentOf(row.decisions.matchedLeaning)] }))}
            />
          }
        >
          <SegmentTable
            caption={t('decisions.startedTable')}
            labels={labels}
            rows={rows}
            columns={[
              { header: t('decisions.started'), cell: (row) => labels.count(row.decisions.started) },
              { header: t('decisions.agreed'), cell: (row) => labels.rate(row.decisions.agreed) },
              { header: t('decisions.matchedLeaning'), cell: (row) => labels.rate(row.decisions.matchedLeaning) },
              { header: t('decisions.noLeaning'), cell: (row) => labels.count(row.decisions.noLeaning) },
            ]}
          />
        </Figure>
        <Figure
          chart={
            <PercentBars
              {...chart}
              series={OPTION_KINDS.map((option) => labels.optionName(option))}
              rows={rows.map((row, index) => ({ label: segmentLabels[index]!, values: row.decisions.byOption.map((cell) => percentOf(cell.agreed)) }))}
            />
          }
        >
          <SegmentTable
            caption={t('decisions.byOptionTable')}
            labels={labels}
            rows={rows}
            columns={OPTION_KINDS.map((option, index) => ({
              header: labels.optionName(option),
              cell: (row: SegmentFigures) => labels.rate(row.decisions.byOption[index]!.agreed),
            }))}
          />
        </Figure>
        <SegmentTable
          caption={t('decisions.byConditionTable')}
          labels={labels}
          rows={rows}
          columns={conditions.map((condition) => ({
            header: labels.conditionName(condition),
            cell: (row: SegmentFigures) => {
              const cell = row.decisions.byCondition.find((entry) => entry.condition === condition)!;
              return (
                <>
                  <Cell value={labels.count(cell.started)} labels={labels} />
                  <br />
                  <span className="dashboard-cell-note">
                    {t('decisions.agreed')}: <Cell value={labels.rate(cell.agreed)} labels={labels} />
                  </span>
                </>
              );
            },
          }))}
        />
        <SegmentTable
          caption={t('decisions.rolesTable')}
          labels={labels}
          rows={rows}
          columns={DECISION_ROLES.map((role, index) => ({
            header: t(`roles.${role}`),
            cell: (row: SegmentFigures) => labels.rate(row.decisions.roles[index]!.episodes),
          }))}
        />
      </section>

      <section aria-labelledby="dashboard-quality">
        <H id="dashboard-quality">{t('quality.heading')}</H>
        <Figure
          chart={
            <PercentBars
              {...chart}
              series={[t('quality.sureBeforeOptions'), t('quality.sureBeforeAgreement'), t('quality.collaborateTopBox'), t('quality.teachBack')]}
              rows={rows.map((row, index) => ({
                label: segmentLabels[index]!,
                values: [row.quality.sureBeforeOptions, row.quality.sureBeforeAgreement, row.quality.collaborateTopBox, row.quality.teachBack].map(percentOf),
              }))}
            />
          }
        >
          <SegmentTable
            caption={t('quality.table')}
            labels={labels}
            rows={rows}
            columns={[
              { header: t('quality.sureBeforeOptions'), cell: (row) => labels.rate(row.quality.sureBeforeOptions) },
              { header: t('quality.sureBeforeAgreement'), cell: (row) => labels.rate(row.quality.sureBeforeAgreement) },
              { header: t('quality.collaborateTopBox'), cell: (row) => labels.rate(row.quality.collaborateTopBox) },
              { header: t('quality.teachBack'), cell: (row) => labels.rate(row.quality.teachBack) },
            ]}
          />
        </Figure>
      </section>

      <section aria-labelledby="dashboard-outcomes">
        <H id="dashboard-outcomes">{t('outcomes.heading')}</H>
        <p className="dashboard-note">{t('outcomes.intro')}</p>
        {rows[0]!.outcomes.map((measure, measureIndex) => (
          <MeasureSection key={measure.measure} measureIndex={measureIndex} measure={measure} rows={rows} labels={labels} chart={chart} Sub={Sub} segmentLabels={segmentLabels} />
        ))}
      </section>

      <section aria-labelledby="dashboard-adherence">
        <H id="dashboard-adherence">{t('adherence.heading')}</H>
        <Figure
          chart={
            <PercentBars
              {...chart}
              series={[t('adherence.noneMissed'), t('adherence.allAttended')]}
              rows={rows.map((row, index) => ({ label: segmentLabels[index]!, values: [percentOf(row.adherence.noneMissed), percentOf(row.adherence.allAttended)] }))}
            />
          }
        >
          <SegmentTable
            caption={t('adherence.table')}
            labels={labels}
            rows={rows}
            columns={[
              { header: t('adherence.dosesReported'), cell: (row) => labels.count(row.adherence.dosesReported) },
              { header: t('adherence.noneMissed'), cell: (row) => labels.rate(row.adherence.noneMissed) },
              { header: t('adherence.dosesMissed'), cell: (row) => labels.spread(row.adherence.dosesMissed) },
              { header: t('adherence.sessionsReported'), cell: (row) => labels.count(row.adherence.sessionsReported) },
              { header: t('adherence.allAttended'), cell: (row) => labels.rate(row.adherence.allAttended) },
              { header: t('adherence.percentAttended'), cell: (row) => labels.spread(row.adherence.percentAttended) },
            ]}
          />
        </Figure>
        <p className="dashboard-note">{t('adherence.functioning')}</p>
      </section>
    </div>
  );
}

function MeasureSection({
  measure,
  measureIndex,
  rows,
  labels,
  chart,
  Sub,
  segmentLabels,
}: {
  measure: MeasureFigures;
  measureIndex: number;
  rows: SegmentFigures[];
  labels: DashboardLabels;
  chart: { width: number; height: number; compact?: boolean };
  Sub: 'h3' | 'h4';
  segmentLabels: string[];
}) {
  const { t } = labels;
  const measureName = t(`measures.${measure.measure}`);
  const headingId = useId();
  const weeks = TRAJECTORY_BINS.map((bin) => bin.week);
  const weekLabel = (week: number) => (week === 0 ? t('outcomes.start') : t('outcomes.weekValue', { week }));
  return (
    <section aria-labelledby={headingId} className="dashboard-measure">
      <Sub id={headingId}>{measureName}</Sub>
      <p>{t('outcomes.baseline', { measure: measureName, withBaseline: labels.count(measure.withBaseline), noBaseline: labels.count(measure.noBaseline) })}</p>
      {measure.windows.map((window, windowIndex) => {
        const cellsOf = (row: SegmentFigures) => row.outcomes[measureIndex]!.windows[windowIndex]!;
        const caption = t('outcomes.windowTable', { measure: measureName, window: t(`windows.${window.window}`) });
        const hasRule = window.response !== null || window.remission !== null;
        const table = (
          <SegmentTable
            caption={caption}
            labels={labels}
            rows={rows}
            columns={[
              {
                header: t('outcomes.response'),
                cell: (row) => {
                  const cells = cellsOf(row);
                  return cells.response ? labels.windowRate(cells.response, cells.window) : t('outcomes.noRule');
                },
              },
              {
                header: t('outcomes.remission'),
                cell: (row) => {
                  const cells = cellsOf(row);
                  return cells.remission ? labels.windowRate(cells.remission, cells.window) : t('outcomes.noRule');
                },
              },
              { header: t('outcomes.change'), cell: (row) => labels.spread(cellsOf(row).change) },
              { header: t('outcomes.noFollowUp'), cell: (row) => labels.count(cellsOf(row).noFollowUp) },
              { header: t('outcomes.notYetDue'), cell: (row) => labels.count(cellsOf(row).notYetDue) },
            ]}
          />
        );
        if (!hasRule) return <div key={window.window}>{table}</div>;
        return (
          <Figure
            key={window.window}
            chart={
              <PercentBars
                {...chart}
                series={[t('outcomes.response'), t('outcomes.remission')]}
                rows={rows.map((row, index) => ({ label: segmentLabels[index]!, values: [percentOf(cellsOf(row).response), percentOf(cellsOf(row).remission)] }))}
              />
            }
          >
            {table}
          </Figure>
        );
      })}
      <Figure
        chart={
          <TrajectoryLines
            {...chart}
            weeks={weeks}
            weekLabel={weekLabel}
            maxScore={MAX_SCORE[measure.measure]}
            series={measure.trajectories.map((line) => ({
              name: line.option === 'none' ? t('segments.none') : labels.optionName(line.option),
              points: line.points.map((point) => (point.totals.shown ? point.totals : null)),
            }))}
          />
        }
      >
        <ScrollingTable caption={t('outcomes.trajectoryTable', { measure: measureName })}>
          <thead>
            <tr>
              <th scope="col">{t('outcomes.week')}</th>
              {AGREED_OPTION_SEGMENTS.map((option) => (
                <th scope="col" key={option}>
                  {option === 'none' ? t('segments.none') : labels.optionName(option)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, weekIndex) => (
              <tr key={week}>
                <th scope="row">{weekLabel(week)}</th>
                {measure.trajectories.map((line) => (
                  <td key={line.option}>
                    <Cell value={labels.spread(line.points[weekIndex]!.totals)} labels={labels} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollingTable>
      </Figure>
    </section>
  );
}

/**
 * A cell's text with "fewer than 5" and "not shown" kept on one line (they wrap badly in narrow columns, at 200%
 * zoom and on paper, where a lone "5" would read as a count).
 */
function Cell({ value, labels }: { value: ReactNode; labels: DashboardLabels }) {
  if (typeof value !== 'string') return value;
  const words = [labels.t('cells.fewer-than-5'), labels.t('cells.complementary')];
  const pattern = new RegExp(`(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return value.split(pattern).map((part, index) =>
    words.includes(part) ? (
      <span key={index} className="dashboard-nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** A table beside its chart; the chart is for sighted readers only (the table says the same). */
function Figure({ chart, children }: { chart: ReactNode; children: ReactNode }) {
  return (
    <div className="dashboard-figure">
      <div className="dashboard-figure__table">{children}</div>
      <div className="dashboard-figure__chart" aria-hidden="true">
        {chart}
      </div>
    </div>
  );
}

interface Column {
  header: string;
  cell: (row: SegmentFigures) => ReactNode;
}

/**
 * A table that may be wider than the window (200% zoom): it scrolls sideways on its own, and the scrolling box can
 * take the keyboard focus and is named by the caption, so it can be scrolled without a mouse.
 */
function ScrollingTable({ caption, children }: { caption: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="dashboard-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="dashboard-table">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** One row per segment (the whole scope first), each headed by the segment's name. */
function SegmentTable({ caption, labels, rows, columns }: { caption: string; labels: DashboardLabels; rows: SegmentFigures[]; columns: Column[] }) {
  return (
    <ScrollingTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">{labels.t('segmentColumn')}</th>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.segment.split}:${row.segment.key}`} className={row.segment.split === 'none' ? 'dashboard-row-all' : undefined}>
              <th scope="row">{labels.segmentName(row.segment)}</th>
              {columns.map((column) => (
                <td key={column.header}>
                  <Cell value={column.cell(row)} labels={labels} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
    </ScrollingTable>
  );
}
