import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/practice-server.css';
import type { PracticeServerProblem, PracticeServerStatus } from '../../../shared/contract';
import { DuetError } from '../api/client';
import { ErrorMessage, errorCodeOf } from '../components/ErrorMessage';
import { FormActions, showProblemsAndFocus } from '../components/FormActions';
import { useUiLocale } from '../i18n';
import { focusFirstPassphraseProblem, PassphraseField } from '../lock/PassphraseField';
import { newPassphraseProblems, PASSPHRASE_LIMITS } from '../lock/newPassphraseProblems';
import { usePracticeServerStatus, useJoinPracticeServer } from './hooks';
import { statusSentence } from './PracticeServerStatusLine';

/** Keys under 'practiceServer:settings.problems' (and 'lock:problems' for the passphrase rule), by field. */
interface Problems {
  password?: 'passwordMissing' | 'wrong-password';
  current?: 'currentMissing' | 'currentWrong';
  practice?: 'practiceMissing' | 'wrong-passphrase' | { rule: 'nextTooShort' | 'nextTooLong' | 'nextDigitsOnly' | 'nextEasyToGuess' };
  confirm?: 'confirmMissing' | 'confirmDifferent';
  waitSeconds?: number;
}

/** The server's refusals that are not about one field: said in plain words, with main's words for IT below. */
type ServerRefusal = { problem: PracticeServerProblem; details: string };

/**
 * Settings' "Practice server" section, only when the practice's policy names one: the status, and IT's "Join the
 * practice server" form (the database role's password, this computer's passphrase, the practice passphrase).
 */
export function PracticeServerSection() {
  const status = usePracticeServerStatus();
  if (!status.data) return null;
  return <PracticeServerPanel status={status.data} />;
}

function PracticeServerPanel({ status }: { status: PracticeServerStatus }) {
  const { t } = useTranslation('practiceServer');
  const { t: tl } = useTranslation('lock');
  const locale = useUiLocale();
  const join = useJoinPracticeServer();
  const [password, setPassword] = useState('');
  const [current, setCurrent] = useState('');
  const [practice, setPractice] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const [tries, setTries] = useState(0);
  const [joined, setJoined] = useState(false);

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
    if (join.isPending) return;
    const form = event.currentTarget;
    setJoined(false);
    setRefusal(null);
    join.reset();
    const rule = await newPassphraseProblems(practice, confirm);
    const found: Problems = {
      ...(password.length === 0 ? { password: 'passwordMissing' } : {}),
      ...(current.length === 0 ? { current: 'currentMissing' } : {}),
      ...(rule.next ? { practice: rule.next === 'nextMissing' ? 'practiceMissing' : { rule: rule.next } } : {}),
      ...(rule.confirm ? { confirm: rule.confirm } : {}),
    };
    if (Object.keys(found).length > 0) {
      showProblems(form, found);
      return;
    }
    setProblems({});
    try {
      await join.mutateAsync({ password, currentPassphrase: current, practicePassphrase: practice });
      setPassword('');
      setCurrent('');
      setPractice('');
      setConfirm('');
      setJoined(true);
    } catch (error) {
      const code = errorCodeOf(error);
      const problem = error instanceof DuetError ? error.problem : null;
      if (code === 'wrong-passphrase') {
        join.reset();
        setCurrent('');
        showProblems(form, { current: 'currentWrong', waitSeconds: error instanceof DuetError ? error.waitSeconds : 0 });
      } else if (code === 'practice-server' && problem === 'wrong-password') {
        join.reset();
        setPassword('');
        showProblems(form, { password: 'wrong-password' });
      } else if (code === 'practice-server' && problem === 'wrong-passphrase') {
        join.reset();
        setPractice('');
        setConfirm('');
        showProblems(form, { practice: 'wrong-passphrase' });
      } else if (code === 'practice-server' && problem) {
        join.reset();
        setRefusal({ problem, details: error instanceof Error ? error.message : '' });
      }
      // Anything else: join.error is shown above the button.
    }
  };

  const practiceError =
    problems.practice === undefined
      ? undefined
      : typeof problems.practice === 'string'
        ? t(`settings.problems.${problems.practice}`)
        : tl(`problems.${problems.practice.rule}`, PASSPHRASE_LIMITS);
  const currentError =
    problems.current &&
    [t(`settings.problems.${problems.current}`), problems.waitSeconds ? tl('unlock.wait', { count: problems.waitSeconds }) : ''].filter(Boolean).join(' ');

  return (
    <section aria-labelledby="practice-server-heading" className="practice-server-settings">
      <h2 id="practice-server-heading">{t('settings.heading')}</h2>
      <p>{t('settings.intro')}</p>
      <p role="status" aria-live="polite" className="practice-server-status">
        {statusSentence(status, t, locale)}
        {status.refused > 0 && <> {t('status.refused', { count: status.refused })}</>}
      </p>
      {status.problem && <p className="practice-server-details">{t('settings.detailsForIt', { message: status.problem })}</p>}

      <h3 id="join-practice-server-heading">{t('settings.joinHeading')}</h3>
      <p>{t('settings.joinIntro')}</p>
      <form className="form" noValidate aria-labelledby="join-practice-server-heading" onSubmit={(event) => void submit(event)}>
        <PassphraseField
          label={t('settings.password')}
          hint={t('settings.passwordHint')}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          error={problems.password && t(`settings.problems.${problems.password}`)}
          errorKey={tries}
        />
        <PassphraseField label={t('settings.current')} value={current} onChange={setCurrent} autoComplete="current-password" error={currentError} errorKey={tries} />
        <PassphraseField
          label={t('settings.practice')}
          hint={t('settings.practiceHint', PASSPHRASE_LIMITS)}
          value={practice}
          onChange={setPractice}
          autoComplete="new-password"
          error={practiceError}
          errorKey={tries}
        />
        <PassphraseField
          label={t('settings.confirm')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          error={problems.confirm && t(`settings.problems.${problems.confirm}`)}
          errorKey={tries}
        />
        {refusal && (
          <div className="error-message" role="alert">
            <p>{t(`settings.problems.${refusal.problem}`)}</p>
            {refusal.details && <p className="practice-server-details">{t('settings.detailsForIt', { message: refusal.details })}</p>}
          </div>
        )}
        {join.isError && <ErrorMessage error={join.error} />}
        <FormActions submitLabel={t('settings.submit')} busy={join.isPending} working={t('settings.working')} done={joined && t('settings.done')} />
      </form>
    </section>
  );
}
