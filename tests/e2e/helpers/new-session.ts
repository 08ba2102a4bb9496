import { expect, type Page } from '@playwright/test';

/** What the clinician types and picks on "Start a new session" (English UI). */
export interface NewSessionChoices {
  clinician: string;
  patient: string;
  condition: string;
  language: string;
  decisionRole: string;
}

export const DEPRESSION_IN_ENGLISH: NewSessionChoices = {
  clinician: 'Dr. Rivera',
  patient: 'J.D.',
  condition: 'Depression',
  language: 'English',
  decisionRole: 'I want to decide together with my clinician',
};

/** From Home, fills in the new-session form through the UI and starts the session. */
export async function startSessionFromHome(page: Page, choices: NewSessionChoices = DEPRESSION_IN_ENGLISH): Promise<void> {
  await page.getByRole('link', { name: 'Start a new session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start a new session' })).toBeVisible();
  await page.getByLabel('Clinician name').fill(choices.clinician);
  await page.getByLabel('Patient label').fill(choices.patient);
  await page.getByRole('radio', { name: choices.condition }).check();
  await page.getByRole('radio', { name: choices.language }).check();
  await page.getByRole('radio', { name: choices.decisionRole }).check();
  await page.getByRole('button', { name: 'Start the session' }).click();
}
