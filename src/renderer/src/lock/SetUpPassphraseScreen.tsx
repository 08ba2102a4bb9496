import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockStatus } from '../../../shared/app-lock';
import type { Locale } from '../../../shared/locale';
import { useSetUpPassphrase } from '../api/hooks';
import { FormActions, showProblemsAndFocus } from '../components/FormActions';
import { OpenDataProblem } from './OpenDataProblem';
import { LockScreenFrame } from './LockScreenFrame';
import { focusFirstPassphraseProblem, PassphraseField } from './PassphraseField';
import { hasNewPassphraseProblems, newPassphraseProblems, PASSPHRASE_LIMITS, type NewPassphraseProblems } from './newPassphraseProblems';

interface SetUpPassphraseScreenProps {
  status: LockStatus;
}

/**
 * The first start on this computer: the practice chooses the passphrase that locks and unlocks Duet. Once main
 * has set up, its new lock status is in the query cache and the lock gate shows the app.
 */
export function SetUpPassphraseScreen({ status }: SetUpPassphraseScreenProps) {
  const { t } = useTranslation('lock');
  const [language, setLanguage] = useState<Locale>(status.language);
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<NewPassphraseProblems>({});
  const setUp = useSetUpPassphrase();
  const saving = setUp.isPending;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const form = event.currentTarget;
    const found = await newPassphraseProblems(next, confirm, [status.practiceName]);
    if (hasNewPassphraseProblems(found)) {
      showProblemsAndFocus(
        form,
        () => {
          setProblems(found);
          setUp.reset();
        },
        focusFirstPassphraseProblem,
      );
      return;
    }
    setProblems(found);
    setUp.reset();
    setUp.mutate(next);
  };

  return (
    <LockScreenFrame
      language={language}
      onLanguageChange={setLanguage}
      practiceName={status.practiceName}
      title={t('setUp.title')}
      headingRef={headingRef}
    >
      <p className="lead">{t('setUp.what')}</p>
      <p>{t('setUp.who')}</p>
      <div className="note lock-warning">
        <p>
          <strong>{t('setUp.noRecoveryHeading')}</strong> {t('setUp.noRecovery')}
        </p>
      </div>
      <form className="form lock-form" noValidate onSubmit={(event) => void submit(event)}>
        <PassphraseField
          label={t('setUp.next')}
          hint={t('setUp.nextHint', PASSPHRASE_LIMITS)}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          error={problems.next && t(`problems.${problems.next}`, PASSPHRASE_LIMITS)}
        />
        <PassphraseField
          label={t('setUp.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          error={problems.confirm && t(`problems.${problems.confirm}`, PASSPHRASE_LIMITS)}
        />
        {setUp.isError && <OpenDataProblem error={setUp.error} />}
        <FormActions submitLabel={t('setUp.submit')} busy={saving} working={t('setUp.saving')} />
      </form>
    </LockScreenFrame>
  );
}
