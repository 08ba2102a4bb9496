import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/locale';
import type { Answers } from '../../../../shared/session';
import { ModalDialog } from '../../components/ModalDialog';
import { AboutYouFields } from './AboutYouFields';
import '../../styles/records.css';
import '../../styles/about-you.css';

interface AboutYouProps {
  answers: Answers;
  onChange: (next: Answers) => void;
  locale: Locale;
}

/** At the start of a session (the Condition step): the optional questions, in their own section. */
export function AboutYouSection({ answers, onChange, locale }: AboutYouProps) {
  const { t } = useTranslation('aboutYou', { lng: locale });
  return (
    <section aria-labelledby="about-you-heading" className="about-you">
      <h2 id="about-you-heading">
        {t('title')} <span className="about-you-optional">{t('optional')}</span>
      </h2>
      <p>{t('intro')}</p>
      <AboutYouFields aboutYou={answers.aboutYou} onChange={(aboutYou) => onChange({ ...answers, aboutYou })} locale={locale} />
    </section>
  );
}

/** Later in the session: the same questions in a dialog opened from the session's header. */
export function AboutYouDialog({ answers, onChange, locale, onClose }: AboutYouProps & { onClose: () => void }) {
  const { t } = useTranslation('aboutYou', { lng: locale });
  return (
    <ModalDialog
      title={t('title')}
      onCancel={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      <p>{t('intro')}</p>
      <AboutYouFields aboutYou={answers.aboutYou} onChange={(aboutYou) => onChange({ ...answers, aboutYou })} locale={locale} />
    </ModalDialog>
  );
}
