import { useEffect, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { LANGUAGE_CHOICES, useLanguage } from '../i18n';

interface LockScreenFrameProps {
  language: Locale;
  onLanguageChange: (language: Locale) => void;
  practiceName: string;
  title: string;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

/**
 * The page around the set-up and unlock screens: nothing but Duet's name, the practice's name and the form.
 * It replaces every other screen, so the window title must not name a patient either.
 */
export function LockScreenFrame({ language, onLanguageChange, practiceName, title, headingRef, children }: LockScreenFrameProps) {
  const { t } = useTranslation('lock');
  useLanguage(language);
  useEffect(() => {
    document.title = `${title} – Duet`;
  }, [title]);

  return (
    <div className="app lock-screen-app">
      <header className="lock-header">
        <p className="app-name">
          Duet
          {practiceName && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {practiceName}
            </>
          )}
        </p>
        <div className="lock-language" role="group" aria-label={t('language.label')}>
          {LANGUAGE_CHOICES.map(({ value, label }) => (
            <button
              key={value}
              type="button"
              lang={value}
              className="button button-secondary button-small"
              aria-pressed={language === value}
              onClick={() => onLanguageChange(value)}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="page lock-screen">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
