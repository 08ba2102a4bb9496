import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONDITION_IDS, OPTION_KINDS } from '../../../shared/content/schema';
import { DECISION_ROLES } from '../../../shared/session';
import {
  allFilters,
  OUTCOME_WINDOWS,
  SPLITS,
  type AgreedOptionSegment,
  type DashboardFilters,
  type DashboardQuery,
  type SegmentFigures,
  type Split,
} from '../../../shared/domain/outcomes';
import type { DashboardView } from '../../../shared/contract';
import { useDashboard, useExportDashboardCsv } from '../api/hooks';
import { BackHomeLink, PageShell, QueryStates } from '../components/PageShell';
import { ErrorMessage } from '../components/ErrorMessage';
import { ModalDialog } from '../components/ModalDialog';
import { SelectField } from '../components/SelectField';
import { useUiLocale } from '../i18n';
import { isNavigationLocked } from '../routing/navigationLock';
import { countText, rateText, segmentName, spreadText } from './dashboard/cells';
import { TrajectoryChart } from './dashboard/TrajectoryChart';
import '../styles/dashboard.css';

type Kind = 'aggregate' | 'episodes';

/** A table with one row per segment (the whole scope first) and one column per figure. */
function SegmentTable({ caption, columns, rows }: { caption: string; columns: { label: string; cell: (row: SegmentFigures) => ReactNode }[]; rows: SegmentFigures[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <div className="dashboard-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="dashboard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('segment')}</th>
            {columns.map((column) => (
              <th scope="col" key={column.label}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.segment.split}:${row.segment.key}`}>
              <th scope="row">{segmentName(t, row.segment)}</th>
              {columns.map((column) => (
                <td key={column.label}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Filters({ filters, split, clinicians, onChange }: {
  filters: DashboardFilters;
  split: Split;
  clinicians: DashboardView['clinicians'];
  onChange: (query: DashboardQuery) => void;
}) {
  const { t } = useTranslation('dashboard');
  const fromId = useId();
  const toId = useId();
  const set = (change: Partial<DashboardFilters>) => onChange({ filters: { ...filters, ...change }, split });
  const all = { value: '', label: t('filters.all') };
  return (
    <fieldset className="dashboard-filters">
      <legend>{t('filters.legend')}</legend>
      <div className="field">
        <label htmlFor={fromId}>{t('filters.from')}</label>
        <input id={fromId} type="date" value={filters.from} max={filters.to || undefined} onChange={(event) => set({ from: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={toId}>{t('filters.to')}</label>
        <input id={toId} type="date" value={filters.to} min={filters.from || undefined} onChange={(event) => set({ to: event.target.value })} />
      </div>
      <SelectField
        label={t('filters.condition')}
        value={filters.conditions[0] ?? ''}
        choices={[all, ...CONDITION_IDS.map((condition) => ({ value: condition, label: t(`conditions.${condition}`) }))]}
        onChange={(value) => set({ conditions: value ? [value as DashboardFilters['conditions'][number]] : [] })}
      />
      <SelectField
        label={t('filters.clinician')}
        value={filters.clinicians[0] ?? ''}
        choices={[all, ...clinicians.map((clinician) => ({ value: clinician.key, label: clinician.name }))]}
        onChange={(value) => set({ clinicians: value ? [value] : [] })}
      />
      <SelectField
        label={t('filters.option')}
        value={filters.options[0] ?? ''}
        choices={[all, ...[...OPTION_KINDS, 'none' as const].map((option) => ({ value: option, label: t(`options.${option}`) }))]}
        onChange={(value) => set({ options: value ? [value as AgreedOptionSegment] : [] })}
      />
      <SelectField
        label={t('filters.split')}
        value={split}
        choices={SPLITS.map((choice) => ({ value: choice, label: t(`splits.${choice}`) }))}
        onChange={(value) => onChange({ filters, split: value as Split })}
      />
    </fieldset>
  );
}

function Figures({ dashboard }: { dashboard: DashboardView }) {
  const { t } = useTranslation('dashboard');
  const locale = useUiLocale();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const format = (value: number) => number.format(value);
  const count = (value: Parameters<typeof countText>[1]) => countText(t, value, format);
  const rate = (value: Parameters<typeof rateText>[1]) => rateText(t, value, format);
  const spread = (value: Parameters<typeof spreadText>[1]) => spreadText(t, value, format);
  const rows = dashboard.rows;
  const whole = rows[0]!;
  return (
    <>
      <section aria-labelledby="dashboard-decisions">
        <h2 id="dashboard-decisions">{t('decisions.heading')}</h2>
        <SegmentTable
          caption={t('decisions.heading')}
          rows={rows}
          columns={[
            { label: t('decisions.started'), cell: (row) => count(row.decisions.started) },
            { label: t('decisions.agreed'), cell: (row) => rate(row.decisions.agreed) },
            { label: t('decisions.matched'), cell: (row) => rate(row.decisions.matchedLeaning) },
            { label: t('decisions.noLeaning'), cell: (row) => count(row.decisions.noLeaning) },
          ]}
        />
        <SegmentTable
          caption={t('decisions.byOption')}
          rows={rows}
          columns={OPTION_KINDS.map((option, index) => ({ label: t(`options.${option}`), cell: (row) => rate(row.decisions.byOption[index]!.agreed) }))}
        />
        <SegmentTable
          caption={t('decisions.roles')}
          rows={rows}
          columns={DECISION_ROLES.map((role, index) => ({ label: t(`roles.${role}`), cell: (row) => rate(row.decisions.roles[index]!.episodes) }))}
        />
        <div className="dashboard-table-scroll" tabIndex={0} role="region" aria-label={`${t('decisions.byCondition')}: ${t('allEpisodes')}`}>
          <table className="dashboard-table">
            <caption>{`${t('decisions.byCondition')}: ${t('allEpisodes')}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t('filters.condition')}</th>
                <th scope="col">{t('decisions.started')}</th>
                <th scope="col">{t('decisions.agreed')}</th>
              </tr>
            </thead>
            <tbody>
              {whole.decisions.byCondition.map((cell) => (
                <tr key={cell.condition}>
                  <th scope="row">{t(`conditions.${cell.condition}`)}</th>
                  <td>{count(cell.started)}</td>
                  <td>{rate(cell.agreed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="dashboard-quality">
        <h2 id="dashboard-quality">{t('quality.heading')}</h2>
        <SegmentTable
          caption={t('quality.heading')}
          rows={rows}
          columns={[
            { label: t('quality.sureBeforeOptions'), cell: (row) => rate(row.quality.sureBeforeOptions) },
            { label: t('quality.sureBeforeAgreement'), cell: (row) => rate(row.quality.sureBeforeAgreement) },
            { label: t('quality.collaborate'), cell: (row) => rate(row.quality.collaborateTopBox) },
            { label: t('quality.teachBack'), cell: (row) => rate(row.quality.teachBack) },
          ]}
        />
      </section>

      <section aria-labelledby="dashboard-outcomes">
        <h2 id="dashboard-outcomes">{t('outcomes.heading')}</h2>
        <p>{t('outcomes.intro')}</p>
        {whole.outcomes.map((measure, measureIndex) => (
          <section key={measure.measure} aria-labelledby={`dashboard-${measure.measure}`}>
            <h3 id={`dashboard-${measure.measure}`}>{t(`measures.${measure.measure}`)}</h3>
            {OUTCOME_WINDOWS.map((window, windowIndex) => (
              <SegmentTable
                key={window.id}
                caption={`${t(`measures.${measure.measure}`)}: ${t(`outcomes.windows.${window.id}`)}`}
                rows={rows}
                columns={[
                  { label: t('outcomes.withBaseline'), cell: (row) => count(row.outcomes[measureIndex]!.withBaseline) },
                  { label: t('outcomes.withFollowUp'), cell: (row) => count(row.outcomes[measureIndex]!.windows[windowIndex]!.withFollowUp) },
                  { label: t('outcomes.noFollowUp'), cell: (row) => count(row.outcomes[measureIndex]!.windows[windowIndex]!.noFollowUp) },
                  { label: t('outcomes.notYetDue'), cell: (row) => count(row.outcomes[measureIndex]!.windows[windowIndex]!.notYetDue) },
                  ...(measure.windows[windowIndex]!.response
                    ? [
                        { label: t('outcomes.response'), cell: (row: SegmentFigures) => rate(row.outcomes[measureIndex]!.windows[windowIndex]!.response!) },
                        { label: t('outcomes.remission'), cell: (row: SegmentFigures) => rate(row.outcomes[measureIndex]!.windows[windowIndex]!.remission!) },
                      ]
                    : []),
                  { label: t('outcomes.change'), cell: (row) => spread(row.outcomes[measureIndex]!.windows[windowIndex]!.change) },
                ]}
              />
            ))}
            <TrajectoryChart figures={measure} format={format} />
          </section>
        ))}
      </section>

      <section aria-labelledby="dashboard-adherence">
        <h2 id="dashboard-adherence">{t('adherence.heading')}</h2>
        <SegmentTable
          caption={t('adherence.heading')}
          rows={rows}
          columns={[
            { label: t('adherence.dosesReported'), cell: (row) => count(row.adherence.dosesReported) },
            { label: t('adherence.noneMissed'), cell: (row) => rate(row.adherence.noneMissed) },
            { label: t('adherence.dosesMissed'), cell: (row) => spread(row.adherence.dosesMissed) },
            { label: t('adherence.sessionsReported'), cell: (row) => count(row.adherence.sessionsReported) },
            { label: t('adherence.allAttended'), cell: (row) => rate(row.adherence.allAttended) },
            { label: t('adherence.percentAttended'), cell: (row) => spread(row.adherence.percentAttended) },
          ]}
        />
      </section>
    </>
  );
}

function Exports({ query }: { query: DashboardQuery }) {
  const { t } = useTranslation('dashboard');
  const [asking, setAsking] = useState<Kind | null>(null);
  const exportCsv = useExportDashboardCsv();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const save = (kind: Kind) => {
    setAsking(null);
    exportCsv.mutate({ ...query, kind });
  };
  return (
    <section aria-labelledby="dashboard-export" className="dashboard-export">
      <h2 id="dashboard-export">{t('export.heading')}</h2>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setAsking('aggregate')}>
          {t('export.tables')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking('episodes')}>
          {t('export.episodes')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('export.print')}
        </button>
      </div>
      <p role="status" ref={statusRef}>
        {exportCsv.data?.outcome === 'saved' && t('export.saved', { file: exportCsv.data.file })}
        {exportCsv.data?.outcome === 'cancelled' && t('export.cancelled')}
      </p>
      {exportCsv.isError && <ErrorMessage error={exportCsv.error} />}
      {asking && (
        <ModalDialog
          title={t(asking === 'aggregate' ? 'export.tablesTitle' : 'export.episodesTitle')}
          onCancel={() => setAsking(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => save(asking)}>
                {t('export.save')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setAsking(null)}>
                {t('export.cancel')}
              </button>
            </>
          }
        >
          <p>{t(asking === 'aggregate' ? 'export.tablesBody' : 'export.episodesBody')}</p>
        </ModalDialog>
      )}
    </section>
  );
}

/**
 * The practice's figures (issue 12): decisions, decision quality, outcomes and adherence, for the episodes in the
 * filters, split into segments. Every number comes from main already suppressed (no count under 5, nothing that
 * could be worked out from the others). Behind the lock like every screen; never while a patient prepares alone.
 */
export default function DashboardScreen() {
  const { t } = useTranslation('dashboard');
  const locale = useUiLocale();
  const [query, setQuery] = useState<DashboardQuery>({ filters: allFilters(), split: 'none' });
  const dashboard = useDashboard(query);
  if (isNavigationLocked()) {
    return (
      <PageShell title={t('title')} back={<BackHomeLink />}>
        <p>{t('prepareMode')}</p>
      </PageShell>
    );
  }
  const asOf = (day: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <PageShell title={t('title')} back={<BackHomeLink />} className="dashboard">
      <p className="lead">{t('intro')}</p>
      <p>{t('hiddenNote')}</p>
      <Filters filters={query.filters} split={query.split} clinicians={dashboard.data?.clinicians ?? []} onChange={setQuery} />
      <QueryStates query={dashboard} loading={t('loading')}>
        {(figures) => (
          <div aria-busy={dashboard.isFetching}>
            <p role="status">
              {t('asOf', { date: asOf(figures.asOf) })} {figures.stillReading > 0 && t('stillReading', { count: figures.stillReading })}
            </p>
            <Figures dashboard={figures} />
            <Exports query={query} />
          </div>
        )}
      </QueryStates>
    </PageShell>
  );
}
