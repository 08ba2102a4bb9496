import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import type { Session } from '../../../shared/session';
import type { Settings } from '../../../shared/settings';
import { formatDay } from '../components/formatDate';

export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={['plan-document__section', className ?? ''].join(' ').trim()}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** The practice's name, address, phone and logo: who the patient calls about this plan. */
export function PracticeHeader({ settings, locale }: { settings: Settings; locale: Locale }) {
  const { t } = useTranslation('print', { lng: locale });
  const { practiceName, practiceAddress, practicePhone, logo } = settings;
  if (!practiceName && !practiceAddress && !practicePhone && !logo) return null;
  return (
    <div className="plan-document__practice-block">
      {logo && (
        // The name next to it says who the practice is; without a name the logo must say it.
        <img className="plan-document__logo" src={logo.dataUrl} alt={practiceName ? '' : t('document.practiceLogo')} />
      )}
      <div>
        {practiceName && <p className="plan-document__practice">{practiceName}</p>}
        {practiceAddress && <p className="plan-document__practice-line plan-document__typed">{practiceAddress}</p>}
        {practicePhone && (
          <p className="plan-document__practice-line">
            {t('document.phone')}: {practicePhone}
          </p>
        )}
      </div>
    </div>
  );
}

/** Both names, the agreement date, and lines to sign on paper. */
export function AgreementSection({ session, locale }: { session: Session; locale: Locale }) {
  const { t } = useTranslation('print', { lng: locale });
  const agreedAt = session.answers.plan.agreedAt;
  const signatureLine = (label: string) => (
    <div className="plan-document__signature">
      <div className="plan-document__signature-line">
        <span className="plan-document__signature-rule" aria-hidden="true" />
        <span>{label}</span>
      </div>
      <div className="plan-document__signature-line plan-document__signature-date">
        <span className="plan-document__signature-rule" aria-hidden="true" />
        <span>{t('document.agreement.signatureDate')}</span>
      </div>
    </div>
  );
  return (
    <Section title={t('document.agreement.title')} className="plan-document__agreement">
      <p>
        {agreedAt
          ? t('document.agreement.agreed', {
              patient: session.patientLabel,
              clinician: session.clinicianName,
              date: formatDay(agreedAt, locale),
            })
          : t('document.agreement.notYet')}
      </p>
      <div className="plan-document__signatures">
        <div>
          <p className="plan-document__signer">{t('document.agreement.patientName', { name: session.patientLabel })}</p>
          {signatureLine(t('document.agreement.patientSignature'))}
        </div>
        <div>
          <p className="plan-document__signer">{t('document.agreement.clinicianName', { name: session.clinicianName })}</p>
          {signatureLine(t('document.agreement.clinicianSignature'))}
        </div>
      </div>
    </Section>
  );
}
