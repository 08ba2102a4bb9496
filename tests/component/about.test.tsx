import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '../../src/shared/content';
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
