import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { content, signoffs } from '../../src/shared/content';
import type { Signoff } from '../../src/shared/content/data-schema';
import { IndependentReview } from '../../src/renderer/src/screens/about/IndependentReview';
import { AboutScreen } from '../../src/renderer/src/screens/AboutScreen';
import { installDuet, renderWithQueryClient } from './plan-evidence-harness';

beforeEach(async () => {
  await installDuet();
});

describe('About this aid', () => {
  it('states version, dates, review policy, authorship, funding, conflicts, method and limits', () => {
    renderWithQueryClient(<AboutScreen />);
    const { about } = content;

    expect(screen.getByRole('heading', { level: 1, name: 'About this decision aid' })).toBeTruthy();
    expect(screen.getByText(about.contentVersion)).toBeTruthy();
    const [year, month, day] = about.publishedOn.split('-').map(Number) as [number, number, number];
    const published = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
    expect(screen.getByText(published)).toBeTruthy();
    for (const text of [about.reviewPolicy, about.authorship, about.funding, about.conflicts, about.howEvidenceWasChosen, about.limitations]) {
      expect(screen.getByText(text.en)).toBeTruthy();
    }
  });

  it('lists every source with authors, year, title, publication, identifier and the date it was checked', () => {
    renderWithQueryClient(<AboutScreen />);
    const list = within(screen.getByRole('region', { name: 'References' })).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(content.sources.length);

    for (const source of content.sources) {
      const item = items.find((candidate) => candidate.dataset.source === source.id);
      expect(item, source.id).toBeDefined();
      const text = item!.textContent ?? '';
      expect(text).toContain(source.authors.replace(/\.$/, ''));
      expect(text).toContain(`(${source.year})`);
      expect(text).toContain(source.title.replace(/\.$/, ''));
      expect(text).toContain(source.publication.replace(/\.$/, ''));
      if (source.identifier) expect(text).toContain(source.identifier.replace(/\.$/, ''));
      expect(text).toMatch(/Checked on \w+ \d{1,2}, \d{4}/);
    }
  });

  it('speaks Spanish when the app does', async () => {
    await i18next.changeLanguage('es');
    renderWithQueryClient(<AboutScreen />);

    expect(screen.getByRole('heading', { level: 1, name: 'Sobre esta herramienta para decidir' })).toBeTruthy();
    expect(screen.getByText(content.about.funding.es)).toBeTruthy();
    expect(screen.getAllByText(/^Revisado el \d{1,2} de \w+ de \d{4}$/)).toHaveLength(content.sources.length);
  });

  it('goes back to where the person came from', async () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => {});
    window.history.pushState({}, '', '#/session/x');
    renderWithQueryClient(<AboutScreen />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Back' }));
    expect(back).toHaveBeenCalledTimes(1);
    back.mockRestore();
  });
});

describe('Independent review on the About screen', () => {
  const version = content.about.contentVersion;
  const signoff = (condition: Signoff['condition'], extra: Partial<Signoff> = {}): Signoff => ({
    name: 'Test Reviewer',
    role: 'Test role',
    date: '2026-12-01',
    contentVersion: version,
    condition,
    decision: 'approved',
    ...extra,
  });

  it('says the content has not been independently reviewed while no sign-off exists for this version', () => {
    const older = signoff('depression', { contentVersion: '2025.01.1' });
    const rejected = signoff('anxiety', { decision: 'not-approved' });
    renderWithQueryClient(<IndependentReview signoffs={[older, rejected]} contentVersion={version} conditions={content.conditions} locale="en" />);
    const region = screen.getByRole('region', { name: 'Independent review' });
    expect(region.textContent).toContain(`Independent clinicians have not yet reviewed this content (version ${version}).`);
    expect(within(region).getAllByRole('row')).toHaveLength(3);
  });

  it('shows the real sign-off list on the About screen, and no table while it is empty', () => {
    renderWithQueryClient(<AboutScreen />);
    const region = screen.getByRole('region', { name: 'Independent review' });
    if (signoffs.length === 0) {
      expect(region.textContent).toContain(`Independent clinicians have not yet reviewed this content (version ${version}).`);
      expect(within(region).queryByRole('table')).toBeNull();
    } else {
      expect(within(region).getAllByRole('row')).toHaveLength(signoffs.length + 1);
    }
  });

  it('lists the sign-offs and names the conditions still waiting for review', () => {
    const entries = [signoff('depression'), signoff('ocd', { decision: 'not-approved' }), signoff('adhd', { contentVersion: '2025.01.1' })];
    renderWithQueryClient(<IndependentReview signoffs={entries} contentVersion={version} conditions={content.conditions} locale="en" />);
    const region = screen.getByRole('region', { name: 'Independent review' });
    expect(region.textContent).toContain('Independent clinicians have reviewed part of this content');
    const waiting = content.conditions.filter((condition) => condition.id !== 'depression').map((condition) => condition.name.en);
    expect(region.textContent).toContain(`Not yet reviewed: ${waiting.join(', ')}.`);
    const table = within(region).getByRole('table', { name: 'Reviewer sign-offs' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.textContent).toContain('Test Reviewer');
    expect(rows[0]!.textContent).toContain('December 1, 2026');
    expect(rows[1]!.textContent).toContain('Not approved');
    expect(rows[2]!.textContent).toContain('2025.01.1');
  });

  it('says every condition is reviewed only when each has an approval for this version, in Spanish too', async () => {
    await i18next.changeLanguage('es');
    const entries = content.conditions.map((condition) => signoff(condition.id, { decision: 'approved-with-changes' }));
    renderWithQueryClient(<IndependentReview signoffs={entries} contentVersion={version} conditions={content.conditions} locale="es" />);
    const region = screen.getByRole('region', { name: 'Revisión independiente' });
    expect(region.textContent).toContain(`revisaron todas las condiciones de este contenido (versión ${version})`);
    expect(within(region).getAllByText('Aprobado con cambios')).toHaveLength(content.conditions.length);
  });
});
