import { useTranslation } from 'react-i18next';
import { useSession, useSettings } from '../api/hooks';
import { errorCodeOf } from '../components/ErrorMessage';
import { PlanDocument } from '../print/PlanDocument';
import { usePrintReady } from '../print/usePrintReady';

/**
 * The bare plan document that main's hidden window turns into a PDF. It tells main when it is safe to print
 * through <html data-print-ready>: 'true' once content and fonts are in, 'error' if the plan could not load.
 */
export function PrintScreen({ sessionId }: { sessionId: string }) {
  const session = useSession(sessionId);
  const settings = useSettings();
  const { t } = useTranslation('print', { lng: session.data?.language });
  const failed = session.isError || settings.isError;
  const loaded = session.data !== undefined && settings.data !== undefined;

  usePrintReady(failed, loaded);

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
      <PlanDocument session={session.data} settings={settings.data} />
    </main>
  );
}
