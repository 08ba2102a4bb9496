import { use, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../shared/content/schema';
import { FOLLOW_UP_PARTS, type FollowUpAnswers, type FollowUpPart, type FollowUpVisit } from '../../../shared/follow-up';
import { pick } from '../../../shared/locale';
import type { Session } from '../../../shared/session';
import type { Settings } from '../../../shared/settings';
import type { StepId } from '../../../shared/steps';
import { useSession, useSetOpenSession, useSettings } from '../api/hooks';
import { CrisisLine } from '../components/CrisisLine';
import { BackHomeLink, PageNotReady, PageShell, bothQueries } from '../components/PageShell';
import { loadCondition } from '../content';
import { formatCalendarDate } from '../components/formatDate';
import { SaveStatusMessage } from '../components/SaveStatusMessage';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';
import { saveModeForActiveElement } from '../components/useAutosave';
import { answersOf } from '../follow-up/episodeHelpers';
import { useOpenSessionStep } from '../follow-up/openSessionStep';
import { AdherencePart, GoalsPart, MeasuresPart, type PartProps } from '../follow-up/parts';
import { ReviewPart } from '../follow-up/ReviewPart';
import { useFollowUpAutosave } from '../follow-up/useFollowUpAutosave';
import { useLanguage } from '../i18n';
import { LockButton } from '../lock/LockButtons';
import { hrefFor, navigate } from '../routing/routes';
import '../styles/follow-up.css';

/** The id of the safety plan's heading on the Plan step (SafetyPlanFields). */
const SAFETY_PLAN_HEADING = 'plan-safety-heading';

/** A follow-up visit of a care episode: loads the session, then shows the visit's four parts. */
export function FollowUpScreen({ sessionId, visitId }: { sessionId: string; visitId: string }) {
  const { t } = useTranslation('common');
  const session = useSession(sessionId);
  const settings = useSettings();
  const locale = session.data?.language;
  const { t: tf } = useTranslation('followUp', { lng: locale });
  const { mutate: setOpenSession } = useSetOpenSession();
  useLanguage(locale);

  useEffect(() => {
    setOpenSession(sessionId);
  }, [sessionId, setOpenSession]);

  const loaded = bothQueries(session, settings);
  if (loaded.isError || !session.data || !settings.data) {
    return <PageNotReady query={loaded} loading={t('loading')} title={tf('couldNotOpen')} back={<BackHomeLink />} />;
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
  const visit = session.data.followUps.find((candidate) => candidate.id === visitId);
  if (!visit) {
    return (
      <PageShell
        title={tf('couldNotOpen')}
        back={
          <a className="button button-secondary" href={hrefFor({ name: 'session', id: sessionId })}>
            <span aria-hidden="true">← </span>
            {tf('backToSession')}
          </a>
        }
      >
        <p>{tf('notFound')}</p>
      </PageShell>
    );
  }
  return <FollowUpVisitPage key={visit.id} session={session.data} settings={settings.data} condition={condition} visit={visit} />;
}

interface VisitPageProps {
  session: Session;
  settings: Settings;
  condition: Condition;
  visit: FollowUpVisit;
}

function FollowUpVisitPage({ session, settings, condition, visit }: VisitPageProps) {
  const locale = session.language;
  const { t } = useTranslation('followUp', { lng: locale });
  const { t: tc } = useTranslation('common', { lng: locale });
  const autosave = useFollowUpAutosave(session.id, visit.id);
  // Unsaved answers from an earlier screen (a save still retrying) are newer than the stored ones.
  const [answers, setAnswers] = useState<FollowUpAnswers>(() => autosave.pendingAnswers() ?? answersOf(visit));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const part = answers.currentPart;
  const index = FOLLOW_UP_PARTS.indexOf(part);
  const back = FOLLOW_UP_PARTS[index - 1];
  const next = FOLLOW_UP_PARTS[index + 1];
  const openStep = useOpenSessionStep(session);

  const onChange = useCallback(
    (changed: FollowUpAnswers) => {
      setAnswers(changed);
      autosave.save(changed, saveModeForActiveElement());
    },
    [autosave],
  );
  const goTo = (target: FollowUpPart) => {
    const changed = { ...answers, currentPart: target };
    setAnswers(changed);
    autosave.save(changed, 'now');
  };
  /** Leaves for a step of the session once this visit is saved, so nothing typed here is lost on the way. */
  const leaveFor = (step: StepId, focusId?: string) => {
    void autosave.settled().then(() => openStep(step, focusId));
  };

  const partName = t(`parts.names.${part}`);
  useEffect(() => {
    document.title = `${partName} – Duet`;
  }, [partName]);

  // A new part is a new page for screen-reader and keyboard users: start them at its heading.
  const partShown = useRef(part);
  useEffect(() => {
    if (partShown.current === part) return;
    partShown.current = part;
    headingRef.current?.focus();
    window.scrollTo?.({ top: 0 });
  }, [part]);

  const partProps: PartProps = {
    session,
    visitId: visit.id,
    condition,
    answers,
    onChange,
    locale,
    onOpenSafetyPlan: () => leaveFor('plan', SAFETY_PLAN_HEADING),
  };

  return (
    <div className="session follow-up" lang={locale}>
      <header className="session-header">
        <div className="session-identity">
          <p className="app-name">Duet</p>
          <p className="session-who">
            {tc('session.forPatient', { label: session.patientLabel })}
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            {pick(condition.name, locale)}
          </p>
        </div>
        <nav className="session-actions" aria-label={tc('session.actionsLabel')}>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void autosave.settled().then(() => navigate({ name: 'session', id: session.id }))}
          >
            {t('backToSession')}
          </button>
          <a className="button button-secondary" href={hrefFor({ name: 'home' })}>
            {tc('actions.home')}
          </a>
          <LockButton />
        </nav>
        <SaveStatusMessage status={autosave.status} onRetry={autosave.flush} />
      </header>

      <CrisisLine text={settings.crisisLine[locale]} />

      <nav className="step-indicator follow-up-parts" aria-label={t('parts.navLabel')}>
        <ol>
          {FOLLOW_UP_PARTS.map((candidate, position) => {
            const isCurrent = candidate === part;
            const body = (
              <>
                <span className="step-number" aria-hidden="true">
                  {position + 1}
                </span>
                <span className="step-name">
                  {t(`parts.names.${candidate}`)}
                  {isCurrent && <span className="visually-hidden"> {t('parts.current')}</span>}
                </span>
              </>
            );
            return (
              <li key={candidate} className={`step step-${isCurrent ? 'current' : 'visited'}`} aria-current={isCurrent ? 'step' : undefined}>
                {isCurrent ? (
                  <span className="step-label">{body}</span>
                ) : (
                  <button type="button" className="step-button" onClick={() => goTo(candidate)}>
                    {body}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </nav>

      <main id="main-content" tabIndex={-1} className="page session-main">
        <p className="follow-up-date">{t('visitOn', { date: formatCalendarDate(answers.date, locale) })}</p>
        <h1 ref={headingRef} tabIndex={-1}>
          <span className="step-count">{t('parts.countOf', { number: index + 1, total: FOLLOW_UP_PARTS.length })}</span> {partName}
        </h1>
        <ScreenErrorBoundary level="step" resetKey={part}>
          {part === 'measures' && <MeasuresPart {...partProps} />}
          {part === 'adherence' && <AdherencePart {...partProps} />}
          {part === 'goals' && <GoalsPart {...partProps} />}
          {part === 'review' && <ReviewPart {...partProps} onOpenStep={(step) => leaveFor(step)} />}
        </ScreenErrorBoundary>

        <nav className="step-nav" aria-label={t('parts.backNextLabel')}>
          {back && (
            <button type="button" className="button button-secondary" onClick={() => goTo(back)}>
              <span aria-hidden="true">← </span>
              {t('parts.back', { part: t(`parts.names.${back}`) })}
            </button>
          )}
          {next && (
            <button type="button" className="button button-primary" onClick={() => goTo(next)}>
              {t('parts.next', { part: t(`parts.names.${next}`) })}
              <span aria-hidden="true"> →</span>
            </button>
          )}
        </nav>
      </main>
    </div>
  );
}
