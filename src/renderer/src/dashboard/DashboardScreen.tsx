import { useRef, useState } from 'react';
import { allFilters, type Dashboard, type DashboardQuery } from '../../../shared/domain/outcomes';
import { BackHomeLink, PageShell } from '../components/PageShell';
import { ErrorMessage } from '../components/ErrorMessage';
import { ModalDialog } from '../components/ModalDialog';
import { formatCalendarDate } from '../components/formatDate';
import { useUiLocale } from '../i18n';
import { isNavigationLocked } from '../routing/navigationLock';
import { DashboardFilters, type FilterState } from './DashboardFilters';
import { DashboardReport } from './DashboardReport';
import { useDashboard, useExportDashboardCsv, usePrintDashboard, useSaveDashboardPdf, type CsvKind } from './hooks';
import { useDashboardLabels, type DashboardLabels } from './labels';
import '../styles/dashboard.css';

/**
 * The practice's outcome figures (issue 12): what a practice lead opens once a month. Filters and split apply at
 * once; the figures that are on screen stay until the new ones are in, and a live region says when they are.
 * Behind the app lock like every screen (App.tsx); the app menu's "Practice outcomes" is ignored while a patient
 * prepares alone (navigationLock.ts).
 */
export default function DashboardScreen() {
  const locale = useUiLocale();
  const labels = useDashboardLabels(locale);
  const { t } = labels;
  const [state, setState] = useState<FilterState>({ filters: allFilters(), split: 'none' });
  const dateProblem = isBackwards(state);
  // The last query that could be asked: a date range the wrong way round is reported, not applied.
  const [query, setQuery] = useState<DashboardQuery>({ filters: allFilters(), split: 'none' });
  const change = (next: FilterState) => {
    setState(next);
    if (!isBackwards(next)) setQuery({ filters: next.filters, split: next.split });
  };
  const dashboard = useDashboard(isNavigationLocked() ? null : query);

  // Never in front of a patient preparing alone (the menu command is ignored then too; this is the backstop).
  if (isNavigationLocked()) {
    return (
      <PageShell title={t('title')} back={<BackHomeLink />} className="dashboard-page">
        <p>{t('preparing')}</p>
      </PageShell>
    );
  }

  return (
    <PageShell title={t('title')} back={<BackHomeLink />} className="dashboard-page">
      <p className="lead">{t('intro')}</p>
      <p>{t('smallCells')}</p>
      {dashboard.isError && !dashboard.data ? (
        <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <>
          <DashboardFilters value={state} onChange={change} clinicians={dashboard.data?.clinicians ?? []} labels={labels} dateProblem={dateProblem} />
          <UpdateAnnouncement dashboard={dashboard.data} fetching={dashboard.isFetching} labels={labels} />
          {dashboard.isError && <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
          {dashboard.data && (
            <>
              <p>
                {t('asOf', { date: formatCalendarDate(dashboard.data.asOf, locale) })}
                {dashboard.data.stillReading > 0 && ` ${t('stillReading', { count: dashboard.data.stillReading })}`}
              </p>
              <DashboardActions query={dashboard.data.query} labels={labels} />
              <DashboardReport dashboard={dashboard.data} locale={locale} />
            </>
          )}
        </>
      )}
    </PageShell>
  );
}

function isBackwards({ filters }: FilterState): boolean {
  return filters.from !== '' && filters.to !== '' && filters.from > filters.to;
}

/** "Figures updated: 36 episodes." once the figures for a new query are in (polite: it never interrupts). */
function UpdateAnnouncement({ dashboard, fetching, labels }: { dashboard: Dashboard | undefined; fetching: boolean; labels: DashboardLabels }) {
  const { t } = labels;
  let text = '';
  if (fetching) text = t('loading');
  else if (dashboard) {
    const started = dashboard.rows[0]!.decisions.started;
    text = started.shown ? t('updated', { episodes: labels.number(started.value) }) : t('updatedHidden');
  }
  return (
    <p role="status" aria-live="polite" className="dashboard-status">
      {text}
    </p>
  );
}

/** Print, PDF and the two CSV exports, each CSV behind a question that says what is inside. */
function DashboardActions({ query, labels }: { query: DashboardQuery; labels: DashboardLabels }) {
  const { t } = labels;
  const print = usePrintDashboard();
  const savePdf = useSaveDashboardPdf();
  const exportCsv = useExportDashboardCsv();
  const [asking, setAsking] = useState<CsvKind | null>(null);
  const [message, setMessage] = useState('');
  const busy = print.isPending || savePdf.isPending || exportCsv.isPending;
  const error = print.error ?? savePdf.error ?? exportCsv.error;
  const openers = useRef<Record<CsvKind, HTMLButtonElement | null>>({ aggregate: null, episodes: null });

  const outcomeText = (outcome: { outcome: string; path?: string; file?: string }, cancelled: string) =>
    outcome.outcome === 'saved' ? t('actions.saved', { path: outcome.path ?? outcome.file ?? '' }) : cancelled;

  const run = (work: () => Promise<{ outcome: string; path?: string; file?: string }>, cancelled: string) => {
    if (busy) return;
    setMessage('');
    print.reset();
    savePdf.reset();
    exportCsv.reset();
    void work().then(
      (outcome) => setMessage(outcome.outcome === 'printed' ? '' : outcomeText(outcome, cancelled)),
      () => undefined,
    );
  };

  return (
    <section className="dashboard-actions" aria-label={t('actions.label')}>
      <div className="form-actions">
        <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => run(() => print.mutateAsync(query), '')}>
          {t('actions.print')}
        </button>
        <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => run(() => savePdf.mutateAsync(query), t('actions.cancelled'))}>
          {t('actions.savePdf')}
        </button>
        {(['aggregate', 'episodes'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            ref={(element) => {
              openers.current[kind] = element;
            }}
            className="button button-secondary"
            aria-disabled={busy}
            onClick={() => !busy && setAsking(kind)}
          >
            {t(kind === 'aggregate' ? 'actions.exportAggregate' : 'actions.exportEpisodes')}
          </button>
        ))}
      </div>
      <p role="status" className="dashboard-status">
        {message}
      </p>
      {error && <ErrorMessage error={error} />}
      {asking && (
        <ModalDialog
          title={t(asking === 'aggregate' ? 'csv.aggregateQuestion' : 'csv.episodesQuestion')}
          onCancel={() => setAsking(null)}
          fallbackFocus={() => openers.current[asking]}
          actions={
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  const kind = asking;
                  setAsking(null);
                  run(() => exportCsv.mutateAsync({ query, kind }), t('csv.cancelled'));
                }}
              >
                {t('csv.confirm')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setAsking(null)}>
                {t('csv.cancel')}
              </button>
            </>
          }
        >
          <p>{t(asking === 'aggregate' ? 'csv.aggregateInside' : 'csv.episodesInside')}</p>
        </ModalDialog>
      )}
    </section>
  );
}
