import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionKind } from '../../../../shared/content/schema';
import type { Locale } from '../../../../shared/locale';
import { useOptionName } from '../../components/useOptionName';

interface CompareOptionsPickerProps {
  available: OptionKind[];
  shown: OptionKind[];
  onToggle: (kind: OptionKind) => void;
  /** Plain words when the last ticked option could not be unticked. */
  message: string | null;
  locale: Locale;
}

/** Checkboxes for the options shown side by side in every outcome. */
export function CompareOptionsPicker({ available, shown, onToggle, message, locale }: CompareOptionsPickerProps) {
  const { t } = useTranslation('evidence', { lng: locale });
  const optionName = useOptionName(locale);
  const id = useId();
  return (
    <fieldset className="compare-picker" aria-describedby={`${id}-hint`}>
      <legend className="field-label">{t('compare.legend')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('compare.hint')}
      </p>
      <div className="choices compare-picker__choices">
        {available.map((kind) => (
          <label className="choice" key={kind}>
            <input type="checkbox" checked={shown.includes(kind)} onChange={() => onToggle(kind)} />
            <span className="choice-label">{optionName(kind)}</span>
          </label>
        ))}
      </div>
      <p className="field-error compare-picker__message" role="status">
        {message}
      </p>
    </fieldset>
  );
}
