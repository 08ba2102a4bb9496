import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCondition, getSource } from '../../src/shared/content';
import type { Condition, Outcome } from '../../src/shared/content/schema';
import type { DuetApi } from '../../src/shared/contract';
import { EvidenceStep } from '../../src/renderer/src/steps/EvidenceStep';
import { asOutline, createSessionWith, installDuet, renderStep } from './plan-evidence-harness';

const depression = getCondition('depression');
const OPTION_NAMES_EN = { therapy: 'Therapy alone', medication: 'Medicine alone', combined: 'Therapy and medicine together', waiting: 'Waiting and checking in' };
const OPTION_NAMES_ES = { therapy: 'Solo terapia', medication: 'Solo medicamento', combined: 'Terapia y medicamento juntos', waiting: 'Esperar y volver a revisar' };

function outcomeSection(label: string): HTMLElement {
  return screen.getByRole('region', { name: label });
}

function figures(picture: Element, kind: 'had' | 'not'): number {
  return picture.querySelectorAll(`.icon-array__figure--${kind}`).length;
}

let api: DuetApi;
beforeEach(async () => {
  api = (await installDuet()).api;
});

describe('Evidence step', () => {
  it('shows every outcome with an icon array of 100 per option, numbers in words both ways (English)', async () => {
    const session = await createSessionWith(api);
    renderStep(EvidenceStep, session, api);

    expect(depression.outcomes.length).toBeGreaterThan(0);
    for (const outcome of depression.outcomes) {
      const section = outcomeSection(outcome.label.en);
      // Glossary terms split these sentences into several elements, so they are read from the section's text.
      expect(section.textContent).toContain(outcome.definition.en);
      expect(section.textContent).toContain(outcome.population.en);
      expect(within(section).getByText(outcome.timeFrame.en)).toBeTruthy();
      const pictures = within(section).getAllByRole('img');
      expect(pictures).toHaveLength(outcome.results.length);
      const happened = outcome.kind === 'harm' ? 'had this happen' : 'had this result';
      for (const result of outcome.results) {
        const name = `${OPTION_NAMES_EN[result.option]}, ${outcome.label.en}: about ${result.per100} out of 100 people ${happened}; ${100 - result.per100} out of 100 did not.`;
        const picture = within(section).getByRole('img', { name });
        expect(figures(picture, 'had')).toBe(result.per100);
        expect(figures(picture, 'not')).toBe(100 - result.per100);
        // The figures are drawing only: the picture's name says it all.
        expect(picture.querySelector('g')?.getAttribute('aria-hidden')).toBe('true');
        // Two options can share a figure (a harm both medicine options carry): one line per option, no more.
        const optionsWithThisFigure = outcome.results.filter((other) => other.per100 === result.per100).length;
        expect(within(section).getAllByText(`About ${result.per100} out of 100 people ${happened}.`)).toHaveLength(
          optionsWithThisFigure,
        );
      }
      expect(within(section).getAllByText(`${100 - outcome.results[0]!.per100} out of 100 did not.`).length).toBeGreaterThan(0);
      expect(within(section).getByText(outcome.certaintyReason.en)).toBeTruthy();
      expect(section.textContent).toContain(outcome.derivation.en);
      for (const id of outcome.sourceIds) {
        const source = getSource(id);
        expect(within(section).getAllByText((text) => text.includes(source.authors) && text.includes(String(source.year))).length).toBeGreaterThan(0);
      }
    }
  });

  it('says how sure we are in words and keeps the published effects for clinicians in a disclosure', async () => {
    const session = await createSessionWith(api);
    renderStep(EvidenceStep, session, api);
    const outcome = depression.outcomes[0]!;
    const section = outcomeSection(outcome.label.en);
    const levelWords = { high: 'Very sure', moderate: 'Fairly sure', low: 'Not very sure', 'very-low': 'Very unsure' };
    expect(within(section).getByText(levelWords[outcome.certainty]).tagName).toBe('STRONG');

    const disclosure = within(section).getByText('For clinicians: the published effect').closest('details');
    expect(disclosure).not.toBeNull();
    expect(disclosure!.open).toBe(false);
    const ratio = outcome.effects.find((effect) => effect.measure === 'RR' && effect.ciLow !== undefined);
    if (ratio) {
      expect(disclosure!.textContent).toContain(`Risk ratio ${ratio.value}`);
      expect(disclosure!.textContent).toContain(`95% CI ${ratio.ciLow} to ${ratio.ciHigh}`);
    }
  });

  it('speaks Spanish in a Spanish session, pictures included', async () => {
    const session = await createSessionWith(api, { language: 'es' });
    renderStep(EvidenceStep, session, api);

    for (const outcome of depression.outcomes) {
      const section = outcomeSection(outcome.label.es);
      for (const result of outcome.results) {
        const name =
          outcome.kind === 'harm'
            ? `${OPTION_NAMES_ES[result.option]}, ${outcome.label.es}: a unas ${result.per100} de cada 100 personas les pasó esto; a ${100 - result.per100} de cada 100 no.`
            : `${OPTION_NAMES_ES[result.option]}, ${outcome.label.es}: unas ${result.per100} de cada 100 personas tuvieron este resultado; ${100 - result.per100} de cada 100 no lo tuvieron.`;
        expect(figures(within(section).getByRole('img', { name }), 'had')).toBe(result.per100);
      }
      expect(section.textContent).toContain(outcome.population.es);
    }
    expect(screen.getByRole('group', { name: 'Opciones para ver lado a lado' })).toBeTruthy();
  });

  it('lets the patient choose the options shown side by side, and keeps at least one', async () => {
    const session = await createSessionWith(api);
    const { onChange, lastAnswers } = renderStep(EvidenceStep, session, api);
    const user = userEvent.setup();
    const medication = screen.getByRole('checkbox', { name: 'Medicine alone' }) as HTMLInputElement;
    // Nothing chosen yet: every option with numbers is shown.
    expect(screen.getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true);
    const before = screen.getAllByRole('img', { name: /^Medicine alone,/ }).length;
    expect(before).toBeGreaterThan(0);

    await user.click(medication);

    expect(lastAnswers().comparedOptions).toEqual(['therapy', 'combined']);
    expect(screen.queryAllByRole('img', { name: /^Medicine alone,/ })).toHaveLength(0);
    expect(screen.getAllByRole('img', { name: /^Therapy alone,/ }).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('checkbox', { name: 'Therapy alone' }));
    expect(lastAnswers().comparedOptions).toEqual(['combined']);
    const calls = onChange.mock.calls.length;

    await user.click(screen.getByRole('checkbox', { name: 'Therapy and medicine together' }));
    expect(onChange.mock.calls.length).toBe(calls);
    expect(screen.getByText('Keep at least one option ticked to see the numbers.')).toBeTruthy();

    await user.click(medication);
    expect(lastAnswers().comparedOptions).toEqual(['medication', 'combined']);
  });

  it('shows harms exactly like benefits, under "Possible harms", in words that read right for a harm (M13)', async () => {
    const benefit = depression.outcomes[0]!;
    // A harm built from a real outcome's shape: what matters here is how any harm is shown, not its figures.
    const harm: Outcome = {
      ...benefit,
      id: 'stopped-for-side-effects',
      kind: 'harm',
      higherIsBetter: false,
      label: { en: 'Stopped because of side effects', es: 'Dejó el tratamiento por efectos secundarios' },
      results: benefit.results.map((result, index) => ({ ...result, per100: 4 + index * 5 })),
    };
    const withHarm: Condition = { ...depression, outcomes: [...depression.outcomes, harm] };
    const session = await createSessionWith(api);
    renderStep(EvidenceStep, session, api, withHarm);

    const benefits = screen.getByRole('region', { name: 'Possible benefits' });
    const harms = screen.getByRole('region', { name: 'Possible harms' });
    expect(benefits.compareDocumentPosition(harms) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(benefits).queryByRole('region', { name: harm.label.en })).toBeNull();
    const section = within(harms).getByRole('region', { name: harm.label.en });

    // The same parts as a benefit: who, time frame, one picture of 100 per option, words both ways, certainty, sources.
    expect(section.textContent).toContain(harm.population.en);
    expect(within(section).getByText(harm.timeFrame.en)).toBeTruthy();
    expect(within(section).getAllByRole('img')).toHaveLength(harm.results.length);
    for (const result of harm.results) {
      const picture = within(section).getByRole('img', {
        name: `${OPTION_NAMES_EN[result.option]}, ${harm.label.en}: about ${result.per100} out of 100 people had this happen; ${100 - result.per100} out of 100 did not.`,
      });
      expect(figures(picture, 'had')).toBe(result.per100);
      expect(within(section).getByText(`About ${result.per100} out of 100 people had this happen.`)).toBeTruthy();
    }
    expect(within(section).getByText('Had this happen')).toBeTruthy();
    expect(section.textContent).not.toContain('had this result');
    expect(within(section).getByText(harm.certaintyReason.en)).toBeTruthy();
    for (const id of harm.sourceIds) {
      const source = getSource(id);
      expect(within(section).getAllByText((text) => text.includes(source.authors)).length).toBeGreaterThan(0);
    }
    // The heading levels nest: group (2), outcome (3), option (4).
    expect(within(harms).getByRole('heading', { level: 3, name: harm.label.en })).toBeTruthy();
    expect(within(section).getAllByRole('heading', { level: 4 })).toHaveLength(harm.results.length);
    // m14: the derivation is labelled as the detail for clinicians.
    expect(within(section).getByText('For clinicians: how we got these numbers').closest('details')).not.toBeNull();
  });

  it('is honest when a condition has no checked numbers yet, and suggests questions to ask', async () => {
    const session = await createSessionWith(api, { conditionId: 'anxiety' });
    renderStep(EvidenceStep, session, api, asOutline(getCondition('anxiety')));

    expect(screen.getByRole('heading', { name: 'The numbers for Anxiety disorders are still being checked' })).toBeTruthy();
    expect(screen.getByText(/will come in a content update/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Questions you can ask your clinician' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
