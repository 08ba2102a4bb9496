import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { useStartFollowUp } from '../api/hooks';
import { navigate } from '../routing/routes';

interface StartFollowUpButtonProps {
  sessionId: string;
  locale?: Locale | undefined;
  /** Read after the visible text (e.g. "with AB" in a list of people). */
  srSuffix?: string;
  /** Runs before the visit starts (e.g. save what is on screen). */
  before?: () => Promise<void> | void;
  className?: string;
}

/** "Start a follow-up visit": adds a visit dated today to the episode and opens it. */
export function StartFollowUpButton({ sessionId, locale, srSuffix, before, className = 'button button-primary' }: StartFollowUpButtonProps) {
  const { t } = useTranslation('followUp', { lng: locale });
  const start = useStartFollowUp();
  const onClick = async () => {
    if (start.isPending) return;
    await before?.();
    start.mutate(sessionId, {
      onSuccess: (session) => {
        const visit = session.followUps.at(-1);
        if (visit) navigate({ name: 'follow-up', id: session.id, visitId: visit.id });
      },
    });
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void onClick()} aria-disabled={start.isPending || undefined}>
        {start.isPending ? t('visits.starting') : t('visits.start')}
        {srSuffix && <span className="visually-hidden"> {srSuffix}</span>}
      </button>
      {start.isError && (
        <span className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('visits.startFailed')}
        </span>
      )}
    </>
  );
}
