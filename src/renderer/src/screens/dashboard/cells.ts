import type { TFunction } from 'i18next';
import type { Count, Rate, SegmentKey, Spread } from '../../../../shared/domain/outcomes';

/**
 * How the practice figures read on screen and in print. A hidden cell carries no number (see suppression.ts), so
 * these can only ever print the words for it.
 */
type DashboardT = TFunction<'dashboard'>;

export function countText(t: DashboardT, count: Count, format: (value: number) => string): string {
  if (count.shown) return format(count.value);
  return count.reason === 'fewer-than-5' ? t('cells.fewerThan5') : t('cells.hidden');
}

export function rateText(t: DashboardT, rate: Rate, format: (value: number) => string): string {
  if (rate.shown) return t('cells.rate', { numerator: format(rate.numerator), denominator: format(rate.denominator), percent: format(rate.percent) });
  return t('cells.rateHidden', { numerator: countText(t, rate.numerator, format), denominator: countText(t, rate.denominator, format) });
}

export function spreadText(t: DashboardT, spread: Spread, format: (value: number) => string): string {
  if (spread.shown) return t('cells.spread', { median: format(spread.median), q1: format(spread.q1), q3: format(spread.q3), n: format(spread.n) });
  return t('cells.spreadHidden', { n: countText(t, spread.n, format) });
}

export function segmentName(t: DashboardT, segment: SegmentKey): string {
  switch (segment.split) {
    case 'none':
      return t('allEpisodes');
    case 'age-group':
      return t(`ageGroups.${segment.key as 'not-recorded'}`);
    case 'sex-gender':
      return t(`sexGender.${segment.key as 'not-recorded'}`);
    case 'condition':
      return t(`conditions.${segment.key as 'depression'}`);
    case 'agreed-option':
      return t(`options.${segment.key as 'none'}`);
    case 'clinician':
      return segment.name ?? segment.key;
  }
}
