import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCondition } from '../../src/shared/content';
import type { DuetApi } from '../../src/shared/contract';
import { EvidenceStep } from '../../src/renderer/src/steps/EvidenceStep';
import { createSessionWith, installDuet, renderStep } from './plan-evidence-harness';

// BPD trials give only score differences against usual care, so the Evidence step says what they found in words,
// with certainty and sources, and draws no icon array (clinical review M2).

let api: DuetApi;
beforeEach(async () => {
  api = (await installDuet()).api;
});

describe('Evidence step for a condition whose evidence is in words (BPD)', () => {
  it('shows the findings, why there are no "out of 100" figures, the certainty and the sources, and no icon array (English)', async () => {
    const session = await createSessionWith(api, { conditionId: 'bpd' });
    const { container } = renderStep(EvidenceStep, session, api);
    const words = getCondition('bpd').evidenceInWords!;
    const section = screen.getByRole('region', { name: words.title.en });
    expect(within(section).getByText(/score difference 0\.52/)).toBeTruthy();
    expect(within(section).getByText(/score difference 0\.32/)).toBeTruthy();
    expect(within(section).getByText(/Usual care was not waiting/)).toBeTruthy();
    expect(within(section).getByText(words.whyNoNumbers.en)).toBeTruthy();
    expect(within(section).getByText('Not very sure')).toBeTruthy();
    expect(within(section).getAllByRole('listitem').some((item) => /Storebø OJ/.test(item.textContent ?? ''))).toBe(true);
    expect(container.querySelector('.icon-array__figure--had')).toBeNull();
    expect(screen.queryByText(/out of 100 people had this result/)).toBeNull();
    expect(screen.queryByText(/still being checked/)).toBeNull();
  });

  it('says the same in Spanish', async () => {
    const session = await createSessionWith(api, { conditionId: 'bpd', language: 'es' });
    renderStep(EvidenceStep, session, api);
    const words = getCondition('bpd').evidenceInWords!;
    const section = screen.getByRole('region', { name: words.title.es });
    expect(within(section).getByText(/La atención habitual no era esperar/)).toBeTruthy();
    expect(within(section).getByText(words.whyNoNumbers.es)).toBeTruthy();
  });
});
