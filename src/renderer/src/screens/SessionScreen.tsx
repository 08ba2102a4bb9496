import { use, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { pick } from '../../../shared/locale';
import type { Answers, Session } from '../../../shared/session';
import type { Condition } from '../../../shared/content/schema';
import type { Settings } from '../../../shared/settings';
import { nextStepIn, prepareStartStep, previousStepIn, stepsForMode } from '../../../shared/domain/session-mode';
import { furthestOf, type StepId } from '../../../shared/steps';
import { useSession, useSetOpenSession, useSettings } from '../api/hooks';
import { CrisisLine } from '../components/CrisisLine';
import { FhirExportButton, FhirExportMessage, useFhirExport, type FhirExportShown } from '../components/FhirExportButton';
import { BackHomeLink, PageNotReady, PageShell, bothQueries } from '../components/PageShell';
import { SaveStatusMessage } from '../components/SaveStatusMessage';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';
import { StepIndicator } from '../components/StepIndicator';
import { loadCondition } from '../content';
import { saveModeForActiveElement, useAutosave } from '../components/useAutosave';
import { useLanguage } from '../i18n';
import { EndSessionButton, LockButton } from '../lock/LockButtons';
import { takeArrivalFocus } from '../routing/arrivalFocus';
import { hrefFor, navigate } from '../routing/routes';
import { todayIso } from '../follow-up/today';
import { STEP_SCREENS } from '../steps';
import { AboutYouDialog } from '../steps/about/AboutYou';
import { ContinueVisitControl, PrepareBanner, PrepareEnd, usePrepareMode } from './session/PrepareMode';

/** Back and Next name the step they lead to, in one translated phrase. */
const STEP_TARGET = { target: <span className="step-nav-target" /> };

/** The session shell: loads the session, then hands it to the stepper. */
export function SessionScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('common');
  const session = useSession(sessionId);
  const settings = useSettings();
  const { mutate: setOpenSession } = useSetOpenSession();
  useLanguage(session.data?.language);

  // Remembered so that closing Duet mid-session reopens right here.
  useEffect(() => {
    setOpenSession(sessionId);
  }, [sessionId, setOpenSession]);

  const loaded = bothQueries(session, settings);
  if (loaded.isError || !session.data || !settings.data) {
    return <PageNotReady query={loaded} loading={t('loading')} title={t('session.couldNotOpen')} back={<BackHomeLink />} />;
  }
  // The condition's own chunk (issue 14): the screen waits in the app's Suspense boundary while it loads.
  const condition = use(loadCondition(session.data.conditionId))?.condition;
  if (!condition) {
    return (
      <PageShell title={t('unknownCondition.title')} back={<BackHomeLink />}>
        <p>{t('unknownCondition.body')}</p>
      </PageShell>
    );
  }
  return <SessionStepper key={session.data.id} session={session.data} settings={settings.data} condition={condition} />;
}

