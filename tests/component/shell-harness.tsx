import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import type { DuetApi, MenuCommand, Result } from '../../src/shared/contract';
import type { Answers, NewSession, Session } from '../../src/shared/session';
import { createQueryClient } from '../../src/renderer/src/api/hooks';
import { App } from '../../src/renderer/src/App';
import { createTestDuet } from '../support/test-duet';
import { savedSession } from '../support/saved-session';

/** window.api backed by main's real operations on a real store in a temp folder, plus the app menu. */
export interface TestApi {
  api: DuetApi;
  sendMenuCommand: (command: MenuCommand) => void;
  /** Closes the store and removes its folder. */
  cleanup: () => Promise<void>;
}

/** Installs a fresh real api on window and returns it. */
export async function installTestApi(): Promise<TestApi> {
  const duet = await createTestDuet();
  window.api = duet.api;
  return { api: duet.api, sendMenuCommand: duet.api.emitMenuCommand, cleanup: duet.cleanup };
}

/** Reads an operation's value, failing the test on an error result. */
export async function value<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`operation failed: ${settled.error.code} ${settled.error.message}`);
  return settled.value;
}

/** Creates a session (Dr Rivera, "AB", depression, English) and stores `answers` over its empty ones. */
export async function startSession(
  testApi: TestApi,
  overrides: Partial<NewSession> = {},
  answers: Partial<Answers> = {},
): Promise<Session> {
  const session = await value(
    testApi.api.createSession({
      clinicianName: 'Dr Rivera',
      patientLabel: 'AB',
      conditionId: 'depression',
      language: 'en',
      decisionRole: 'shared',
      ...overrides,
    }),
  );
  if (Object.keys(answers).length === 0) return session;
  return savedSession(await value(testApi.api.saveAnswers({ id: session.id, answers: { ...session.answers, ...answers } })));
}

export function withQueryClient(children: ReactNode) {
  return <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>;
}

/** Renders the whole app at a route, as Duet starts. */
export function renderApp(hash = '#/'): RenderResult {
  window.location.hash = hash;
  return render(withQueryClient(<App />));
}

export async function waitForRoute(hash: string): Promise<void> {
  await waitFor(() => expect(window.location.hash).toBe(hash));
}

export { screen };
