import { useTranslation } from 'react-i18next';

/** Said on every screen: the aid informs the conversation; the clinician still decides with the patient. */
export function SupportStatement() {
  const { t } = useTranslation('common');
  return (
    <footer className="app-footer">
      <p>{t('supportStatement')}</p>
    </footer>
  );
}
