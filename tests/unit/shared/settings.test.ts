import { describe, expect, it } from 'vitest';
import { answersSchema, emptyAboutYou, emptyAnswers, emptySafetyPlan } from '../../../src/shared/session';
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

describe('the default crisis line (clinical review M9, m12)', () => {
  it('tells Spanish speakers to press 2 or text AYUDA, and names 911 and Poison Control', () => {
    expect(DEFAULT_SETTINGS.crisisLine.es).toContain('Para hablar en español, llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988');
    expect(DEFAULT_SETTINGS.crisisLine.es).toContain('911');
    for (const locale of ['en', 'es'] as const) expect(DEFAULT_SETTINGS.crisisLine[locale]).toContain('1-800-222-1222');
  });

  it('brings a practice that kept the earlier default up to date, and never touches a line the practice wrote', () => {
    const earlier = {
      en: 'In a crisis, call or text 988 (Suicide & Crisis Lifeline, 24/7), or call 911 if you are in danger now.',
      es: 'En una crisis, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, 24/7), o llame al 911 si está en peligro ahora.',
    };
    expect(settingsSchema.parse({ ...DEFAULT_SETTINGS, crisisLine: earlier }).crisisLine).toEqual(DEFAULT_SETTINGS.crisisLine);
    const own = { en: 'Call the Riverside crisis team: 555-0100.', es: 'Llame al equipo de crisis: 555-0100.' };
    expect(settingsSchema.parse({ ...DEFAULT_SETTINGS, crisisLine: own }).crisisLine).toEqual(own);
  });
});

describe('About you and the safety plan in saved answers', () => {
  it('reads answers saved before About you and the safety plan existed, with everything blank', () => {
    const { aboutYou: _about, ...older } = emptyAnswers();
    const { safetyPlan: _plan, ...olderPlan } = older.plan;
    const parsed = answersSchema.parse({ ...older, plan: olderPlan });
    expect(parsed.aboutYou).toEqual(emptyAboutYou());
    expect(parsed.plan.safetyPlan).toEqual(emptySafetyPlan());
  });

  it('refuses answers that are not one of the choices, and text that is too long', () => {
    const withAbout = (aboutYou: Record<string, unknown>) => answersSchema.safeParse({ ...emptyAnswers(), aboutYou: { ...emptyAboutYou(), ...aboutYou } });
    expect(withAbout({ ageGroup: '65-plus', pregnancy: ['breastfeeding'], healthConditions: ['heart', 'seizures'] }).success).toBe(true);
    expect(withAbout({ ageGroup: '40' }).success).toBe(false);
    expect(withAbout({ suicidalThoughts: 'maybe' }).success).toBe(false);
    expect(withAbout({ pregnancy: ['pregnant', 'pregnant', 'pregnant', 'pregnant'] }).success).toBe(false);
    expect(withAbout({ sexAndGender: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('answers print layout', () => {
  it('defaults to the session language for answers saved before the choice existed', () => {
    const { printLayout: _omitted, ...older } = emptyAnswers();
    expect(answersSchema.parse(older).printLayout).toBe('session-language');
    expect(answersSchema.safeParse({ ...older, printLayout: 'trilingual' }).success).toBe(false);
  });
});
