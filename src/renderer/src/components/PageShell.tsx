import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing/routes';
import { ErrorMessage } from './ErrorMessage';

/** The page frame outside a session: the main landmark (the skip link's target), a way back, then the heading. */
export function PageShell({ title, back, className, children }: { title: ReactNode; back?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <main id="main-content" tabIndex={-1} className={pageClass(className)}>
      {back && <p>{back}</p>}
      <h1>{title}</h1>
      {children}
    </main>
  );
}

function pageClass(className: string | undefined): string {
  return className ? `page ${className}` : 'page';
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

export interface QueryLike<T> {
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

/** Two queries a page needs together: failed if either failed, ready when both are, retried together. */
export function bothQueries<A, B>(first: QueryLike<A>, second: QueryLike<B>): QueryLike<[A, B]> {
  return {
    isError: first.isError || second.isError,
    error: first.error ?? second.error,
    data: first.data !== undefined && second.data !== undefined ? [first.data, second.data] : undefined,
    refetch: () => {
      void first.refetch();
      void second.refetch();
    },
  };
}

/**
 * A page whose queries are not ready: while they load, the loading line alone; when one failed, the page's title,
 * the error with "Try again", and the way back.
 */
export function PageNotReady({ query, loading, title, back, className }: { query: QueryLike<unknown>; loading: string; title: ReactNode; back: ReactNode; className?: string }) {
  if (!query.isError) {
    return (
      <main id="main-content" tabIndex={-1} className={pageClass(className)}>
        <p role="status">{loading}</p>
      </main>
    );
  }
  return (
    <PageShell title={title} back={back} className={className}>
      <QueryStates query={query} loading={loading}>
        {() => null}
      </QueryStates>
    </PageShell>
  );
}
