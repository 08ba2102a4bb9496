import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionKind } from '../../../shared/content/schema';
import { EvidenceComingSoon } from './evidence/EvidenceComingSoon';
import { EvidenceInWords } from './evidence/EvidenceInWords';
import { CompareOptionsPicker } from './evidence/CompareOptionsPicker';
import { OutcomeBlock } from './evidence/OutcomeBlock';
import { optionsWithNumbers, shownOptions, toggleCompared } from './evidence/comparedOptions';
import type { StepProps } from './types';
import { GlossaryScope } from '../components/GlossaryScope';
import '../styles/evidence.css';

/**
 * Step 3: what happened to 100 people like the patient under each option, with certainty and sources. Harms are
 * shown exactly like benefits (IPDAS equal detail), under their own heading.
 */
export function EvidenceStep({ session, condition, answers, onChange }: StepProps) {
  const locale = session.language;
  const { t } = useTranslation('evidence', { lng: locale });
  const [message, setMessage] = useState<string | null>(null);
  const available = optionsWithNumbers(condition);
  const shown = shownOptions(available, answers.comparedOptions);
  const benefits = condition.outcomes.filter((outcome) => outcome.kind !== 'harm');
  const harms = condition.outcomes.filter((outcome) => outcome.kind === 'harm');

  const toggle = (kind: OptionKind) => {
    const next = toggleCompared(available, shown, kind);
    if (!next) {
      setMessage(t('compare.keepOne'));
      return;
    }
    setMessage(null);
    onChange({ ...answers, comparedOptions: next });
  };

  return (
    <GlossaryScope>
      <div className="step-content evidence-step">
        {condition.outcomes.length > 0 ? (
          <>
            <p className="evidence-step__intro">{t('intro')}</p>
            <CompareOptionsPicker available={available} shown={shown} onToggle={toggle} message={message} locale={locale} />
            {benefits.length > 0 && (
              <section aria-labelledby="evidence-benefits" className="evidence-group">
                <h2 id="evidence-benefits">{t('benefitsTitle')}</h2>
                {benefits.map((outcome) => (
                  <OutcomeBlock key={outcome.id} outcome={outcome} shown={shown} locale={locale} />
                ))}
              </section>
            )}
            {harms.length > 0 && (
              <section aria-labelledby="evidence-harms" className="evidence-group">
                <h2 id="evidence-harms">{t('harmsTitle')}</h2>
                <p>{t('harmsIntro')}</p>
                {harms.map((outcome) => (
                  <OutcomeBlock key={outcome.id} outcome={outcome} shown={shown} locale={locale} />
                ))}
              </section>
            )}
          </>
        ) : condition.evidenceInWords ? (
          <EvidenceInWords evidence={condition.evidenceInWords} locale={locale} />
        ) : (
          <EvidenceComingSoon condition={condition} locale={locale} />
        )}
      </div>
    </GlossaryScope>
  );
}
