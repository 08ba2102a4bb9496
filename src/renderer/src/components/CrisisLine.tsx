import { useTranslation } from 'react-i18next';

/** The practice's crisis line, in the session's language, visible on every step. */
export function CrisisLine({ text }: { text: string }) {
  const { t } = useTranslation('common');
  return (
    <aside className="crisis-line" aria-label={t('crisis.label')}>
      <p>
        <strong>{t('crisis.heading')}</strong> {text}
      </p>
    </aside>
  );
}
