import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { PRINT_LAYOUTS, sessionStatus, type PrintLayout } from '../../../shared/session';
import { usePrintPlan, useSaveAnswers, useSavePlanPdf, useSession, useSettings } from '../api/hooks';
import { errorCodeOf } from '../components/ErrorMessage';
import { PageNotReady, bothQueries } from '../components/PageShell';
import { RadioGroup } from '../components/RadioGroup';
import { useLanguage } from '../i18n';
import { EndSessionButton, LockButton } from '../lock/LockButtons';
import { StartFollowUpButton } from '../follow-up/StartFollowUpButton';
import { PlanDocument } from '../print/PlanDocument';
import { hrefFor } from '../routing/routes';

type Report = { kind: 'info' | 'error'; text: string } | null;

/** The take-home plan exactly as it prints, with Print, Save as PDF and Back above it (never printed). */
export function PreviewScreen({ sessionId }: { sessionId: string }) {
  const session = useSession(sessionId);
  const settings = useSettings();
  const locale = session.data?.language;
  useLanguage(locale);
  const { t } = useTranslation('print', { lng: locale });
  const printPlan = usePrintPlan();
  const savePlanPdf = useSavePlanPdf();
  const saveAnswers = useSaveAnswers(sessionId);
  const [report, setReport] = useState<Report>(null);
  const busy = printPlan.isPending || savePlanPdf.isPending || saveAnswers.isPending;
  const reportError = (error: unknown) => setReport({ kind: 'error', text: t(`error.${errorCodeOf(error)}`) });

  const loaded = bothQueries(session, settings);
  if (loaded.isError || !session.data || !settings.data) {
    return (
      <PageNotReady
        query={loaded}
        loading={t('preview.loading')}
        title={t('preview.title')}
        back={<a href={hrefFor({ name: 'session', id: sessionId })}>{t('preview.back')}</a>}
        className="preview-screen"
      />
    );
  }

  const print = () => {
    if (busy) return;
    setReport({ kind: 'info', text: t('preview.working') });
    printPlan.mutate(sessionId, {
      onSuccess: (result) =>
        setReport({ kind: 'info', text: t(result.outcome === 'printed' ? 'preview.printed' : 'preview.printCancelled') }),
      onError: reportError,
    });
  };
  const savePdf = () => {
    if (busy) return;
    setReport({ kind: 'info', text: t('preview.working') });
    savePlanPdf.mutate(sessionId, {
      onSuccess: (result) =>
        setReport({
          kind: 'info',
          text: result.outcome === 'saved' ? t('preview.saved', { path: result.path }) : t('preview.saveCancelled'),
        }),
      onError: reportError,
    });
  };

  const sessionLocale = session.data.language;
  const otherLocale: Locale = sessionLocale === 'en' ? 'es' : 'en';
  const languageName = (target: Locale) => t(`preview.languages.${target}`);
  // Stored with the session, so Save as PDF (which main renders from the stored session) prints the same layout.
  const chooseLayout = (printLayout: PrintLayout) => {
    if (!session.data || printLayout === session.data.answers.printLayout) return;
    setReport(null);
    saveAnswers.mutate(
      { ...session.data.answers, printLayout },
      { onError: () => setReport({ kind: 'error', text: t('preview.layout.saveFailed') }) },
    );
  };

  return (
    <main id="main-content" tabIndex={-1} className="page preview-screen">
      <div className="screen-only preview-controls" role="region" aria-label={t('preview.title')}>
        <p className="preview-controls__title">{t('preview.title')}</p>
        {sessionStatus(session.data) !== 'agreed' && (
          <p className="preview-controls__note">
            <span aria-hidden="true">⚠ </span>
            {t('preview.notAgreed')}
          </p>
        )}
        <RadioGroup<PrintLayout>
          legend={t('preview.layout.legend')}
          choices={PRINT_LAYOUTS.map((layout) => ({
            value: layout,
            label: t(`preview.layout.${layout}`, { language: languageName(sessionLocale), other: languageName(otherLocale) }),
          }))}
          value={saveAnswers.isPending && saveAnswers.variables ? saveAnswers.variables.printLayout : session.data.answers.printLayout}
          onChange={chooseLayout}
        />
        <div className="preview-controls__buttons">
          <button type="button" className="button button-primary" onClick={print} aria-disabled={busy || undefined}>
            {t('preview.print')}
          </button>
          <button type="button" className="button button-primary" onClick={savePdf} aria-disabled={busy || undefined}>
            {t('preview.savePdf')}
          </button>
          <a className="button button-secondary" href={hrefFor({ name: 'session', id: sessionId })}>
            {t('preview.back')}
          </a>
          {sessionStatus(session.data) === 'agreed' && <StartFollowUpButton sessionId={sessionId} locale={sessionLocale} className="button button-secondary" />}
          <EndSessionButton />
          <LockButton />
        </div>
        <p className={`preview-controls__report preview-controls__report--${report?.kind ?? 'info'}`} role="status" aria-live="polite">
          {report?.kind === 'error' && <span aria-hidden="true">⚠ </span>}
          {report?.text}
        </p>
      </div>
      <div className="preview-paper">
        <PlanDocument session={session.data} settings={settings.data} />
      </div>
    </main>
  );
}
