import { useTranslation } from 'react-i18next';
import { STEP_IDS, canJumpTo, type StepId } from '../../../shared/steps';

interface StepIndicatorProps {
  current: StepId;
  furthest: StepId;
  onJump: (step: StepId) => void;
  /** The steps open in this mode (prepare mode shows fewer); all of them by default. */
  steps?: readonly StepId[];
}

/**
 * Where the session is, in order. Steps already reached are buttons (free jumping back and forth
 * among them); steps not reached yet are plain text. State is shown by words and marks, not colour.
 */
export function StepIndicator({ current, furthest, onJump, steps = STEP_IDS }: StepIndicatorProps) {
  const { t } = useTranslation('common');
  return (
    <nav className="step-indicator" aria-label={t('steps.navLabel')}>
      <ol>
        {steps.map((step, position) => {
          const number = position + 1;
          const name = t(`steps.names.${step}`);
          const isCurrent = step === current;
          const reachable = canJumpTo(step, furthest);
          const state = isCurrent ? 'current' : reachable ? 'visited' : 'locked';
          const body = (
            <>
              <span className="step-number" aria-hidden="true">
                {state === 'visited' ? '✓' : number}
              </span>
              <span className="step-name">
                <span className="visually-hidden">{t('steps.stepNumber', { number })} </span>
                {name}
                {state === 'current' && <span className="visually-hidden"> {t('steps.currentSuffix')}</span>}
                {state === 'locked' && <span className="visually-hidden"> {t('steps.lockedSuffix')}</span>}
              </span>
            </>
          );
          return (
            <li key={step} className={`step step-${state}`} aria-current={isCurrent ? 'step' : undefined}>
              {state === 'visited' ? (
                <button type="button" className="step-button" onClick={() => onJump(step)}>
                  {body}
                </button>
              ) : (
                <span className="step-label">{body}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