function SessionStepper({ session, settings, condition }: { session: Session; settings: Settings; condition: Condition }) {
  const { t } = useTranslation('common');
  const { t: tp } = useTranslation('prepare');
  const autosave = useAutosave(session.id);
  const [fhirShown, setFhirShown] = useState<FhirExportShown | null>(null);
  const fhirExport = useFhirExport(setFhirShown);
  // Unsaved answers from an earlier visit (a save still retrying) are newer than the stored ones.
  const [answers, setAnswers] = useState<Answers>(() => autosave.pendingAnswers() ?? session.answers);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStepShown = useRef<StepId | null>(answers.currentStep);

  const locale = session.language;
  const preparing = answers.mode === 'prepare';
  const steps = stepsForMode(answers.mode);
  // A step outside the patient's steps (e.g. a "Go to" link) is never shown while preparing.
  const step = steps.includes(answers.currentStep) ? answers.currentStep : prepareStartStep(answers.currentStep);
  const number = steps.indexOf(step) + 1;
  const back = previousStepIn(steps, step);
  const next = nextStepIn(steps, step);
  const StepScreen = STEP_SCREENS[step];
  // The patient's "I am done" screen: not stored, so a reopened session shows their last step instead.
  const [finished, setFinished] = useState(false);
  const [aboutYouOpen, setAboutYouOpen] = useState(false);
  usePrepareMode(preparing);

  const onChange = useCallback(
    (changed: Answers) => {
      setAnswers(changed);
      autosave.save(changed, saveModeForActiveElement());
    },
    [autosave],
  );

  const saveNow = (changed: Answers) => {
    setAnswers(changed);
    autosave.save(changed, 'now');
  };
  const goTo = (target: StepId) => {
    saveNow({ ...answers, currentStep: target, furthestStep: furthestOf(answers.furthestStep, target) });
  };
  const startPreparing = () => {
    setFinished(false);
    saveNow({ ...answers, mode: 'prepare', currentStep: prepareStartStep(answers.currentStep) });
  };
  // The clinician picks up at the step the patient reached.
  const continueVisit = () => {
    setFinished(false);
    saveNow({ ...answers, mode: 'visit', currentStep: step });
  };

  const stepName = t(`steps.names.${step}`);
  // Never the patient's label: the title shows in the taskbar, Alt-Tab, screen-share pickers and remote-support
  // tools (security review m3). The step name alone still tells where one is (WCAG 2.4.2).
  useEffect(() => {
    document.title = `${stepName} – Duet`;
  }, [stepName]);

  // A new step is a new page for screen-reader and keyboard users: start them at its heading.
  useEffect(() => {
    // Coming back from the end screen counts as a new page too.
    if (finished) {
      previousStepShown.current = null;
      return;
    }
    // A link to a place inside the step (the safety plan, from a safety prompt) lands there instead.
    const arrival = takeArrivalFocus();
    if (arrival) {
      previousStepShown.current = step;
      arrival.focus();
      arrival.scrollIntoView?.({ block: 'start' });
      return;
    }
    if (previousStepShown.current === step) return;
    previousStepShown.current = step;
    headingRef.current?.focus();
    window.scrollTo?.({ top: 0 });
  }, [step, finished]);

  // Switching between the visit and the patient's time alone replaces the header buttons: keep focus on the page.
  const modeShown = useRef(answers.mode);
  useEffect(() => {
    if (modeShown.current === answers.mode) return;
    modeShown.current = answers.mode;
    headingRef.current?.focus();
  }, [answers.mode]);

  return (
    <div className={preparing ? 'session session-prepare' : 'session'} lang={locale}>
      <header className="session-header">
        <div className="session-identity">
          <p className="app-name">Duet</p>
          <p className="session-who">
            {t('session.forPatient', { label: session.patientLabel })}
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            {pick(condition.name, locale)}
          </p>
        </div>
        <nav className="session-actions" aria-label={t('session.actionsLabel')}>
          {preparing ? (
            <ContinueVisitControl onContinue={continueVisit} />
          ) : (
            <VisitActions
              todaysFollowUp={followUpStartedToday(session)}
              onPrintPreview={() => {
                autosave.flush();
                navigate({ name: 'preview', id: session.id });
              }}
              onPrepare={startPreparing}
              onAboutYou={() => setAboutYouOpen(true)}
              fhirExport={<FhirExportButton onClick={() => fhirExport.start(session.id, autosave.flush)} pending={fhirExport.pending} />}
            />
          )}
        </nav>
        <SaveStatusMessage status={autosave.status} onRetry={autosave.flush} />
      </header>
      {/* The FHIR export's outcome, outside the header (whose status line is the autosave's); empty until used. */}
      <p role="status" className="fhir-export-status">
        {fhirShown && <FhirExportMessage shown={fhirShown} />}
      </p>

      <CrisisLine text={settings.crisisLine[locale]} />
      {aboutYouOpen && !preparing && (
        <AboutYouDialog
          answers={answers}
          onChange={onChange}
          locale={locale}
          onClose={() => {
            autosave.flush();
            setAboutYouOpen(false);
          }}
        />
      )}

      {finished ? (
        <PrepareEnd onGoBack={() => setFinished(false)} />
      ) : (
        <>
          <StepIndicator current={step} furthest={answers.furthestStep} onJump={goTo} steps={steps} />

          <main id="main-content" tabIndex={-1} className="page session-main">
            <h1 ref={headingRef} tabIndex={-1}>
              <span className="step-count">
                {preparing ? tp('countOf', { number, total: steps.length }) : t('steps.countOf', { number, total: steps.length })}
              </span>{' '}
              {t(`steps.names.${step}`)}
            </h1>
            {preparing && <PrepareBanner />}
            <ScreenErrorBoundary level="step" resetKey={step}>
              <StepScreen session={session} condition={condition} answers={answers} onChange={onChange} />
            </ScreenErrorBoundary>

            <nav className="step-nav" aria-label={t('steps.backNextLabel')}>
              {back && (
                <button type="button" className="button button-secondary" onClick={() => goTo(back)}>
                  <span aria-hidden="true">← </span>
                  <Trans t={t} i18nKey="actions.backTo" values={{ step: t(`steps.names.${back}`) }} components={STEP_TARGET} />
                </button>
              )}
              {next && (
                <button type="button" className="button button-primary" onClick={() => goTo(next)}>
                  <Trans t={t} i18nKey="actions.nextTo" values={{ step: t(`steps.names.${next}`) }} components={STEP_TARGET} />
                  <span aria-hidden="true"> →</span>
                </button>
              )}
              {!next && preparing && (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    autosave.flush();
                    setFinished(true);
                  }}
                >
                  {tp('done')}
                </button>
              )}
            </nav>
          </main>
        </>
      )}
    </div>
  );
}

