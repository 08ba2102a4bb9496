import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lockNavigation } from '../../routing/navigationLock';
import '../../styles/quality.css';

/**
 * While the patient prepares alone: larger type on the whole page (a class on the root element, so every rem
 * grows) and app-menu commands that would leave the session are ignored.
 */
export function usePrepareMode(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    root.classList.add('prepare-mode');
    const unlock = lockNavigation();
    return () => {
      root.classList.remove('prepare-mode');
      unlock();
    };
  }, [active]);
}

/** A calm word at the top of each step the patient goes through alone. */
export function PrepareBanner() {
  const { t } = useTranslation('prepare');
  return (
    <section className="prepare-banner" aria-labelledby="prepare-banner-heading">
      <h2 id="prepare-banner-heading">{t('banner.heading')}</h2>
      <p>{t('banner.text')}</p>
    </section>
  );
}

/** The end of the patient's time alone. */
export function PrepareEnd({ onGoBack }: { onGoBack: () => void }) {
  const { t } = useTranslation('prepare');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="main-content" tabIndex={-1} className="page session-main prepare-end">
      <h1 ref={heading} tabIndex={-1}>
        {t('end.title')}
      </h1>
      <p>{t('end.tellClinician')}</p>
      <p>{t('end.saved')}</p>
      <p>
        <button type="button" className="button button-secondary" onClick={onGoBack}>
          {t('end.goBack')}
        </button>
      </p>
    </main>
  );
}

/** "Clinician: continue the visit", with a confirmation so a patient does not end their own time alone by accident. */
export function ContinueVisitControl({ onContinue }: { onContinue: () => void }) {
  const { t } = useTranslation('prepare');
  const [asking, setAsking] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmButton.current?.focus();
    else if (wasAsking.current) openButton.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={openButton} className="button button-secondary" onClick={() => setAsking(true)}>
        {t('continue.button')}
      </button>
    );
  }
  return (
    <div className="prepare-confirm" role="group" aria-labelledby="prepare-confirm-question">
      <p id="prepare-confirm-question">{t('continue.question')}</p>
      <div className="prepare-confirm-actions">
        <button type="button" ref={confirmButton} className="button button-primary" onClick={onContinue}>
          {t('continue.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t('continue.cancel')}
        </button>
      </div>
    </div>
  );
}
