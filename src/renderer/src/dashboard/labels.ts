import { useTranslation } from 'react-i18next';
import { pick, type Locale } from '../../../shared/locale';
import type { Count, Rate, SegmentKey, Spread } from '../../../shared/domain/outcomes';
import type { OutcomeWindowId, Split } from '../../../shared/domain/outcomes';
import { findCondition } from '../components/findCondition';
import { useOptionName } from '../components/useOptionName';

/**
 * Every word and number of the practice's figures (issue 12). A hidden count has no number to show (suppression.ts),
 * so it can only come out as "fewer than 5" or "not shown", and a rate over a hidden count never shows a percentage.
 */
export function useDashboardLabels(locale: Locale) {
  const { t } = useTranslation('dashboard', { lng: locale });
  const { t: tAbout } = useTranslation('aboutYou', { lng: locale });
  const optionName = useOptionName(locale);
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const number = (value: number) => numberFormat.format(value);

  const count = (value: Count): string => (value.shown ? number(value.value) : t(`cells.${value.reason}`));

  const conditionName = (id: string): string => {
    const condition = findCondition(id);
    return condition ? pick(condition.name, locale) : id;
  };

  const segmentName = (segment: SegmentKey): string => {
    const { split, key } = segment;
    if (split === 'none') return t('segments.all');
    if (key === 'not-recorded') return t('segments.not-recorded');
    switch (split) {
      case 'age-group':
        return tAbout(`ageGroup.${key as 'under-18'}`);
      case 'sex-gender':
        return t(`segments.${key as 'woman'}`);
      case 'condition':
        return conditionName(key);
      case 'agreed-option':
        return key === 'none' ? t('segments.none') : optionName(key as 'therapy');
      case 'clinician':
        return segment.name ?? key;
    }
  };

  /** "12 of 30 (40%)"; hidden: "fewer than 5 of 30", or only the hidden denominator's words. */
  const rate = (value: Rate): string => {
    if (value.shown) return t('cells.rate', { numerator: number(value.numerator), denominator: number(value.denominator), percent: number(value.percent) });
    if (!value.denominator.shown) return count(value.denominator);
    return t('cells.partRate', { numerator: count(value.numerator), denominator: count(value.denominator) });
  };

  /** "12 of 30 with a follow-up at 8–12 weeks (40%)": the denominator says who it is. */
  const windowRate = (value: Rate, window: OutcomeWindowId): string => {
    const windowName = t(`windows.${window}`);
    if (value.shown) {
      return t('cells.withFollowUp', { numerator: number(value.numerator), denominator: number(value.denominator), percent: number(value.percent), window: windowName });
    }
    if (!value.denominator.shown) return count(value.denominator);
    return t('cells.withFollowUpHidden', { numerator: count(value.numerator), denominator: count(value.denominator), window: windowName });
  };

  const spread = (value: Spread): string =>
    value.shown ? t('cells.spread', { median: number(value.median), q1: number(value.q1), q3: number(value.q3), n: number(value.n) }) : count(value.n);

  const splitName = (split: Split): string => t(`split.${split}`);

  return { t, number, count, rate, windowRate, spread, segmentName, conditionName, optionName, splitName };
}

export type DashboardLabels = ReturnType<typeof useDashboardLabels>;

/** A rate's percentage for a chart, or null when it is not shown (the chart leaves it out). */
export function percentOf(value: Rate | null): number | null {
  return value?.shown ? value.percent : null;
}