/**
 * About you, Home, Print preview, About, handing the computer to the patient, End session and Lock: only while the
 * clinician is in the room.
 */
interface VisitActionsProps {
  /** The follow-up visit started today, if any: the way back to it after changing the plan. */
  todaysFollowUp: { id: string; visitId: string } | null;
  onPrintPreview: () => void;
  onPrepare: () => void;
  onAboutYou: () => void;
  /** "Export for the health record (FHIR)" (issue 12). */
  fhirExport: ReactNode;
}

function followUpStartedToday(session: Session): { id: string; visitId: string } | null {
  const newest = session.followUps.at(-1);
  return newest && newest.date === todayIso() ? { id: session.id, visitId: newest.id } : null;
}

function VisitActions({ todaysFollowUp, onPrintPreview, onPrepare, onAboutYou, fhirExport }: VisitActionsProps) {
  const { t } = useTranslation('common');
  const { t: tp } = useTranslation('prepare');
  const { t: ta } = useTranslation('aboutYou');
  return (
    <>
      {todaysFollowUp && (
        <a className="button button-primary" href={hrefFor({ name: 'follow-up', ...todaysFollowUp })}>
          <span aria-hidden="true">← </span>
          {t('backToTodaysFollowUp')}
        </a>
      )}
      <button type="button" className="button button-secondary" onClick={onAboutYou} aria-haspopup="dialog">
        {ta('open')}
      </button>
      <a className="button button-secondary" href={hrefFor({ name: 'home' })}>
        {t('actions.home')}
      </a>
      <button type="button" className="button button-secondary" onClick={onPrintPreview}>
        {t('actions.printPreview')}
      </button>
      {fhirExport}
      <a className="button button-secondary" href={hrefFor({ name: 'about' })}>
        {t('actions.about')}
      </a>
      <button type="button" className="button button-secondary" onClick={onPrepare} title={tp('startHint')}>
        {tp('start')}
      </button>
      <EndSessionButton />
      <LockButton />
    </>
  );
}
