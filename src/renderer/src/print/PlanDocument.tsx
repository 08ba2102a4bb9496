import { use, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { about } from 'virtual:duet-content/about';
import { currentPlanVersion } from '../../../shared/domain/episode';
import { cautionsForPerson, includesMedicine, needsSafetyPlan, personalFactors } from '../../../shared/domain/personal-factors';
import type { Condition } from '../../../shared/content/schema';
import { pick, type Locale } from '../../../shared/locale';
import { sessionStatus, type Session } from '../../../shared/session';
import type { Settings } from '../../../shared/settings';
import { formatCalendarDate, formatDay } from '../components/formatDate';
import { SourceCitation } from '../components/SourceCitation';
import { loadCondition, sourcesForCondition } from '../content';
import { useOptionName } from '../components/useOptionName';
import { useLanguage } from '../i18n';
import { PlanCareDetails } from './PlanCareDetails';
import { AgreementSection, PracticeHeader, Section } from './PlanDocumentParts';
import { PlanSafetyPlan } from './PlanSafetyPlan';
import { crisisTextsToPrint, mattersMost } from './planDocumentData';
import '../styles/print.css';

interface PlanDocumentProps {
  session: Session;
  settings: Settings;
  /** The day the document is made; the print window and the preview both use today. */
  today?: Date;
  /**
   * The session's condition from the content (loaded here, in its own chunk, when not given); tests of content
   * states no real condition is in pass their own.
   */
  condition?: Condition;
}

/**
 * The patient's take-home plan, in the session's language, or (printLayout 'bilingual') in the session's
 * language and then again in the other language from a new page. The preview shows exactly this, and the PDF
 * is printed from exactly this: no buttons or other screen controls belong inside it.
 */
export function PlanDocument({ session, settings, today = new Date(), condition: given }: PlanDocumentProps) {
  const condition = given ?? use(loadCondition(session.conditionId))?.condition;
  if (!condition) throw new Error(`Unknown condition ${session.conditionId}`);
  useLanguage(session.language);
  const other: Locale = session.language === 'en' ? 'es' : 'en';
  const locales = session.answers.printLayout === 'bilingual' ? [session.language, other] : [session.language];
  return (
    <div className="plan-document-set">
      {locales.map((locale) => (
        <PlanInOneLanguage key={locale} session={session} settings={settings} today={today} condition={condition} locale={locale} />
      ))}
    </div>
  );
}

function PlanInOneLanguage({ session, settings, today, condition, locale }: Required<PlanDocumentProps> & { locale: Locale }) {
  const titleId = useId();
  const { t } = useTranslation('print', { lng: locale });
  const optionName = useOptionName(locale);
  const { answers } = session;
  const { plan } = answers;
  const agreed = sessionStatus(session) === 'agreed';
  // The version in force (a plan changed at a follow-up is a new version); a plan agreed before versions were
  // kept has none and prints its agreement date alone.
  const version = currentPlanVersion(session);
  const option = condition.options.find((candidate) => candidate.kind === plan.agreedOption);
  const modalities = option?.modalities.filter((modality) => plan.modalityIds.includes(modality.id)) ?? [];
  const goals = plan.goals.filter((goal) => goal.trim() !== '');
  const nextSteps = plan.nextSteps.filter((step) => step.text.trim() !== '' || step.date !== '');
  const careTeam = plan.careTeam.filter((member) => member.role.trim() || member.name.trim() || member.contact.trim());
  const rated = mattersMost(answers.importance);
  const forPerson = cautionsForPerson(condition.cautions, personalFactors(answers.aboutYou));
  // The take-home plan cites what it rests on: the studies behind the condition's figures and the cautions printed
  // for this person. The full list of everything the condition cites stays on the About screen (and in the
  // review packet), so the plan keeps to two pages in one language.
  const printedSourceIds = new Set([
    ...condition.outcomes.flatMap((outcome) => [...outcome.sourceIds, ...outcome.effects.map((effect) => effect.sourceId)]),
    ...(condition.evidenceInWords?.sourceIds ?? []),
    ...forPerson.flatMap((caution) => caution.sourceIds),
  ]);
  const sources = sourcesForCondition(condition).filter((source) => printedSourceIds.has(source.id));
  // Typed boxes start from the practice line in the session's language; the other language prints its own.
  const typedIn = (typed: string) =>
    locale === session.language ? typed : typed.replace(settings.crisisLine[session.language], '').trim();
  const nothingYet = <p className="plan-document__empty">{t('document.nothingYet')}</p>;

  return (
    <article className="plan-document" lang={locale} aria-labelledby={titleId}>
      <header className="plan-document__header">
        <PracticeHeader settings={settings} locale={locale} />
        <h1 id={titleId}>{t('document.title')}</h1>
        {!agreed && <p className="plan-document__draft">{t('document.draft')}</p>}
        <dl className="plan-document__facts">
          <div>
            <dt>{t('document.patient')}</dt>
            <dd>{session.patientLabel}</dd>
          </div>
          <div>
            <dt>{t('document.condition')}</dt>
            <dd>{pick(condition.name, locale)}</dd>
          </div>
          <div>
            <dt>{t('document.clinician')}</dt>
            <dd>{session.clinicianName}</dd>
          </div>
          <div>
            <dt>{t('document.date')}</dt>
            <dd>{formatDay(today, locale)}</dd>
          </div>
          {agreed && version && (
            <div>
              <dt>{t('document.planVersion')}</dt>
              <dd>{t('document.planVersionAgreed', { version: version.version, date: formatDay(version.agreedAt, locale) })}</dd>
            </div>
          )}
          {agreed && !version && plan.agreedAt && (
            <div>
              <dt>{t('document.agreedOn')}</dt>
              <dd>{formatDay(plan.agreedAt, locale)}</dd>
            </div>
          )}
        </dl>
      </header>

      <Section title={t('document.role.title')}>
        <p>{t(`document.role.${session.decisionRole}`)}</p>
      </Section>

      {needsSafetyPlan(answers.aboutYou) && (
        <PlanSafetyPlan
          safetyPlan={plan.safetyPlan}
          locale={locale}
          practiceCrisisLine={settings.crisisLine[locale]}
          professionals={typedIn(plan.safetyPlan.professionals)}
        />
      )}

      <Section title={t('document.option.title')}>
        {option ? (
          <>
            <p className="plan-document__option">{optionName(option.kind)}</p>
            {modalities.length > 0 && (
              <ul>
                {modalities.map((modality) => (
                  <li key={modality.id}>
                    <strong>
                      {pick(modality.name, locale)}
                      {modality.abbreviation && ` (${pick(modality.abbreviation, locale)})`}
                    </strong>
                    : {pick(modality.description, locale)}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="plan-document__empty">{t('document.option.none')}</p>
        )}
        {includesMedicine(plan.agreedOption) && <p>{t('document.details.taperRule')}</p>}
      </Section>

      {forPerson.length > 0 && (
        <Section title={t('document.beforeStarting')} className="plan-document__before-starting">
          <ul>
            {forPerson.map((caution) => (
              <li key={caution.id}>{pick(caution.text, locale)}</li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={t('document.goals')}>
        {goals.length > 0 ? (
          <ul>
            {goals.map((goal, index) => (
              <li key={index}>{goal}</li>
            ))}
          </ul>
        ) : (
          nothingYet
        )}
        {plan.progressMeasures.trim() && (
          <>
            <h3>{t('document.details.progress')}</h3>
            <p className="plan-document__typed">{plan.progressMeasures}</p>
          </>
        )}
      </Section>

      <Section title={t('document.nextSteps')}>
        {nextSteps.length > 0 ? (
          <ul className="plan-document__checklist">
            {nextSteps.map((step, index) => (
              <li key={index}>
                <span className="plan-document__checkbox" aria-hidden="true">
                  ☐
                </span>{' '}
                {step.text}
                {step.date && (
                  <>
                    {' '}
                    <span className="plan-document__when">
                      ({t('document.nextStepBy', { date: formatCalendarDate(step.date, locale) })})
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          nothingYet
        )}
      </Section>

      <Section title={t('document.careTeam.title')}>
        {careTeam.length > 0 ? (
          <table className="plan-document__table">
            <thead>
              <tr>
                <th scope="col">{t('document.careTeam.role')}</th>
                <th scope="col">{t('document.careTeam.name')}</th>
                <th scope="col">{t('document.careTeam.contact')}</th>
              </tr>
            </thead>
            <tbody>
              {careTeam.map((member, index) => (
                <tr key={index}>
                  <td>{member.role}</td>
                  <td>{member.name}</td>
                  <td>{member.contact}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          nothingYet
        )}
      </Section>

      <PlanCareDetails plan={plan} locale={locale} />

      <Section title={t('document.review.title')}>
        <p>{plan.reviewDate ? formatCalendarDate(plan.reviewDate, locale) : t('document.review.none')}</p>
      </Section>

      <Section title={t('document.mattersMost')}>
        {rated.length > 0 ? (
          <ul>
            {rated.map(({ consideration, importance }) => (
              <li key={consideration.id}>
                {pick(consideration.label, locale)} <span className="plan-document__when">({t(`document.importance.${importance}`)})</span>
              </li>
            ))}
          </ul>
        ) : (
          nothingYet
        )}
        {answers.worries.trim() && (
          <>
            <h3>{t('document.worries')}</h3>
            <p className="plan-document__typed">{answers.worries}</p>
          </>
        )}
        {answers.questions.trim() && (
          <>
            <h3>{t('document.questions')}</h3>
            <p className="plan-document__typed">{answers.questions}</p>
          </>
        )}
      </Section>

      <Section title={t('document.crisis')} className="plan-document__crisis">
        {crisisTextsToPrint(settings.crisisLine[locale], typedIn(plan.crisisContacts)).map((text, index) => (
          <p key={index} className="plan-document__typed">
            {text}
          </p>
        ))}
      </Section>

      <AgreementSection session={session} locale={locale} />

      <p className="plan-document__statement">{t('document.supportsNotReplaces')}</p>

      {sources.length > 0 && (
        <Section title={t('document.sources')} className="plan-document__sources">
          <ol>
            {sources.map((source) => (
              <li key={source.id}>
                <SourceCitation source={source} />
              </li>
            ))}
          </ol>
        </Section>
      )}

      <footer className="plan-document__footer">
        <p>
          {t('document.about', {
            version: about.contentVersion,
            published: formatCalendarDate(about.publishedOn, locale),
            nextReview: formatCalendarDate(about.nextReviewBy, locale),
          })}
        </p>
      </footer>
    </article>
  );
}
