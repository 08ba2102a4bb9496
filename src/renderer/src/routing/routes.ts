import { useSyncExternalStore } from 'react';
import { printRoute } from '../../../shared/print-options';

/**
 * Hash routes: they survive a reload in the browser harness and need nothing from Electron's app:// handler.
 * #/                      home
 * #/new                   start a session
 * #/settings              practice settings
 * #/about                 about this aid (sources, version, funding)
 * #/audit                 the activity log (what was done to which session, when)
 * #/session/<id>          the session, at its saved step
 * #/session/<id>/preview  print preview of the plan
 * #/session/<id>/follow-up/<visitId>  a follow-up visit of the episode
 * #/print/<id>            the bare print document (main's hidden window renders this for PDF)
 * #/session/<id>/follow-up/<visitId>/preview  print preview of one follow-up visit's summary
 * #/print/<id>/follow-up/<visitId>            its bare print document (printRoute in shared/print-options.ts)
 * #/dashboard             the practice's outcome figures (issue 12)
 * #/print/dashboard?q=…   their bare print document; q is the dashboard query as JSON (printRoute in shared/print-options.ts)
 */
export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'settings' }
  | { name: 'about' }
  | { name: 'audit' }
  | { name: 'session'; id: string }
  | { name: 'preview'; id: string }
  | { name: 'follow-up'; id: string; visitId: string }
  | { name: 'print'; id: string }
  | { name: 'followUpPreview'; id: string; visitId: string }
  | { name: 'followUpPrint'; id: string; visitId: string }
  | { name: 'dashboard' }
  /** `query`: the dashboard query's JSON text as it came in the address, not yet checked (the screen parses it). */
  | { name: 'dashboardPrint'; query: string };

export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const queryAt = body.indexOf('?');
  const search = new URLSearchParams(queryAt === -1 ? '' : body.slice(queryAt + 1));
  const parts = (queryAt === -1 ? body : body.slice(0, queryAt)).split('/').filter(Boolean);
  const [first, second, third, fourth, fifth] = parts;
  if (first === 'new' && parts.length === 1) return { name: 'new' };
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if (first === 'about' && parts.length === 1) return { name: 'about' };
  if (first === 'audit' && parts.length === 1) return { name: 'audit' };
  if (first === 'session' && second && parts.length === 2) return { name: 'session', id: second };
  if (first === 'session' && second && third === 'preview' && parts.length === 3) return { name: 'preview', id: second };
  if (first === 'session' && second && third === 'follow-up' && fourth && parts.length === 4) {
    return { name: 'follow-up', id: second, visitId: fourth };
  }
  if (first === 'dashboard' && parts.length === 1) return { name: 'dashboard' };
  if (first === 'print' && second === 'dashboard' && parts.length === 2) return { name: 'dashboardPrint', query: search.get('q') ?? '' };
  if (first === 'print' && second && parts.length === 2) return { name: 'print', id: second };
  if (first === 'session' && second && third === 'follow-up' && fourth && fifth === 'preview' && parts.length === 5) {
    return { name: 'followUpPreview', id: second, visitId: fourth };
  }
  if (first === 'print' && second && third === 'follow-up' && fourth && parts.length === 4) {
    return { name: 'followUpPrint', id: second, visitId: fourth };
  }
  return { name: 'home' };
}

/** The bare print pages main's hidden window renders for a PDF (no one uses them: no idle lock; locked = error). */
export function isBarePrintRoute(route: Route): boolean {
  return route.name === 'print' || route.name === 'followUpPrint' || route.name === 'dashboardPrint';
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'new':
    case 'settings':
    case 'about':
    case 'audit':
      return `#/${route.name}`;
    case 'session':
      return `#/session/${route.id}`;
    case 'preview':
      return `#/session/${route.id}/preview`;
    case 'follow-up':
      return `#/session/${route.id}/follow-up/${route.visitId}`;
    case 'print':
      return `#/print/${route.id}`;
    case 'followUpPreview':
      return `#/session/${route.id}/follow-up/${route.visitId}/preview`;
    case 'followUpPrint':
      return `#${printRoute(route.id, { kind: 'follow-up', visitId: route.visitId })}`;
    case 'dashboard':
      return '#/dashboard';
    case 'dashboardPrint':
      return `#/print/dashboard?q=${encodeURIComponent(route.query)}`;
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
