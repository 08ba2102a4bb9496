import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing/routes';
import { ErrorMessage } from './ErrorMessage';

/** The page frame outside a session: the main landmark (the skip link's target), a way back, then the heading. */
export function PageShell({ title, back, className, children }: { title: ReactNode; back?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <main id="main-content" tabIndex={-1} className={className ? `page ${className}` : 'page'}>
      {back && <p>{back}</p>}
      <h1>{title}</h1>
      {children}
    </main>
  );
}

/** "← Back to Home", the same words and look on every page that has it. */
export function BackHomeLink() {
  const { t } = useTranslation('common');
  return (
    <a className="button button-secondary" href={hrefFor({ name: 'home' })}>
      <span aria-hidden="true">← </span>
      {t('actions.backHome')}
    </a>
  );
}

interface QueryLike<T> {
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/** A query's three states: a loading line, its error with "Try again", or the page built from its data. */
export function QueryStates<T>({ query, loading, children }: { query: QueryLike<T>; loading: string; children: (data: T) => ReactNode }) {
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <p role="status">{loading}</p>;
  return children(query.data);
}
