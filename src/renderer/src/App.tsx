import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/contract';
import { useSettings, useStartup } from './api/hooks';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { SkipLink } from './components/SkipLink';
import { SupportStatement } from './components/SupportStatement';
import { useLanguage } from './i18n';
import { LockGate } from './lock/LockGate';
import { isNavigationLocked } from './routing/navigationLock';
import { lazyScreen, ScreenLoading, withLaterStrings } from './routing/lazyScreen';
import { hrefFor, navigate, parseRoute, useRoute, type Route } from './routing/routes';
import { SessionScreen } from './screens/SessionScreen';

// Screens not on the way to a session's first step load when first shown (Home too: it loads beside the lock
// state at start, main.tsx) (issue 14; see routing/lazyScreen.tsx).
// Each brings the English strings past the first step with its code (i18n LATER_NAMESPACES).
const SettingsScreen = lazyScreen(withLaterStrings(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen)));
const AboutScreen = lazyScreen(withLaterStrings(() => import('./screens/AboutScreen').then((m) => m.AboutScreen)));
const AuditScreen = lazyScreen(withLaterStrings(() => import('./screens/AuditScreen').then((m) => m.AuditScreen)));
const PreviewScreen = lazyScreen(withLaterStrings(() => import('./screens/PreviewScreen').then((m) => m.PreviewScreen)));
const PrintScreen = lazyScreen(withLaterStrings(() => import('./screens/PrintScreen').then((m) => m.PrintScreen)));
const NewSessionScreen = lazyScreen(withLaterStrings(() => import('./screens/NewSessionScreen').then((m) => m.NewSessionScreen)));
const HomeScreen = lazyScreen(withLaterStrings(() => import('./screens/HomeScreen').then((m) => m.HomeScreen)));
// Follow-up visits, their summaries and the practice's figures bring their chart library (recharts) with them.
const FollowUpScreen = lazyScreen(withLaterStrings(() => import('./screens/FollowUpScreen').then((m) => m.FollowUpScreen)));
const FollowUpPreviewScreen = lazyScreen(withLaterStrings(() => import('./screens/FollowUpPreviewScreen').then((m) => m.default)));
const FollowUpPrintScreen = lazyScreen(withLaterStrings(() => import('./screens/FollowUpPrintScreen').then((m) => m.default)));
const DashboardScreen = lazyScreen(withLaterStrings(() => import('./dashboard/DashboardScreen').then((m) => m.default)));
const DashboardPrintScreen = lazyScreen(withLaterStrings(() => import('./dashboard/DashboardPrintScreen').then((m) => m.default)));
const LAZY_SCREENS: Partial<Record<Route['name'], { preload: () => Promise<unknown> }>> = {
  settings: SettingsScreen,
  about: AboutScreen,
  audit: AuditScreen,
  preview: PreviewScreen,
  print: PrintScreen,
  new: NewSessionScreen,
  home: HomeScreen,
  'follow-up': FollowUpScreen,
  followUpPreview: FollowUpPreviewScreen,
  followUpPrint: FollowUpPrintScreen,
  dashboard: DashboardScreen,
  dashboardPrint: DashboardPrintScreen,
};

/**
 * Loads the code of the screen the page opened at, if it is a lazy one. main.tsx renders once it is in (it loads
 * beside main's lock state), so the first screen never shows a Suspense fallback, which React keeps for 300 ms.
 */
export function preloadScreen(route: Route): Promise<unknown> {
  return LAZY_SCREENS[route.name]?.preload() ?? Promise.resolve();
}

/** The session a route belongs to, if any (for menu commands that act on the open session). */
function sessionIdOf(route: Route): string | null {
  return route.name === 'session' ||
    route.name === 'preview' ||
    route.name === 'print' ||
    route.name === 'follow-up' ||
    route.name === 'followUpPreview' ||
    route.name === 'followUpPrint'
    ? route.id
    : null;
}

/** Where each app-menu command goes; print and PDF open the preview, whose own buttons do the work. */
export function routeForMenuCommand(command: MenuCommand, current: Route): Route | null {
  switch (command) {
    case 'new-session':
      return { name: 'new' };
    case 'home':
      return { name: 'home' };
    case 'about':
      return { name: 'about' };
    case 'settings':
      return { name: 'settings' };
    case 'dashboard':
      return { name: 'dashboard' };
    case 'print':
    case 'save-pdf': {
      // A follow-up summary's preview is already the place to print it from.
      if (current.name === 'followUpPreview') return current;
      if (current.name === 'follow-up') return { name: 'followUpPreview', id: current.id, visitId: current.visitId };
      const id = sessionIdOf(current);
      return id ? { name: 'preview', id } : null;
    }
    case 'lock':
      // Not a place: the lock gate saves what is pending and locks (see LockGate).
      return null;
  }
}

