import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import {
  hasSpanishVersion,
  INSTRUMENTS,
  WSAS_WORK_ITEM_ID,
  type InstrumentId,
  type InstrumentText,
  type MeasureResponse,
} from '../../../shared/measures';
import { scoreMeasure, type MeasureScore } from '../../../shared/domain/measures';
import { RadioGroup } from '../components/RadioGroup';
import '../styles/follow-up.css';

interface MeasureFormProps {
  instrument: InstrumentId;
  /** The stored answers; undefined until the first one is chosen. */
  response: MeasureResponse | undefined;
  onChange: (response: MeasureResponse) => void;
  /** The session's language: a questionnaire shows in Spanish only where every text of it has a checked Spanish version. */
  locale: Locale;
  /** What WSAS's "[problem]" stands for, in the language the questionnaire is shown in. */
  problem: Record<Locale, string>;
  headingLevel?: 2 | 3;
  /** Shown right after the safety question (PHQ-9 item 9) as soon as it is answered above 0. */
  safetyPrompt?: ReactNode;
}

interface ShownText {
  text: string;
  /** Set when the text is in another language than the page. */
  lang: Locale | undefined;
}

/** The empty answers of an instrument: every item blank. */
export function emptyResponse(instrument: InstrumentId): MeasureResponse {
  return { instrument, answers: Object.fromEntries(INSTRUMENTS[instrument].items.map((item) => [item.id, null])), workNotApplicable: false };
}

/** True when PHQ-9 item 9 (any instrument's safety item) is answered above 0. Never a score or a label. */
export function safetyItemAboveZero(response: MeasureResponse | undefined): boolean {
  if (!response) return false;
  const itemId = INSTRUMENTS[response.instrument].safetyItemId;
  if (itemId === null) return false;
  const value = response.answers[itemId];
  return typeof value === 'number' && value > 0;
}

/**
 * One questionnaire exactly as its definition gives it: instructions, recall period, each item as a group of native
 * radio buttons (arrow keys move, the whole label is the target), and the total with its band once every item is
 * answered. A text Duet could not verify is never paraphrased: the form says the wording is not available.
 */
export function MeasureForm({ instrument, response, onChange, locale, problem, headingLevel = 3, safetyPrompt }: MeasureFormProps) {
  const { t } = useTranslation('measures', { lng: locale });
  const definition = INSTRUMENTS[instrument];
  const headingId = useId();
  const inSpanish = locale === 'es' && hasSpanishVersion(definition);
  const shownLocale: Locale = inSpanish ? 'es' : 'en';
  const current = response ?? emptyResponse(instrument);
  const shown = (text: InstrumentText | null): ShownText | null => {
    if (!text) return null;
    const chosen = inSpanish ? text.es : text.en;
    if (chosen === null) return null;
    return { text: chosen.replaceAll('[problem]', problem[shownLocale]), lang: shownLocale === locale ? undefined : shownLocale };
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const instructions = shown(definition.instructions);
  const recall = shown(definition.recallPeriod);
  const choose = (itemId: string, value: number) => {
    const notApplicable = itemId === WSAS_WORK_ITEM_ID ? false : current.workNotApplicable;
    onChange({ ...current, answers: { ...current.answers, [itemId]: value }, workNotApplicable: notApplicable });
  };
  const setWorkNotApplicable = (notApplicable: boolean) => {
    const answers = notApplicable ? { ...current.answers, [WSAS_WORK_ITEM_ID]: null } : current.answers;
    onChange({ ...current, answers, workNotApplicable: notApplicable });
  };
  const showSafety = safetyItemAboveZero(response);

  return (
    <section className="measure-form" aria-labelledby={headingId} data-instrument={instrument}>
      <Heading id={headingId}>
        {definition.shortName}: {t(`about.${instrument}`)}
      </Heading>
      {locale === 'es' && !inSpanish && <p className="note">{t('noSpanish')}</p>}
      {instructions ? (
        <p className="measure-instructions" lang={instructions.lang}>
          {instructions.text}
        </p>
      ) : (
        <p className="note">{t('wordingNotAvailable')}</p>
      )}
      {recall && (
        <p className="measure-recall">
          {t('recallPeriod')} <span lang={recall.lang}>{recall.text}</span>
        </p>
      )}
      <ol className="measure-items">
        {definition.items.map((item, index) => {
          const text = shown(item.text);
          const number = index + 1;
          const value = current.answers[item.id];
          const isWork = instrument === 'wsas' && item.id === WSAS_WORK_ITEM_ID;
          return (
            <li key={item.id} className="measure-item">
              <RadioGroup<string>
                layout="row"
                legend={
                  text ? (
                    <>
                      <span className="measure-item-number">{number}. </span>
                      <span lang={text.lang}>{text.text}</span>
                    </>
                  ) : (
                    t('itemWordingNotAvailable', { number, count: definition.items.length })
                  )
                }
                choices={definition.options.map((option) => {
                  const label = shown(option.label);
                  return {
                    value: String(option.value),
                    label: (
                      <>
                        <span className="measure-option-value">{option.value}</span>
                        {label && <span className="measure-option-label"> {label.text}</span>}
                      </>
                    ),
                    lang: label?.lang,
                  };
                })}
                value={typeof value === 'number' ? String(value) : null}
                onChange={(chosen) => choose(item.id, Number(chosen))}
              />
              {isWork && (
                <label className="checkbox-choice measure-not-applicable">
                  <input type="checkbox" checked={current.workNotApplicable} onChange={(event) => setWorkNotApplicable(event.target.checked)} />
                  <span>{t('workNotApplicable')}</span>
                </label>
              )}
              {item.id === definition.safetyItemId && showSafety && safetyPrompt}
            </li>
          );
        })}
      </ol>
      <p className="measure-score" role="status">
        <ScoreText score={scoreMeasure(current)} locale={locale} />
      </p>
    </section>
  );
}

function ScoreText({ score, locale }: { score: MeasureScore; locale: Locale }) {
  const { t } = useTranslation('measures', { lng: locale });
  switch (score.kind) {
    case 'invalid':
      return <>{t('score.invalid')}</>;
    case 'incomplete':
      return <>{score.notApplicable.length > 0 && score.missing.length === 0 ? t('score.notApplicable') : t('score.incomplete', { count: score.missing.length })}</>;
    case 'total':
      return <>{t('score.total', { total: score.total, max: score.max, band: bandText(t, score.instrument, score.band) })}</>;
    case 'ratings': {
      const ratings = INSTRUMENTS[score.instrument].items
        .map((item, index) => t('score.rating', { number: index + 1, value: score.ratings[item.id] ?? 0 }))
        .join(', ');
      return <>{t('score.ratings', { ratings, band: bandText(t, score.instrument, score.band) })}</>;
    }
  }
}

type MeasuresT = ReturnType<typeof useTranslation<'measures'>>['t'];

/** The plain-words band of a total (or of the FIBSER burden rating). Band keys come from the definitions. */
export function bandText(t: MeasuresT, instrument: InstrumentId, band: string): string {
  return t(`bands.${instrument}.${band}` as 'bands.phq9.minimal');
}
