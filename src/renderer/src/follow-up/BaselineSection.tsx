import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLanguage } from '../i18n';
import type { StepProps } from '../steps/types';

// The questionnaires (the measures library and their strings) load when the section is opened: they are not part of
// the first step's code (issue 14: the first screen carries only what it shows).
const BaselineQuestionnaires = lazy(() => Promise.all([import('./BaselineQuestionnaires'), loadLanguage('en')]).then(([module]) => module));

/**
 * "How are you doing now?": optional baseline measures at the first visit (Condition step, clinician's visit only),
 * saved as answers.baseline through the session's autosave. No medicine has started yet, so no side-effect rating.
 */
export function BaselineSection(props: StepProps) {
  const locale = props.session.language;
  const { t } = useTranslation('steps', { lng: locale });
  const [open, setOpen] = useState(props.answers.baseline.measures.length > 0);
  const regionId = useId();
  return (
    <section className="baseline-section" aria-labelledby="baseline-heading">
      <h2 id="baseline-heading">{t('baseline.title')}</h2>
      <p>{t('baseline.intro')}</p>
      <button type="button" className="button button-secondary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? t('baseline.hide') : t('baseline.show')}
      </button>
      <div id={regionId} hidden={!open}>
        {open && (
          <Suspense fallback={<p role="status">{t('baseline.loading')}</p>}>
            <BaselineQuestionnaires {...props} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