function useMenuCommands(): void {
  const route = useRoute();
  const routeRef = useRef(route);
  useEffect(() => {
    routeRef.current = route;
  }, [route]);
  useEffect(() => {
    // The browser test harness may provide an api without menus.
    if (typeof window.api?.onMenuCommand !== 'function') return;
    return window.api.onMenuCommand((command) => {
      // A patient preparing alone must not be taken out of their session.
      if (isNavigationLocked()) return;
      const target = routeForMenuCommand(command, routeRef.current);
      if (target) navigate(target);
    });
  }, []);
}

/**
 * On launch, a session that was open when Duet closed is reopened where the people left off.
 * Only a launch on the home screen is redirected: any other address was chosen on purpose.
 */
function useResumeOnLaunch(): { ready: boolean } {
  const [launchedAtHome] = useState(() => parseRoute(window.location.hash).name === 'home');
  const startup = useStartup(launchedAtHome);
  // Leaving Home ends the launch: from then on Home is Home, even with a session to resume.
  const [launchOver, setLaunchOver] = useState(false);
  useEffect(() => {
    const endLaunch = () => {
      if (parseRoute(window.location.hash).name !== 'home') setLaunchOver(true);
    };
    window.addEventListener('hashchange', endLaunch);
    return () => window.removeEventListener('hashchange', endLaunch);
  }, []);
  const resumeId = launchedAtHome && !launchOver ? (startup.data?.resumeSessionId ?? null) : null;
  useEffect(() => {
    if (resumeId) navigate({ name: 'session', id: resumeId });
  }, [resumeId]);
  // A failed startup read must not trap people on a loading screen: they can reopen from Home. A launch anywhere
  // else (a session, the print page) is never redirected, so it does not wait for the startup read (issue 14).
  return { ready: !launchedAtHome || launchOver || (startup.isFetched && !resumeId) };
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'new':
      return <NewSessionScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'session':
      return <SessionScreen key={route.id} sessionId={route.id} />;
    case 'preview':
      return <PreviewScreen sessionId={route.id} />;
    case 'follow-up':
      return <FollowUpScreen key={`${route.id}/${route.visitId}`} sessionId={route.id} visitId={route.visitId} />;
    case 'print':
      return <PrintScreen sessionId={route.id} />;
    case 'followUpPreview':
      return <FollowUpPreviewScreen sessionId={route.id} visitId={route.visitId} />;
    case 'followUpPrint':
      return <FollowUpPrintScreen sessionId={route.id} visitId={route.visitId} />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'dashboardPrint':
      return <DashboardPrintScreen query={route.query} />;
  }
}

/** Every screen sits behind the lock: nothing with patient data mounts until Duet is unlocked. */
export function App() {
  return (
    // Screens have their own boundaries; this one catches the rest (a practice default language still loading).
    <Suspense fallback={<ScreenLoading />}>
      <LockGate>
        <AppScreens />
      </LockGate>
    </Suspense>
  );
}

function AppScreens() {
  const { t } = useTranslation(['common', 'records']);
  const route = useRoute();
  const settings = useSettings();
  const { ready } = useResumeOnLaunch();
  useMenuCommands();
  // Screens about one session set their own language; everything else follows the practice default.
  useLanguage(sessionIdOf(route) ? undefined : settings.data?.defaultLanguage);
  // Each screen gets its own window title (WCAG 2.4.2); the session screen names its current step itself.
  const titleKey = route.name === 'session' || route.name === 'follow-up' ? null : route.name === 'audit' ? ('records:audit.title' as const) : (`titles.${route.name}` as const);
  useEffect(() => {
    if (titleKey) document.title = `${t(titleKey)} – Duet`;
  }, [titleKey, t]);

  // The print document is exactly the page that gets printed: no skip link, no footer.
  if (route.name === 'print') {
    return (
      <ScreenErrorBoundary level="app" resetKey={route.id} onFailed={() => (document.documentElement.dataset.printReady = 'error')}>
        {/* Nothing to show while it loads: main waits for data-print-ready. */}
        <Suspense fallback={null}>
          <PrintScreen sessionId={route.id} />
        </Suspense>
      </ScreenErrorBoundary>
    );
  }
  if (route.name === 'followUpPrint') {
    return (
      <ScreenErrorBoundary level="app" resetKey={hrefFor(route)} onFailed={() => (document.documentElement.dataset.printReady = 'error')}>
        <Suspense fallback={null}>
          <FollowUpPrintScreen sessionId={route.id} visitId={route.visitId} />
        </Suspense>
      </ScreenErrorBoundary>
    );
  }
  if (route.name === 'dashboardPrint') {
    return (
      <ScreenErrorBoundary level="app" resetKey={hrefFor(route)} onFailed={() => (document.documentElement.dataset.printReady = 'error')}>
        <Screen route={route} />
      </ScreenErrorBoundary>
    );
  }

  return (
    <div className="app">
      <SkipLink />
      {ready ? (
        <ScreenErrorBoundary level="app" resetKey={hrefFor(route)}>
          <Suspense fallback={<ScreenLoading />}>
            <Screen route={route} />
          </Suspense>
        </ScreenErrorBoundary>
      ) : (
        <ScreenLoading />
      )}
      <SupportStatement />
    </div>
  );
}
