import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing/routes';
import { flushAllSavers } from './answersSaver';

interface ScreenErrorBoundaryProps {
  children: ReactNode;
  /** 'app' replaces the whole screen; 'step' replaces only the step, so the session header and crisis line stay. */
  level: 'app' | 'step';
  /** When this changes (another route, another step) the boundary tries its children again. */
  resetKey: string;
  /** Told once the notice replaces the screen (the print page uses it to tell main at once). */
  onFailed?: () => void;
}

interface ScreenErrorBoundaryState {
  failed: boolean;
}

/**
 * A screen that throws while rendering shows a plain message and a way home instead of a blank window. Nothing
 * stored is touched, and answers still waiting for the typing pause are saved at once.
 */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, ScreenErrorBoundaryState> {
  override state: ScreenErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ScreenErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    void flushAllSavers();
    this.props.onFailed?.();
    // For the developer console only; the person sees plain words.
    console.error('Duet: a screen failed to render', error, info.componentStack);
  }

  override componentDidUpdate(previous: ScreenErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <ScreenFailedNotice level={this.props.level} />;
  }
}

function ScreenFailedNotice({ level }: { level: 'app' | 'step' }) {
  const { t } = useTranslation('common');
  const notice = (
    <div className="error-message" role="alert">
      <p>
        <strong>{t('screenFailed.heading')}</strong> {t('screenFailed.body')}
      </p>
      <p>
        <a className="button button-secondary" href={hrefFor({ name: 'home' })}>
          {t('screenFailed.home')}
        </a>
      </p>
    </div>
  );
  if (level === 'step') return notice;
  return (
    <main id="main-content" tabIndex={-1} className="page">
      <h1>{t('screenFailed.title')}</h1>
      {notice}
    </main>
  );
}
