import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DuetError } from '../api/client';
import { useChangePassphrase } from '../api/hooks';
import { ErrorMessage, errorCodeOf } from '../components/ErrorMessage';
import { FormActions, showProblemsAndFocus } from '../components/FormActions';
import { focusFirstPassphraseProblem, PassphraseField } from '../lock/PassphraseField';
import { hasNewPassphraseProblems, newPassphraseProblems, PASSPHRASE_LIMITS, type NewPassphraseProblems } from '../lock/newPassphraseProblems';

interface Problems extends NewPassphraseProblems {
  current?: 'currentMissing' | 'currentWrong';
  /** After several wrong tries main waits before it checks again. */
  waitSeconds?: number;
}

/** Its own form, apart from the settings form: a new passphrase takes effect at once, without "Save settings". */
export function ChangePassphraseForm() {
  const { t } = useTranslation('lock');
  const changePassphrase = useChangePassphrase();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [tries, setTries] = useState(0);
  const [changed, setChanged] = useState(false);

  const showProblems = (form: HTMLFormElement, found: Problems) =>
    showProblemsAndFocus(
      form,
      () => {
        setProblems(found);
        setTries((count) => count + 1);
      },
      focusFirstPassphraseProblem,
    );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (changePassphrase.isPending) return;
    const form = event.currentTarget;
    setChanged(false);
    changePassphrase.reset();
    const found: Problems = { ...(await newPassphraseProblems(next, confirm)), ...(current.length === 0 ? { current: 'currentMissing' } : {}) };
    if (found.current || hasNewPassphraseProblems(found)) {
      showProblems(form, found);
      return;
    }
    setProblems({});
    try {
      await changePassphrase.mutateAsync({ current, next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setChanged(true);
    } catch (error) {
      if (errorCodeOf(error) !== 'wrong-passphrase') return; // shown below the fields
      changePassphrase.reset();
      setCurrent('');
      showProblems(form, { current: 'currentWrong', waitSeconds: error instanceof DuetError ? error.waitSeconds : 0 });
    }
  };

  const currentError =
    problems.current &&
    [t(`problems.${problems.current}`), problems.waitSeconds ? t('unlock.wait', { count: problems.waitSeconds }) : '']
      .filter(Boolean)
      .join(' ');

  return (
    <section className="change-passphrase" aria-labelledby="change-passphrase-heading">
      <h2 id="change-passphrase-heading">{t('change.heading')}</h2>
      <p>{t('change.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <PassphraseField
          label={t('change.current')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
          error={currentError}
          errorKey={tries}
        />
        <PassphraseField
          label={t('change.next')}
          hint={t('setUp.nextHint', PASSPHRASE_LIMITS)}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          error={problems.next && t(`problems.${problems.next}`, PASSPHRASE_LIMITS)}
          errorKey={tries}
        />
        <PassphraseField
          label={t('change.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          error={problems.confirm && t(`problems.${problems.confirm}`, PASSPHRASE_LIMITS)}
          errorKey={tries}
        />
        {changePassphrase.isError && <ErrorMessage error={changePassphrase.error} />}
        <FormActions submitLabel={t('change.submit')} busy={changePassphrase.isPending} done={changed && t('change.done')} />
      </form>
    </section>
  );
}
