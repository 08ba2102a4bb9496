import { useTranslation } from 'react-i18next';
import { CAUTION_KINDS, type Caution } from '../../../shared/content/schema';
import { pick, type Locale } from '../../../shared/locale';
import { GlossaryText } from './GlossaryText';

/**
 * The condition's cautions, grouped by kind: when one treatment may be enough, when medicine may need to come
 * first, where the research is thin, and the signs that mean "talk to your clinician today". Red flags come
 * first and stand out by border and heading text, not by colour alone.
 */
export function Cautions({ cautions, locale }: { cautions: Caution[]; locale: Locale }) {
  const { t } = useTranslation('steps', { lng: locale });
  if (cautions.length === 0) return null;
  const order = ['red-flag', ...CAUTION_KINDS.filter((kind) => kind !== 'red-flag')] as const;
  return (
    <section className="cautions" aria-labelledby="cautions-heading">
      <h2 id="cautions-heading">{t('cautions.title')}</h2>
      {order.map((kind) => {
        const ofKind = cautions.filter((caution) => caution.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className={`caution-group caution-${kind}`}>
            <h3>{t(`cautions.kinds.${kind}`)}</h3>
            <ul>
              {ofKind.map((caution) => (
                <li key={caution.id}>
                  <GlossaryText text={pick(caution.text, locale)} locale={locale} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
