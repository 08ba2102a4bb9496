import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/contract';
import { useSettings, useStartup } from './api/hooks';
import { ScreenErrorBoundary } from './components/ScreenErrorBoundary';
import { SkipLink } from './components/SkipLink';
import { SupportStatement } from './components/SupportStatement';
import { useLanguage } from './i18n';
import { LockGate } from './lock/LockGate';
import { isNavigationLocked } from './routing/navigationLock';
import { hrefFor, navigate, parseRoute, useRoute, type Route } from './routing/routes';
import { AboutScreen } from './screens/AboutScreen';
import { AuditScreen } from './screens/AuditScreen';
import { HomeScreen } from './screens/HomeScreen';
import { NewSessionScreen } from './screens/NewSessionScreen';
import { PreviewScreen } from './screens/PreviewScreen';
import { PrintScreen } from './screens/PrintScreen';
import { SessionScreen } from './screens/SessionScreen';
import { SettingsScreen } from './screens/SettingsScreen';

// Follow-up visits and their summaries load on demand (with their chart library), never in the first screen's bundle.
const FollowUpScreen = lazy(() => import('./screens/FollowUpScreen').then((module) => ({ default: module.FollowUpScreen })));
const FollowUpPreviewScreen = lazy(() => import('./screens/FollowUpPreviewScreen'));
const FollowUpPrintScreen = lazy(() => import('./screens/FollowUpPrintScreen'));

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
  const startup = useStartup();
  const [launchedAtHome] = useState(() => parseRoute(window.location.hash).name === 'home');
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
  // A failed startup read must not trap people on a loading screen: they can reopen from Home.
  return { ready: launchOver || (startup.isFetched && !resumeId) };
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
      return (
        <Suspense fallback={<LoadingPage />}>
          <FollowUpScreen key={`${route.id}/${route.visitId}`} sessionId={route.id} visitId={route.visitId} />
        </Suspense>
      );
    case 'print':
      return <PrintScreen sessionId={route.id} />;
    case 'followUpPreview':
      return (
        <Suspense fallback={null}>
          <FollowUpPreviewScreen sessionId={route.id} visitId={route.visitId} />
        </Suspense>
      );
    case 'followUpPrint':
      return (
        <Suspense fallback={null}>
          <FollowUpPrintScreen sessionId={route.id} visitId={route.visitId} />
        </Suspense>
      );
  }
}

function LoadingPage() {
  const { t } = useTranslation('common');
  return (
    <main id="main-content" tabIndex={-1} className="page">
      <p role="status">{t('loading')}</p>
    </main>
  );
}

/** Every screen sits behind the lock: nothing with patient data mounts until Duet is unlocked. */
export function App() {
  return (
    <LockGate>
      <AppScreens />
    </LockGate>
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
        <PrintScreen sessionId={route.id} />
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

  return (
    <div className="app">
      <SkipLink />
      {ready ? (
        <ScreenErrorBoundary level="app" resetKey={hrefFor(route)}>
          <Screen route={route} />
        </ScreenErrorBoundary>
      ) : (
        <main id="main-content" tabIndex={-1} className="page">
          <p role="status">{t('loading')}</p>
        </main>
      )}
      <SupportStatement />
    </div>
  );
}
