import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { PRINT_LAYOUTS, type PrintLayout } from '../../../shared/session';
import { usePrintFollowUp, useSaveAnswers, useSaveFollowUpPdf, useSession, useSettings } from '../api/hooks';
import { errorCodeOf } from '../components/ErrorMessage';
import { PageNotReady, bothQueries } from '../components/PageShell';
import { RadioGroup } from '../components/RadioGroup';
import { FollowUpDocument } from '../follow-up/print/FollowUpDocument';
import { useLanguage } from '../i18n';
import { EndSessionButton, LockButton } from '../lock/LockButtons';
import { hrefFor } from '../routing/routes';

type Report = { kind: 'info' | 'error'; text: string } | null;

/** The follow-up screen of this visit (its route belongs to the follow-up screen). */
export function followUpHref(sessionId: string, visitId: string): string {
  return `#/session/${sessionId}/follow-up/${visitId}`;
}

/**
 * One follow-up visit's take-home summary exactly as it prints, with the language choice, Print, Save as PDF and
 * Back above it (never printed). Print sends this page to the printer, as the plan's preview does.
 */
export function FollowUpPreviewScreen({ sessionId, visitId }: { sessionId: string; visitId: string }) {
  const session = useSession(sessionId);
  const settings = useSettings();
  const locale = session.data?.language;
  useLanguage(locale);
  const { t } = useTranslation('print', { lng: locale });
  const { t: tf } = useTranslation('followUpPrint', { lng: locale });
  const printFollowUp = usePrintFollowUp();
  const saveFollowUpPdf = useSaveFollowUpPdf();
  const saveAnswers = useSaveAnswers(sessionId);
  const [report, setReport] = useState<Report>(null);
  const busy = printFollowUp.isPending || saveFollowUpPdf.isPending || saveAnswers.isPending;
  const reportError = (error: unknown) => setReport({ kind: 'error', text: t(`error.${errorCodeOf(error)}`) });
  const back = <a href={followUpHref(sessionId, visitId)}>{tf('preview.back')}</a>;

  const loaded = bothQueries(session, settings);
  if (loaded.isError || !session.data || !settings.data) {
    return <PageNotReady query={loaded} loading={tf('preview.loading')} title={t('preview.title')} back={back} className="preview-screen" />;
  }
  if (!session.data.followUps.some((visit) => visit.id === visitId)) {
    return (
      <main id="main-content" tabIndex={-1} className="page preview-screen">
        <h1>{t('preview.title')}</h1>
        <p role="alert">{tf('preview.notFound')}</p>
        <a href={hrefFor({ name: 'session', id: sessionId })}>{t('preview.back')}</a>
      </main>
    );
  }

  const input = { id: sessionId, visitId };
  const print = () => {
    if (busy) return;
    setReport({ kind: 'info', text: t('preview.working') });
    printFollowUp.mutate(input, {
      onSuccess: (result) =>
        setReport({ kind: 'info', text: t(result.outcome === 'printed' ? 'preview.printed' : 'preview.printCancelled') }),
      onError: reportError,
    });
  };
  const savePdf = () => {
    if (busy) return;
    setReport({ kind: 'info', text: t('preview.working') });
    saveFollowUpPdf.mutate(input, {
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
  // Stored with the session (one choice for the plan and the follow-up summaries), so the PDF main renders matches.
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
          <a className="button button-secondary" href={followUpHref(sessionId, visitId)}>
            {tf('preview.back')}
          </a>
          <EndSessionButton />
          <LockButton />
        </div>
        <p className={`preview-controls__report preview-controls__report--${report?.kind ?? 'info'}`} role="status" aria-live="polite">
          {report?.kind === 'error' && <span aria-hidden="true">⚠ </span>}
          {report?.text}
        </p>
      </div>
      <div className="preview-paper">
        <FollowUpDocument session={session.data} settings={settings.data} visitId={visitId} />
      </div>
    </main>
  );
}

export default FollowUpPreviewScreen;
