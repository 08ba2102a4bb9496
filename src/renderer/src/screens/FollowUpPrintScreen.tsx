import { useTranslation } from 'react-i18next';
import { useSession, useSettings } from '../api/hooks';
import { errorCodeOf } from '../components/ErrorMessage';
import { FollowUpDocument } from '../follow-up/print/FollowUpDocument';
import { usePrintReady } from '../print/usePrintReady';

/**
 * The bare follow-up summary main's hidden window turns into a PDF (#/print/<id>/follow-up/<visitId>). Like the
 * plan's print page it says when it is ready through <html data-print-ready>; a visit that is not in the episode is
 * an error, so main stops at once instead of printing an empty page.
 */
export function FollowUpPrintScreen({ sessionId, visitId }: { sessionId: string; visitId: string }) {
  const session = useSession(sessionId);
  const settings = useSettings();
  const { t } = useTranslation('print', { lng: session.data?.language });
  const { t: tf } = useTranslation('followUpPrint', { lng: session.data?.language });
  const visitMissing = session.data !== undefined && !session.data.followUps.some((visit) => visit.id === visitId);
  const failed = session.isError || settings.isError || visitMissing;
  const loaded = session.data !== undefined && settings.data !== undefined;

  usePrintReady(failed, loaded);

  if (visitMissing) {
    return (
      <main className="print-screen">
        <p role="alert">{tf('preview.notFound')}</p>
      </main>
    );
  }
  if (failed) {
    return (
      <main className="print-screen">
        <p role="alert">{t(`error.${errorCodeOf(session.error ?? settings.error)}`)}</p>
      </main>
    );
  }
  if (!session.data || !settings.data) return null;
  return (
    <main className="print-screen">
      <FollowUpDocument session={session.data} settings={settings.data} visitId={visitId} />
    </main>
  );
}

export default FollowUpPrintScreen;
