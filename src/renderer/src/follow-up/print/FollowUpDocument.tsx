import { use, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCondition } from '../../content';
import { primaryInstrument } from '../../../../shared/domain/episode';
import type { FollowUpVisit } from '../../../../shared/follow-up';
import { pick, type Locale } from '../../../../shared/locale';
import type { Session } from '../../../../shared/session';
import type { Settings } from '../../../../shared/settings';
import { formatCalendarDate, formatDay } from '../../components/formatDate';
import { useOptionName } from '../../components/useOptionName';
import { useLanguage } from '../../i18n';
import { PracticeHeader, Section } from '../../print/PlanDocumentParts';
import { crisisTextsToPrint } from '../../print/planDocumentData';
import { changeSentences } from '../trajectory/changeInWords';
import { SideEffectsTable } from '../trajectory/SideEffectsTable';
import { TrajectoryChart } from '../trajectory/TrajectoryChart';
import { latestSideEffects, measureSeries, type MeasureSeries } from '../trajectory/trajectoryData';
import { episodeAtVisit, planInForce, reviewDateAfter } from './followUpDocumentData';
import '../../styles/print.css';
import '../trajectory/trajectory.css';
import './follow-up-document.css';

/** The printed chart: small and fixed, so the summary keeps to one page and the PDF is the same every time. */
export const PRINT_CHART_SIZE = { width: 310, height: 136 } as const;

interface FollowUpDocumentProps {
  session: Session;
  settings: Settings;
  visitId: string;
}

/**
 * The patient's take-home summary of one follow-up visit: how they are doing (scores in words and a small chart),
 * what was changed and why, the plan in force and its date, the next review, and the crisis lines. In the
 * session's language, or (printLayout 'bilingual') then in the other language from a new page, like the plan.
 * The preview shows exactly this and the PDF is printed from exactly this. Null when the visit does not exist.
 */
export function FollowUpDocument({ session, settings, visitId }: FollowUpDocumentProps) {
  useLanguage(session.language);
  const at = episodeAtVisit(session, visitId);
  if (!at) return null;
  const other: Locale = session.language === 'en' ? 'es' : 'en';
  const locales = session.answers.printLayout === 'bilingual' ? [session.language, other] : [session.language];
  return (
    <div className="plan-document-set">
      {locales.map((locale) => (
        <FollowUpInOneLanguage key={locale} episode={at.episode} visit={at.visit} settings={settings} locale={locale} />
      ))}
    </div>
  );
}

interface OneLanguageProps {
  episode: Session;
  visit: FollowUpVisit;
  settings: Settings;
  locale: Locale;
}

