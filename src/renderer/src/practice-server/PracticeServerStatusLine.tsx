import { useTranslation } from 'react-i18next';
import '../styles/practice-server.css';
import type { PracticeServerStatus } from '../../../shared/contract';
import { useUiLocale } from '../i18n';
import { formatMoment } from './formatMoment';

/** The status in one sentence: connected / catching up (n left) / offline since … / not joined yet. */
export function statusSentence(status: PracticeServerStatus, t: ReturnType<typeof useTranslation<'practiceServer'>>['t'], locale: 'en' | 'es'): string {
  switch (status.state) {
    case 'connected':
      return t('status.connected');
    case 'catching-up':
      return t('status.catchingUp', { count: status.left });
    case 'offline':
      return status.offlineSince ? t('status.offline', { time: formatMoment(status.offlineSince, locale) }) : t('status.stopped');
    case 'not-joined':
      return t('status.notJoined');
  }
}

/**
 * Home's line about the practice server, read out politely when it changes (a screen reader is not interrupted).
 * Nothing at all when the practice's policy names no server.
 */
export function PracticeServerStatusLine({ status }: { status: PracticeServerStatus | null | undefined }) {
  const { t } = useTranslation('practiceServer');
  const locale = useUiLocale();
  if (status === null) return null;
  return (
    <p role="status" aria-live="polite" className="practice-server-status">
      {status && (
        <>
          <span className={`practice-server-state practice-server-state-${status.state}`}>{statusSentence(status, t, locale)}</span>
          {status.refused > 0 && <> {t('status.refused', { count: status.refused })}</>}
        </>
      )}
    </p>
  );
}
