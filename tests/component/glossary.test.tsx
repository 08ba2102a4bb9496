import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getGlossaryTerm } from '../../src/shared/content/glossary';
import type { Locale } from '../../src/shared/locale';
import { installTestApi, renderApp, value, type TestApi } from './shell-harness';

let testApi: TestApi;
beforeEach(async () => {
  testApi = await installTestApi();
});
afterEach(async () => {
  await testApi.cleanup();
});

const OPTIONS_HEADING: Record<Locale, RegExp> = { en: /Your options/, es: /Sus opciones/ };
const CBT: Record<Locale, string> = { en: 'CBT', es: 'TCC' };

async function openOptions(language: Locale): Promise<void> {
  const created = await value(
    testApi.api.createSession({ clinicianName: 'Dr Rivera', patientLabel: 'AB', conditionId: 'depression', language, decisionRole: 'shared' }),
  );
  await value(testApi.api.saveAnswers({ id: created.id, answers: { ...created.answers, currentStep: 'options', furthestStep: 'options' } }));
  renderApp(`#/session/${created.id}`);
  await screen.findByRole('heading', { level: 1, name: OPTIONS_HEADING[language] });
}

/** Every run of text the screen shows as a term, in reading order, with its toggle if it has one. */
function mentionsOf(abbreviation: string): HTMLElement[] {
  const pattern = new RegExp(`\\b${abbreviation}\\b`);
  return Array.from(screen.getByRole('main').querySelectorAll<HTMLElement>('dt, dd, li, p')).filter(
    (element) => pattern.test(element.textContent ?? '') && !element.querySelector('dt, dd, li, p'),
  );
}

describe.each(['en', 'es'] as const)('Glossary on the Options step (%s)', (locale) => {
  it('explains CBT at its first mention only, with a toggle that shows the plain definition inline', async () => {
    await openOptions(locale);
    const cbt = getGlossaryTerm('cbt')!;
    const [first, second] = mentionsOf(CBT[locale]);
    expect(first, 'first mention').toBeDefined();
    expect(second, 'second mention').toBeDefined();

    const toggle = within(first!).getByRole('button', { name: new RegExp(`${CBT[locale]}`) });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(cbt.definition[locale])).toBeNull();

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const definition = document.getElementById(toggle.getAttribute('aria-controls')!);
    expect(definition?.textContent).toContain(cbt.definition[locale]);
    expect(first!.contains(definition)).toBe(true);

    // Keyboard: Enter closes it again.
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(cbt.definition[locale])).toBeNull();

    expect(within(second!).queryByRole('button')).toBeNull();
  });

  it('keeps the visible text exactly as written, and marks each term once on the screen', async () => {
    await openOptions(locale);
    const main = screen.getByRole('main');
    const terms = Array.from(main.querySelectorAll<HTMLElement>('[data-term]')).map((element) => element.dataset.term);
    expect(terms).toContain('cbt');
    expect(terms).toContain('side-effect');
    expect(new Set(terms).size).toBe(terms.length);
    const toggles = within(main).getAllByRole('button', { name: locale === 'en' ? /^What does/ : /^¿Qué significa/ });
    expect(toggles).toHaveLength(terms.length);
    // The toggles carry no text of their own, so the sentences read exactly as written.
    for (const toggle of toggles) expect(toggle.textContent).toBe('');
  });
});
