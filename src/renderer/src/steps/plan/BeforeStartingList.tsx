import { useTranslation } from 'react-i18next';
import type { Caution } from '../../../../shared/content/schema';
import { pick, type Locale } from '../../../../shared/locale';
import { GlossaryText } from '../../components/GlossaryText';

/** The cautions that apply to this person ("About you"), to talk through before any treatment starts. */
export function BeforeStartingList({ cautions, locale }: { cautions: Caution[]; locale: Locale }) {
  const { t } = useTranslation('plan', { lng: locale });
  if (cautions.length === 0) return null;
  return (
    <section className="plan-section before-starting" aria-labelledby="plan-before-starting-heading">
      <h2 id="plan-before-starting-heading">{t('beforeStarting.title')}</h2>
      <p className="field-hint">{t('beforeStarting.hint')}</p>
      <ul>
        {cautions.map((caution) => (
          <li key={caution.id} data-caution={caution.id}>
            <GlossaryText text={pick(caution.text, locale)} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
