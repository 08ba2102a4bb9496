import { useTranslation } from 'react-i18next';
import type { OptionKind } from '../../../shared/content/schema';
import type { Locale } from '../../../shared/locale';

/**
 * The one name of each option kind (common:optionKinds), used by every screen and by the print, so a patient never
 * wonders whether "Medicine alone" and "Medication alone" are different choices. Without a locale it follows the UI.
 */
export function useOptionName(locale?: Locale): (kind: OptionKind) => string {
  const { t } = useTranslation('common', locale ? { lng: locale } : {});
  return (kind) => t(`optionKinds.${kind}`);
}
