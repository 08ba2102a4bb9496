import { expect, test } from './harness';

// Electron's application menu sends commands to the page through window.api.onMenuCommand; the harness
// delivers them the same way, so the page's handling of each command runs for real.
test('app-menu commands move the page: About, Save as PDF on a session, New session', async ({ duet }) => {
  const session = await duet.createSession();
  await duet.goto(`#/session/${session.id}`);
  const { page } = duet;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Step 1 of 6/);

  await duet.sendMenuCommand('save-pdf');
  await expect(page).toHaveURL(new RegExp(`#/session/${session.id}/preview$`));
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeVisible();

  await duet.sendMenuCommand('about');
  await expect(page).toHaveURL(/#\/about$/);
  await expect(page.getByRole('heading', { level: 1, name: 'About this decision aid' })).toBeVisible();

  // Outside a session, print has nothing to print: the page stays where it is.
  await duet.sendMenuCommand('print');
  await expect(page).toHaveURL(/#\/about$/);

  await duet.sendMenuCommand('new-session');
  await expect(page.getByRole('heading', { level: 1, name: 'Start a new session' })).toBeVisible();
});
