import { useTranslation } from 'react-i18next';
import type { OptionKind } from '../../../../shared/content/schema';
import { iconArrayCounts } from '../../../../shared/domain/evidence';
import type { Locale } from '../../../../shared/locale';
import { IconArray, IconArrayLegend } from '../../components/IconArray';
import { useOptionName } from '../../components/useOptionName';

interface OptionResultProps {
  option: OptionKind;
  /** The outcome's label in the session's language, for the picture's accessible name. */
  outcomeLabel: string;
  per100: number;
  /** A harm reads "had this happen" rather than "had this result". */
  harm: boolean;
  locale: Locale;
}

/** The words for "had it" differ for a harm; "did not" and the picture are the same. */
const HARM_WORDING = {
  had: 'outcome.harmHad',
  notHad: 'outcome.harmNotHad',
  arrayLabel: 'outcome.harmArrayLabel',
  legendHad: 'outcome.harmLegendHad',
  legendNotHad: 'outcome.harmLegendNotHad',
} as const;
const BENEFIT_WORDING = {
  had: 'outcome.had',
  notHad: 'outcome.notHad',
  arrayLabel: 'outcome.arrayLabel',
  legendHad: 'outcome.legendHad',
  legendNotHad: 'outcome.legendNotHad',
} as const;

function wordingKeys(harm: boolean) {
  return harm ? HARM_WORDING : BENEFIT_WORDING;
}

/** One option's result: 100 figures, then the same numbers in words, both ways round. */
export function OptionResult({ option, outcomeLabel, per100, harm, locale }: OptionResultProps) {
  const { t } = useTranslation('evidence', { lng: locale });
  const counts = iconArrayCounts(per100);
  const numbers = { had: counts.withOutcome, notHad: counts.without };
  const optionName = useOptionName(locale)(option);
  const keys = wordingKeys(harm);
  return (
    <li className="option-result" data-option={option}>
      <h4 className="option-result__name">
        {optionName}
      </h4>
      <IconArray
        count={per100}
        label={t(keys.arrayLabel, { option: optionName, outcome: outcomeLabel, ...numbers })}
      />
      <p className="option-result__words">
        <strong>{t(keys.had, numbers)}</strong> {t(keys.notHad, numbers)}
      </p>
    </li>
  );
}

export function OptionResultLegend({ harm, locale }: { harm: boolean; locale: Locale }) {
  const { t } = useTranslation('evidence', { lng: locale });
  const keys = wordingKeys(harm);
  return <IconArrayLegend hadText={t(keys.legendHad)} notHadText={t(keys.legendNotHad)} />;
}
