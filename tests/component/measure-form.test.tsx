import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/shared/locale';
import { INSTRUMENTS, type InstrumentId, type MeasureResponse } from '../../src/shared/measures';
import { MeasureForm } from '../../src/renderer/src/follow-up/MeasureForm';
import { SafetyPrompt } from '../../src/renderer/src/follow-up/SafetyPrompt';

/** The form with its own state, as a screen holds it; every change is recorded. */
function Harness({ instrument, locale = 'en', changes }: { instrument: InstrumentId; locale?: Locale; changes: MeasureResponse[] }) {
  const [response, setResponse] = useState<MeasureResponse | undefined>(undefined);
  return (
    <MeasureForm
      instrument={instrument}
      locale={locale}
      problem={{ en: 'depression', es: 'depresión' }}
      response={response}
      onChange={(next) => {
        changes.push(next);
        setResponse(next);
      }}
      safetyPrompt={<SafetyPrompt locale={locale} onOpenSafetyPlan={() => undefined} />}
    />
  );
}

/** The radio group of item `number` (1-based), found by its legend's number. */
const item = (number: number) => screen.getAllByRole('group')[number - 1]!;
const choose = async (number: number, value: number) => {
  await userEvent.click(within(item(number)).getByRole('radio', { name: new RegExp(`^${String(value)}\\b`) }));
};
const score = () => screen.getByRole('status').textContent;

describe('Measure form', () => {
  it('shows the PHQ-9 as published: instructions, recall period, nine items with the four answers', () => {
    render(<Harness instrument="phq9" changes={[]} />);
    expect(screen.getByRole('heading', { name: /PHQ-9/ })).toBeTruthy();
    expect(screen.getByText(INSTRUMENTS.phq9.instructions!.en)).toBeTruthy();
    expect(screen.getByText('Last 2 weeks')).toBeTruthy();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(9);
    INSTRUMENTS.phq9.items.forEach((definition, index) => {
      expect(groups[index]!.textContent).toContain(definition.text!.en);
      expect(within(groups[index]!).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
        '0 Not at all',
        '1 Several days',
        '2 More than half the days',
        '3 Nearly every day',
      ]);
    });
    expect(score()).toBe('Not scored: 9 questions left');
  });

  it('gives no total until every item is answered, then the published total and band', async () => {
    const changes: MeasureResponse[] = [];
    render(<Harness instrument="phq9" changes={changes} />);
    // 3+3+2+2+2+2+2+2+0 = 18: moderately severe (15–19, Kroenke 2001).
    const answers = [3, 3, 2, 2, 2, 2, 2, 2];
    for (const [index, answer] of answers.entries()) await choose(index + 1, answer);
    expect(score()).toBe('Not scored: 1 question left');
    await choose(9, 0);
    expect(score()).toBe('Total: 18 out of 27. Fairly severe signs of low mood.');
    expect(changes.at(-1)).toEqual({
      instrument: 'phq9',
      answers: { 'phq9.1': 3, 'phq9.2': 3, 'phq9.3': 2, 'phq9.4': 2, 'phq9.5': 2, 'phq9.6': 2, 'phq9.7': 2, 'phq9.8': 2, 'phq9.9': 0 },
      workNotApplicable: false,
    });
    // Band edges: 19 is still moderately severe, 20 is severe.
    await choose(8, 3);
    expect(score()).toBe('Total: 19 out of 27. Fairly severe signs of low mood.');
    await choose(7, 3);
    expect(score()).toBe('Total: 20 out of 27. Severe signs of low mood.');
  });

  it('scores the GAD-7 (0–21) with its own bands', async () => {
    render(<Harness instrument="gad7" changes={[]} />);
    for (let number = 1; number <= 7; number += 1) await choose(number, 1);
    expect(score()).toBe('Total: 7 out of 21. Mild signs of worry.');
  });

  it('prompts the clinician the moment PHQ-9 item 9 is answered above 0, once, with no score or label', async () => {
    render(<Harness instrument="phq9" changes={[]} />);
    await choose(9, 0);
    expect(screen.queryByRole('alert')).toBeNull();
    await choose(9, 1);
    // At once: nothing else answered, no total yet.
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Clinician: check safety now');
    expect(score()).toBe('Not scored: 8 questions left');
    expect(screen.getByRole('button', { name: 'Open the safety plan' })).toBeTruthy();
    // It sits right after item 9, and changing the answer to 2 keeps the same alert (not announced again).
    expect(item(9).parentElement?.contains(alert)).toBe(true);
    await choose(9, 2);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert.textContent).not.toMatch(/risk|high|low|score:/i);
    await choose(9, 0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the WSAS in English with a plain note in a Spanish session, and fills in the problem', () => {
    render(<Harness instrument="wsas" locale="es" changes={[]} />);
    expect(screen.getByText(/No hay una versión en español revisada/)).toBeTruthy();
    const work = item(1);
    const legendText = within(work).getByText(/Because of my depression my ability to work is impaired/);
    expect(legendText.getAttribute('lang')).toBe('en');
    expect(within(work).getAllByRole('radio')).toHaveLength(9);
    expect(score()).toBe('Sin puntuación: faltan 5 preguntas');
  });

  it('WSAS: work that does not apply gives no total, and keeps the other ratings', async () => {
    const changes: MeasureResponse[] = [];
    render(<Harness instrument="wsas" changes={changes} />);
    await choose(1, 4);
    await userEvent.click(screen.getByRole('checkbox', { name: /Work does not apply/ }));
    expect(changes.at(-1)).toMatchObject({ answers: { 'wsas.1': null }, workNotApplicable: true });
    for (let number = 2; number <= 5; number += 1) await choose(number, 2);
    expect(score()).toBe('No total, because work does not apply. The other answers are kept.');
    await choose(1, 2);
    expect(changes.at(-1)?.workNotApplicable).toBe(false);
    expect(score()).toBe('Total: 10 out of 40. The problem gets in the way a lot.');
  });

  it('FIBSER: says the wording is not available rather than paraphrasing, and reports three separate ratings', async () => {
    render(<Harness instrument="fibser" changes={[]} />);
    expect(screen.getByText(/The exact words of this questionnaire are not in Duet yet/)).toBeTruthy();
    expect(screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Question 1 of 3: the words are not available in Duet. Use the paper form.',
      'Question 2 of 3: the words are not available in Duet. Use the paper form.',
      'Question 3 of 3: the words are not available in Duet. Use the paper form.',
    ]);
    // No item name stands in for the missing wording.
    for (const definition of INSTRUMENTS.fibser.items) expect(document.body.textContent).not.toContain(definition.name);
    await choose(1, 2);
    await choose(2, 3);
    await choose(3, 4);
    expect(score()).toBe(
      'Answers: question 1: 2 out of 6, question 2: 3 out of 6, question 3: 4 out of 6. Side effects get in the way quite a lot. Talk about them.',
    );
  });

  it('is usable with the keyboard alone: Tab reaches the first answer and Space chooses it', async () => {
    const changes: MeasureResponse[] = [];
    render(<Harness instrument="gad7" changes={changes} />);
    await userEvent.tab();
    expect(document.activeElement?.getAttribute('type')).toBe('radio');
    await userEvent.keyboard(' ');
    expect(changes.at(-1)?.answers['gad7.1']).toBe(0);
  });
});
