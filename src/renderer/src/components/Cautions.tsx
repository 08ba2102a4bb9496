import { useTranslation } from 'react-i18next';
import { CAUTION_KINDS, type PersonalFactor } from '../../../shared/content/ids';
import type { Caution } from '../../../shared/content/schema';
import { cautionApplies } from '../../../shared/domain/personal-factors';
import { pick, type Locale } from '../../../shared/locale';
import { GlossaryText } from './GlossaryText';

interface CautionsProps {
  cautions: Caution[];
  locale: Locale;
  /** Personal factors from "About you": cautions tagged with one of them come first, marked in words. */
  factors?: ReadonlySet<PersonalFactor>;
  /** The practice's crisis line, shown right under the red flags (condition texts carry no phone numbers). */
  crisisLine?: string;
}

/**
 * The condition's cautions. Red flags ("talk to your clinician today") always come first, with the practice's
 * crisis line right under them; then the cautions that apply to this person, each marked "This applies to you";
 * then the rest grouped by kind. Every caution is shown once: answers reorder cautions, never hide them. Red flags
 * stand out by border and heading text, and "applies to you" by words, not by colour alone.
 */
export function Cautions({ cautions, locale, factors = new Set(), crisisLine }: CautionsProps) {
  const { t } = useTranslation('steps', { lng: locale });
  if (cautions.length === 0) return null;
  const applies = (caution: Caution) => cautionApplies(caution, factors);
  // Within the red flags, the ones for this person come first.
  const redFlags = cautions.filter((c) => c.kind === 'red-flag').sort((a, b) => Number(applies(b)) - Number(applies(a)));
  const forPerson = cautions.filter((c) => c.kind !== 'red-flag' && applies(c));
  const otherKinds = CAUTION_KINDS.filter((kind) => kind !== 'red-flag');
  const item = (caution: Caution, withKind: boolean) => (
    <li key={caution.id} data-caution={caution.id}>
      {applies(caution) && (
        <>
          <strong className="caution-applies">{t('cautions.appliesToYou')}</strong>{' '}
        </>
      )}
      {withKind && <span className="caution-kind">{t(`cautions.kindShort.${caution.kind}`)}: </span>}
      <GlossaryText text={pick(caution.text, locale)} locale={locale} />
    </li>
  );
  return (
    <section className="cautions" aria-labelledby="cautions-heading">
      <h2 id="cautions-heading">{t('cautions.title')}</h2>
      {(redFlags.length > 0 || crisisLine) && (
        <div className="caution-group caution-red-flag">
          {redFlags.length > 0 && (
            <>
              <h3>{t('cautions.kinds.red-flag')}</h3>
              <ul>{redFlags.map((caution) => item(caution, false))}</ul>
            </>
          )}
          {crisisLine && (
            <p className="caution-crisis-line">
              <strong>{t('cautions.crisisLine')}</strong> {crisisLine}
            </p>
          )}
        </div>
      )}
      {forPerson.length > 0 && (
        <div className="caution-group caution-for-you">
          <h3>{t('cautions.forYouTitle')}</h3>
          <ul>{forPerson.map((caution) => item(caution, true))}</ul>
        </div>
      )}
      {otherKinds.map((kind) => {
        const ofKind = cautions.filter((caution) => caution.kind === kind && !forPerson.includes(caution));
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className={`caution-group caution-${kind}`}>
            <h3>{t(`cautions.kinds.${kind}`)}</h3>
            <ul>{ofKind.map((caution) => item(caution, false))}</ul>
          </div>
        );
      })}
    </section>
  );
}
