import { describe, expect, it } from 'vitest';
import { answersSchema, emptyAnswers } from '../../../src/shared/session';
import { DEFAULT_SETTINGS, LOGO_MAX_DATA_URL_LENGTH, settingsSchema } from '../../../src/shared/settings';

/** Settings exactly as Duet 0.1 stored them, before the address, phone, logo and clinicians existed. */
const SAVED_BY_0_1 = {
  practiceName: 'Riverside Clinic',
  crisisLine: { en: 'Call 988.', es: 'Llame al 988.' },
  defaultLanguage: 'es',
  paperSize: 'A4',
};

describe('settings schema', () => {
  it('still reads settings saved before the new fields, filling them with their defaults', () => {
    expect(settingsSchema.parse(SAVED_BY_0_1)).toEqual({
      ...SAVED_BY_0_1,
      practiceAddress: '',
      practicePhone: '',
      logo: null,
      clinicians: [],
      lockAfterMinutes: 5,
      retentionDays: null,
    });
    expect(settingsSchema.strict().parse(SAVED_BY_0_1).logo).toBeNull();
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts a PNG or JPEG data URL as the logo and refuses anything else', () => {
    const withLogo = (dataUrl: string) => settingsSchema.safeParse({ ...DEFAULT_SETTINGS, logo: { dataUrl, fileName: 'logo.png' } });
    expect(withLogo('data:image/png;base64,iVBORw0KGgo=').success).toBe(true);
    expect(withLogo('data:image/jpeg;base64,/9j/4AAQ').success).toBe(true);
    expect(withLogo('data:image/svg+xml;base64,PHN2Zz4=').success).toBe(false);
    expect(withLogo('data:text/html;base64,PGgxPg==').success).toBe(false);
    expect(withLogo('https://example.com/logo.png').success).toBe(false);
    expect(withLogo(`data:image/png;base64,${'A'.repeat(LOGO_MAX_DATA_URL_LENGTH)}`).success).toBe(false);
  });

  it('needs a name for every clinician', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, clinicians: [{ name: 'Dr. Ruiz', role: '' }] }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, clinicians: [{ name: '  ', role: 'Therapist' }] }).success).toBe(false);
  });
});

describe('answers print layout', () => {
  it('defaults to the session language for answers saved before the choice existed', () => {
    const { printLayout: _omitted, ...older } = emptyAnswers();
    expect(answersSchema.parse(older).printLayout).toBe('session-language');
    expect(answersSchema.safeParse({ ...older, printLayout: 'trilingual' }).success).toBe(false);
  });
});
