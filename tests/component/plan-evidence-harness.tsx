import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { useState, type ComponentType, type ReactElement } from 'react';
import { afterEach, vi } from 'vitest';
import { getCondition } from '../../src/shared/content';
import type { Condition } from '../../src/shared/content/schema';
import type { DuetApi, Result } from '../../src/shared/contract';
import type { Answers, NewSession, Session } from '../../src/shared/session';
import { createQueryClient } from '../../src/renderer/src/api/hooks';
import type { StepProps } from '../../src/renderer/src/steps/types';
import { createTestDuet, type TestDuet } from '../support/test-duet';
import { savedSession } from '../support/saved-session';

const running: TestDuet[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((duet) => duet.cleanup()));
});

/**
 * Main's real operations on a real store in a temp folder, reached through the same window.api the preload
 * gives the page. The printer is the recording stand-in (Electron cannot run here).
 */
export async function installDuet(): Promise<TestDuet> {
  const duet = await createTestDuet();
  running.push(duet);
  window.api = duet.api;
  return duet;
}

export async function value<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`operation failed: ${settled.error.code} ${settled.error.message}`);
  return settled.value;
}

export function newSession(overrides: Partial<NewSession> = {}): NewSession {
  return {
    clinicianName: 'Dr Rivera',
    patientLabel: 'J.D.',
    conditionId: 'depression',
    language: 'en',
    decisionRole: 'shared',
    ...overrides,
  };
}

/** Creates a session through the api and stores answers on it (main applies its own rules, e.g. agreedAt). */
export async function createSessionWith(
  api: DuetApi,
  overrides: Partial<NewSession> = {},
  change: (answers: Answers) => Answers = (answers) => answers,
): Promise<Session> {
  const created = await value(api.createSession(newSession(overrides)));
  return savedSession(await value(api.saveAnswers({ id: created.id, answers: change(created.answers) })));
}

/**
 * Hosts one step the way the session shell does: answers live in state, every onChange is saved through the
 * api, and the saved session (with whatever main set on it) is handed back to the step.
 */
function StepHost({
  Step,
  initial,
  api,
  onChange,
  condition,
}: {
  Step: ComponentType<StepProps>;
  initial: Session;
  api: DuetApi;
  onChange: (answers: Answers) => void;
  condition: Condition;
}) {
  const [session, setSession] = useState(initial);
  const [answers, setAnswers] = useState(initial.answers);
  const change = (next: Answers) => {
    onChange(next);
    setAnswers(next);
    void api.saveAnswers({ id: session.id, answers: next }).then((result) => {
      if (result.ok) setSession(savedSession(result.value));
    });
  };
  return <Step session={session} condition={condition} answers={answers} onChange={change} />;
}

/** `condition` defaults to the session's; tests of content states no real condition is in pass their own. */
export function renderStep(
  Step: ComponentType<StepProps>,
  session: Session,
  api: DuetApi,
  condition: Condition = getCondition(session.conditionId),
) {
  const onChange = vi.fn<(answers: Answers) => void>();
  const view = render(
    <QueryClientProvider client={createQueryClient()}>
      <StepHost Step={Step} initial={session} api={api} onChange={onChange} condition={condition} />
    </QueryClientProvider>,
  );
  /** The answers passed to the most recent onChange. */
  const lastAnswers = (): Answers => {
    const call = onChange.mock.calls.at(-1);
    if (!call) throw new Error('onChange was never called');
    return call[0];
  };
  return { ...view, onChange, lastAnswers };
}

/** A condition as it is while its evidence is still being checked: description and options only. */
export function asOutline(condition: Condition): Condition {
  return { ...condition, completeness: 'outline', outcomes: [], myths: [], cautions: [] };
}

export function renderWithQueryClient(element: ReactElement): RenderResult {
  return render(<QueryClientProvider client={createQueryClient()}>{element}</QueryClientProvider>);
}
