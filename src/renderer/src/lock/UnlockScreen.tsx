import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockStatus } from '../../../shared/app-lock';
import type { Locale } from '../../../shared/locale';
import { DuetError } from '../api/client';
import { useUnlock } from '../api/hooks';
import { errorCodeOf } from '../components/ErrorMessage';
import { FormActions } from '../components/FormActions';
import { OpenDataProblem } from './OpenDataProblem';
import { LockScreenFrame } from './LockScreenFrame';
import { PassphraseField } from './PassphraseField';

interface UnlockScreenProps {
  status: LockStatus;
  /** While the page is still locking and saving, the passphrase cannot be typed yet. */
  locking: boolean;
}

/** After a wrong passphrase main says how long it waits before it checks another (see AppLock). */
function waitSecondsOf(error: unknown): number {
  return error instanceof DuetError ? error.waitSeconds : 0;
}

type Problem = { kind: 'missing' } | { kind: 'wrong'; waitSeconds: number } | { kind: 'failed'; error: unknown } | null;

/**
 * Shown instead of every screen while Duet is locked: no patient's data, only the practice passphrase box. A
 * successful unlock updates main's lock status in the query cache, and the lock gate shows the app.
 */
export function UnlockScreen({ status, locking }: UnlockScreenProps) {
  const { t } = useTranslation('lock');
  const [language, setLanguage] = useState<Locale>(status.language);
  const [passphrase, setPassphrase] = useState('');
  // A wait still running from tries before this screen opened (after a restart, say) is said at once.
  const [problem, setProblem] = useState<Problem>(status.waitSeconds > 0 ? { kind: 'wrong', waitSeconds: status.waitSeconds } : null);
  const unlock = useUnlock();
  const checking = unlock.isPending;
  const [tries, setTries] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  // Whatever had focus is gone: start keyboard and screen-reader users here, at the passphrase once it can be typed.
  useEffect(() => {
    if (locking) headingRef.current?.focus();
    else fieldRef.current?.focus();
  }, [locking]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (locking || checking) return;
    setTries((count) => count + 1);
    if (passphrase.length === 0) {
      setProblem({ kind: 'missing' });
      fieldRef.current?.focus();
      return;
    }
    try {
      const unlocked = await unlock.mutateAsync(passphrase);
      if (unlocked.state === 'unlocked') return;
      setProblem({ kind: 'wrong', waitSeconds: unlocked.waitSeconds });
    } catch (error) {
      setProblem(errorCodeOf(error) === 'wrong-passphrase' ? { kind: 'wrong', waitSeconds: waitSecondsOf(error) } : { kind: 'failed', error });
    }
    setPassphrase('');
    fieldRef.current?.focus();
  };

  const fieldError =
    problem?.kind === 'missing'
      ? t('unlock.missing')
      : problem?.kind === 'wrong'
        ? [t('unlock.wrong'), problem.waitSeconds > 0 ? t('unlock.wait', { count: problem.waitSeconds }) : '']
            .filter(Boolean)
            .join(' ')
        : undefined;

  return (
    <LockScreenFrame
      language={language}
      onLanguageChange={setLanguage}
      practiceName={status.practiceName}
      title={t('unlock.title')}
      headingRef={headingRef}
    >
      <p id="unlock-why" className="lead">
        {t('unlock.why')}
      </p>
      {locking ? (
        <p role="status">{t('unlock.locking')}</p>
      ) : (
        <form className="form lock-form" noValidate onSubmit={(event) => void submit(event)}>
          <PassphraseField
            label={t('unlock.passphrase')}
            hint={t('unlock.passphraseHint')}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            error={fieldError}
            errorKey={tries}
            describedBy="unlock-why"
            inputRef={fieldRef}
          />
          {problem?.kind === 'failed' && <OpenDataProblem error={problem.error} />}
          <FormActions submitLabel={t('unlock.submit')} busy={checking} working={t('unlock.checking')} />
        </form>
      )}
    </LockScreenFrame>
  );
}
