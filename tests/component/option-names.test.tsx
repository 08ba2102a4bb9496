import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getCondition } from '../../src/shared/content';
import type { OptionKind } from '../../src/shared/content/schema';
import { LOCALES, type Locale } from '../../src/shared/locale';
import commonEn from '../../src/renderer/src/i18n/en/common.json';
import commonEs from '../../src/renderer/src/i18n/es/common.json';
import { PlanDocument } from '../../src/renderer/src/print/PlanDocument';
import { EvidenceStep } from '../../src/renderer/src/steps/EvidenceStep';
import { OptionsStep } from '../../src/renderer/src/steps/OptionsStep';
import { PlanStep } from '../../src/renderer/src/steps/PlanStep';
import { ValuesStep } from '../../src/renderer/src/steps/ValuesStep';
import { createSessionWith, installDuet, renderStep, renderWithQueryClient, value } from './plan-evidence-harness';
import { savedSession } from '../support/saved-session';

afterEach(cleanup);

// The one source of each option's name: common.json's optionKinds. Every screen and the print must show exactly it.
const NAMES: Record<Locale, Record<OptionKind, string>> = { en: commonEn.optionKinds, es: commonEs.optionKinds };

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe.each(LOCALES)('option names in %s', (locale) => {
  const names = NAMES[locale];
  const condition = getCondition('depression');
  const kinds = condition.options.map((option) => option.kind);

  it('are identical on Options, Evidence, Values, Plan and the printed plan', async () => {
    const duet = await installDuet();
    const session = await createSessionWith(duet.api, { language: locale });
    expect(kinds.length).toBeGreaterThan(1);

    renderStep(OptionsStep, session, duet.api);
    for (const kind of kinds) {
      expect(screen.getByRole('article', { name: names[kind] })).toBeTruthy();
      expect(screen.getByRole('checkbox', { name: new RegExp(`: ${names[kind]}$`) })).toBeTruthy();
    }
    cleanup();

    renderStep(EvidenceStep, session, duet.api);
    const withNumbers = kinds.filter((kind) => condition.outcomes.some((outcome) => outcome.results.some((result) => result.option === kind)));
    expect(withNumbers.length).toBeGreaterThan(1);
    for (const kind of withNumbers) {
      expect(screen.getByRole('checkbox', { name: names[kind] })).toBeTruthy();
      expect(screen.getAllByRole('heading', { level: 4, name: names[kind] }).length).toBeGreaterThan(0);
    }
    cleanup();

    // One rating, so the fit panel shows a card per option.
    const rated = savedSession(await value(duet.api.saveAnswers({ id: session.id, answers: { ...session.answers, importance: { cost: 3 } } })));
    renderStep(ValuesStep, rated, duet.api);
    for (const kind of kinds) {
      expect(screen.getByRole('radio', { name: names[kind] })).toBeTruthy();
      expect(screen.getByRole('article', { name: names[kind] })).toBeTruthy();
    }
    cleanup();

    renderStep(PlanStep, session, duet.api);
    for (const kind of kinds) expect(screen.getAllByRole('radio', { name: names[kind] }).length).toBeGreaterThan(0);
    cleanup();

    const settings = await value(duet.api.getSettings());
    for (const kind of kinds) {
      const agreed = await createSessionWith(duet.api, { language: locale }, (answers) => ({
        ...answers,
        plan: { ...answers.plan, agreedOption: kind },
      }));
      const { container } = renderWithQueryClient(<PlanDocument session={agreed} settings={settings} />);
      const printed = container.querySelector('.plan-document__option');
      expect(printed?.textContent).toMatch(exactly(names[kind]));
      cleanup();
    }
  });

  it('each option kind has its own name', () => {
    expect(new Set(Object.values(names)).size).toBe(Object.keys(names).length);
  });
});
