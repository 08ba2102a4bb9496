import { useSyncExternalStore } from 'react';

/**
 * Hash routes: they survive a reload in the browser harness and need nothing from Electron's app:// handler.
 * #/                      home
 * #/new                   start a session
 * #/settings              practice settings
 * #/about                 about this aid (sources, version, funding)
 * #/audit                 the activity log (what was done to which session, when)
 * #/dashboard             the practice's figures (outcomes and decision quality, small cells hidden)
 * #/session/<id>          the session, at its saved step
 * #/session/<id>/preview  print preview of the plan
 * #/print/<id>            the bare print document (main's hidden window renders this for PDF)
 */
export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'audit' }
  | { name: 'dashboard' }
  | { name: 'session'; id: string }
  | { name: 'preview'; id: string }
  | { name: 'print'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (first === 'new' && parts.length === 1) return { name: 'new' };
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if (first === 'about' && parts.length === 1) return { name: 'about' };
  if (first === 'audit' && parts.length === 1) return { name: 'audit' };
  if (first === 'dashboard' && parts.length === 1) return { name: 'dashboard' };
  if (first === 'session' && second && parts.length === 2) return { name: 'session', id: second };
  if (first === 'session' && second && third === 'preview' && parts.length === 3) return { name: 'preview', id: second };
  if (first === 'print' && second && parts.length === 2) return { name: 'print', id: second };
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'new':
    case 'settings':
    case 'about':
    case 'audit':
    case 'dashboard':
      return `#/${route.name}`;
    case 'session':
      return `#/session/${route.id}`;
    case 'preview':
      return `#/session/${route.id}/preview`;
    case 'print':
      return `#/print/${route.id}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