function FollowUpInOneLanguage({ episode, visit, settings, locale }: OneLanguageProps) {
  const titleId = useId();
  const { t } = useTranslation('followUpPrint', { lng: locale });
  const { t: tp } = useTranslation('print', { lng: locale });
  const optionName = useOptionName(locale);
  const condition = use(loadCondition(episode.conditionId))?.condition;
  // A condition this version of Duet does not have: the print boundary tells main the summary cannot be printed.
  if (!condition) throw new Error(`No content for the condition "${episode.conditionId}"`);
  const series = measureSeries(episode);
  // One small chart, of the condition's main measure (PHQ-9, or GAD-7 for anxiety and OCD); the others in words,
  // so a typical visit keeps to one page.
  const primary = primaryInstrument(episode.conditionId);
  const chartedSeries = series.find((one) => one.instrument === primary) ?? series[0];
  const others = series.filter((one) => one !== chartedSeries);
  const sideEffects = latestSideEffects(episode);
  const version = planInForce(episode);
  const plan = version?.plan ?? episode.answers.plan;
  const option = condition.options.find((candidate) => candidate.kind === plan.agreedOption);
  const modalities = option?.modalities.filter((modality) => plan.modalityIds.includes(modality.id)) ?? [];
  const reviewDate = reviewDateAfter(episode, visit);
  const { review } = visit;
  const goals = visit.goalProgress.filter((goal) => goal.goal.trim() !== '');
  // The plan's crisis box starts from the practice line in the session's language; the other language prints its own.
  const typedIn = (typed: string) =>
    locale === episode.language ? typed : typed.replace(settings.crisisLine[episode.language], '').trim();

  return (
    <article className="plan-document follow-up-document" lang={locale} aria-labelledby={titleId}>
      <header className="plan-document__header">
        <PracticeHeader settings={settings} locale={locale} />
        <h1 id={titleId}>{t('document.title')}</h1>
        <dl className="plan-document__facts">
          <div>
            <dt>{t('document.patient')}</dt>
            <dd>{episode.patientLabel}</dd>
          </div>
          <div>
            <dt>{t('document.condition')}</dt>
            <dd>{pick(condition.name, locale)}</dd>
          </div>
          <div>
            <dt>{t('document.clinician')}</dt>
            <dd>{visit.clinicianName || episode.clinicianName}</dd>
          </div>
          <div>
            <dt>{t('document.visitDate')}</dt>
            <dd>{formatCalendarDate(visit.date, locale)}</dd>
          </div>
        </dl>
      </header>

      <Section title={t('document.doing.title')}>
        {series.length === 0 ? (
          <p className="plan-document__empty">{t('document.doing.none')}</p>
        ) : (
          <p>{t('document.doing.lowerIsBetterAll')}</p>
        )}
        {chartedSeries && <MeasureSummary series={chartedSeries} visit={visit} locale={locale} withChart />}
        {others.length > 0 && (
          <div className="follow-up-document__others">
            {others.map((one) => (
              <MeasureSummary key={one.instrument} series={one} visit={visit} locale={locale} withChart={false} />
            ))}
          </div>
        )}
        {sideEffects && sideEffects.visit.key === visit.id && <SideEffectsTable sideEffects={sideEffects} locale={locale} />}
        {series.length > 0 && <p className="follow-up-document__rules">{t('document.doing.rules')}</p>}
      </Section>

      <div className="follow-up-document__row">
        <Section title={t('document.changed.title')}>
          <p className="follow-up-document__decision">
            {review.decision ? t(`document.changed.decision.${review.decision}`) : t('document.changed.noDecision')}
          </p>
          {review.reason.trim() && (
            <p className="plan-document__typed">
              <strong>{t('document.changed.why')}</strong> {review.reason}
            </p>
          )}
          {review.decision === 'taper' && review.relapsePlanInPlace && <p>{t(`document.changed.relapsePlan.${review.relapsePlanInPlace}`)}</p>}
          <p>
            {version
              ? t('document.changed.planNow', { version: version.version, date: formatDay(version.agreedAt, locale) })
              : t('document.changed.planNone')}
            {option && (
              <>
                {' '}
                {t('document.changed.treatment', {
                  treatment: [optionName(option.kind), ...modalities.map((modality) => pick(modality.name, locale))].join(' · '),
                })}
              </>
            )}
          </p>
        </Section>
        <div>
          <Section title={t('document.next.title')}>
            <p className="follow-up-document__next">{reviewDate ? formatCalendarDate(reviewDate, locale) : t('document.next.none')}</p>
          </Section>
          {goals.length > 0 && (
            <Section title={t('document.goals.title')}>
              <ul className="follow-up-document__goals">
                {goals.map((goal, index) => (
                  <li key={index}>
                    {goal.goal}:{' '}
                    <strong>{goal.rating === null ? t('document.goals.notRated') : t('document.goals.rating', { rating: goal.rating })}</strong>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </div>
      </div>

      <Section title={tp('document.crisis')} className="plan-document__crisis">
        {crisisTextsToPrint(settings.crisisLine[locale], typedIn(plan.crisisContacts)).map((text, index) => (
          <p key={index} className="plan-document__typed">
            {text}
          </p>
        ))}
      </Section>

      <p className="plan-document__statement">{tp('document.supportsNotReplaces')}</p>
    </article>
  );
}

/** "Aug 3, 2026" / "3 ago 2026": the scores list stays short. */
function mediumDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** One measure: today's score and its range, the change in words, every score in words, and maybe a small chart. */
function MeasureSummary({ series, visit, locale, withChart }: { series: MeasureSeries; visit: FollowUpVisit; locale: Locale; withChart: boolean }) {
  const { t } = useTranslation('followUpPrint', { lng: locale });
  const { t: tt } = useTranslation('trajectory', { lng: locale });
  const scored = series.points.filter((point) => point.total !== null);
  const latest = scored.at(-1);
  const band = (key: string | null) => (key ? tt(`band.${key}` as 'band.mild') : '');
  return (
    <div className="follow-up-document__measure">
      <div className="follow-up-document__words">
        <h3>{tt(`measure.${series.instrument}`)}</h3>
        <p>
          {latest && (
            <strong>
              {latest.visit.key === visit.id
                ? t('document.doing.today', { score: latest.total, max: series.range.max, band: band(latest.band) })
                : t('document.doing.notToday', {
                    score: latest.total,
                    max: series.range.max,
                    band: band(latest.band),
                    date: mediumDay(latest.visit.day, locale),
                  })}
            </strong>
          )}{' '}
          {[
            ...changeSentences(series.trajectory, tt),
            ...(scored.length > 1
              ? [
                  t('document.doing.scores', {
                    list: scored.map((point) => t('document.doing.scoreOn', { score: point.total, date: mediumDay(point.visit.day, locale) })).join(', '),
                  }),
                ]
              : []),
          ].join(' ')}
        </p>
      </div>
      {withChart && (
        <div className="follow-up-document__chart" aria-hidden="true">
          <TrajectoryChart series={series} locale={locale} compact {...PRINT_CHART_SIZE} />
        </div>
      )}
    </div>
  );
}
