import type { QueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../shared/locale';
import { loadCondition } from '../content';
import { loadLanguage } from '../i18n';
import type { Route } from '../routing/routes';
import { STEP_SCREENS } from '../steps';
import { lockStatusQuery, retentionReviewQuery, sessionQuery, settingsQuery, startupQuery } from './hooks';

/**
 * What the first screen needs, asked for as soon as the page starts (issue 14), instead of one read after another
 * as each component mounts and finds it missing: main's lock state first (nothing about patients is read before
 * Duet is unlocked), then, all at once, the retention review, the settings, the startup read (Home only) and the
 * route's session, followed by its condition's content chunk, the strings and the step its screen needs. The screens' own
 * hooks read the same queries, so they find the answers in the cache or already on their way; nothing here decides
 * what is shown, and a failed read is left to the screen, which shows it with Try again.
 */
export function prefetchFirstScreen(client: QueryClient, route: Route): void {
  const ignore = () => undefined;
  void client.fetchQuery(lockStatusQuery).then((status) => {
    if (status.state !== 'unlocked') return;
    void client.prefetchQuery(retentionReviewQuery);
    void client.prefetchQuery(settingsQuery);
    if (route.name === 'home') void client.prefetchQuery(startupQuery);
    if (route.name !== 'session' && route.name !== 'preview' && route.name !== 'print') {
      // Home, the new-session form and the other screens use English strings not part of the first step's.
      void loadLanguage('en').catch(ignore);
      return;
    }
    // The plan document's strings are not part of the first screen, in English either; bilingual needs both.
    const plan = route.name !== 'session';
    void client
      .fetchQuery(sessionQuery(route.id))
      .then((session) => {
        const languages = new Set<Locale>(plan ? ['en', session.language] : [session.language]);
        if (plan && session.answers.printLayout === 'bilingual') languages.add('es');
        // English strings for the first screen are already in.
        if (!plan) languages.delete('en');
        languages.forEach((language) => void loadLanguage(language).catch(ignore));
        // A session reopened at a later step: that step's code, beside its content.
        if (!plan) void STEP_SCREENS[session.answers.currentStep]?.preload().catch(ignore);
        return loadCondition(session.conditionId);
      }, ignore)
      .catch(ignore);
  }, ignore);
}
