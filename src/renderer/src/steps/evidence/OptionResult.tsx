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
  locale: Locale;
}

/** One option's result: 100 figures, then the same numbers in words, both ways round. */
export function OptionResult({ option, outcomeLabel, per100, locale }: OptionResultProps) {
  const { t } = useTranslation('evidence', { lng: locale });
  const counts = iconArrayCounts(per100);
  const numbers = { had: counts.withOutcome, notHad: counts.without };
  const optionName = useOptionName(locale)(option);
  return (
    <li className="option-result" data-option={option}>
      <h3 className="option-result__name">
        {optionName}
      </h3>
      <IconArray
        count={per100}
        label={t('outcome.arrayLabel', { option: optionName, outcome: outcomeLabel, ...numbers })}
      />
      <p className="option-result__words">
        <strong>{t('outcome.had', numbers)}</strong> {t('outcome.notHad', numbers)}
      </p>
    </li>
  );
}

export function OptionResultLegend({ locale }: { locale: Locale }) {
  const { t } = useTranslation('evidence', { lng: locale });
  return <IconArrayLegend hadText={t('outcome.legendHad')} notHadText={t('outcome.legendNotHad')} />;
}
