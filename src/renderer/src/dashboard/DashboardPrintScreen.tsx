import { useState } from 'react';
import { dashboardQuerySchema, type DashboardQuery } from '../../../shared/domain/outcomes';
import type { Locale } from '../../../shared/locale';
import { useSettings } from '../api/hooks';
import { formatCalendarDate } from '../components/formatDate';
import { usePrintReady } from '../print/usePrintReady';
import { DashboardReport } from './DashboardReport';
import { useDashboard } from './hooks';
import { useDashboardLabels, type DashboardLabels } from './labels';
import '../styles/dashboard.css';

/** The query in the address, checked with the same schema main uses; null when it is not one. */
export function parseDashboardQuery(text: string): DashboardQuery | null {
  try {
    const parsed = dashboardQuerySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}


/**
 * The bare print document of the practice's figures (#/print/dashboard?q=…), which main's hidden window turns into
 * a PDF for a practice meeting: the same tables as the screen, with small charts, in the practice's language. Like
 * the plan's print page, it sets <html data-print-ready> to 'true' once figures and fonts are in, or 'error'.
 */
export default function DashboardPrintScreen({ query: queryText }: { query: string }) {
  const [query] = useState(() => parseDashboardQuery(queryText));
  const settings = useSettings();
  const dashboard = useDashboard(query);
  const locale: Locale = settings.data?.defaultLanguage ?? 'en';
  const labels = useDashboardLabels(locale);
  const failed = query === null || settings.isError || dashboard.isError;
  const loaded = settings.data !== undefined && dashboard.data !== undefined && !dashboard.isPlaceholderData;

  usePrintReady(failed, loaded);

  if (failed) {
    return (
      <main className="print-screen">
        <p role="alert">{labels.t('print.error')}</p>
      </main>
    );
  }
  if (!loaded || !dashboard.data) return null;
  return (
    <main className="print-screen dashboard-print" lang={locale}>
      <article className="dashboard-document">
        <h1>{labels.t('print.title')}</h1>
        <p>{labels.t('asOf', { date: formatCalendarDate(dashboard.data.asOf, locale) })}</p>
        <p>{describeQuery(dashboard.data.query, labels, locale, dashboard.data.clinicians)}</p>
        <p>{labels.t('smallCells')}</p>
        <DashboardReport dashboard={dashboard.data} locale={locale} compact />
      </article>
    </main>
  );
}

/** "Episodes: Anxiety; began from March 1, 2026. Split: Age group." */
export function describeQuery(query: DashboardQuery, labels: DashboardLabels, locale: Locale, clinicians: { key: string; name: string }[]): string {
  const { t } = labels;
  const { filters } = query;
  const parts: string[] = [];
  if (filters.conditions.length > 0) parts.push(filters.conditions.map(labels.conditionName).join(', '));
  if (filters.options.length > 0) parts.push(filters.options.map((option) => (option === 'none' ? t('segments.none') : labels.optionName(option))).join(', '));
  if (filters.clinicians.length > 0) parts.push(filters.clinicians.map((key) => clinicians.find((clinician) => clinician.key === key)?.name ?? key).join(', '));
  if (filters.from) parts.push(t('print.from', { date: formatCalendarDate(filters.from, locale) }));
  if (filters.to) parts.push(t('print.to', { date: formatCalendarDate(filters.to, locale) }));
  return t('print.filters', { filters: parts.length > 0 ? parts.join('; ') : t('print.allEpisodes'), split: labels.splitName(query.split) });
}
