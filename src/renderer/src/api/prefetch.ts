import type { QueryClient } from '@tanstack/react-query';
import type { Route } from '../routing/routes';
import { lockStatusQuery, retentionReviewQuery, sessionQuery, settingsQuery, startupQuery } from './hooks';

/**
 * What the first screen needs, asked for as soon as the page starts (issue 14), instead of one read after another
 * as each component mounts and finds it missing: main's lock state first (nothing about patients is read before
 * Duet is unlocked), then, all at once, the retention review, the settings, the startup read (Home only) and the
 * route's session (which brings its content, strings and step code: see sessionQuery). The screens' own hooks read
 * the same queries, so they find the answers in the cache or already on their way; nothing here decides what is
 * shown, and a failed read is left to the screen, which shows it with Try again.
 */
export function prefetchFirstScreen(client: QueryClient, route: Route): void {
  const ignore = () => undefined;
  void client.fetchQuery(lockStatusQuery).then((status) => {
    if (status.state !== 'unlocked') return;
    void client.prefetchQuery(retentionReviewQuery);
    void client.prefetchQuery(settingsQuery);
    if (route.name === 'home') void client.prefetchQuery(startupQuery);
    if (route.name === 'session' || route.name === 'preview' || route.name === 'print') void client.prefetchQuery(sessionQuery(route.id));
  }, ignore);
}
