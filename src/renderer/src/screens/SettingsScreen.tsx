import { useState, type FormEvent } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { PAPER_SIZES, settingsSchema, type Settings } from '../../../shared/settings';
import { useSaveSettings, useSettings } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { FormActions, showProblemsAndFocus } from '../components/FormActions';
import { BackHomeLink, PageShell, QueryStates } from '../components/PageShell';
import { RadioGroup } from '../components/RadioGroup';
import { TextField } from '../components/TextField';
import { LANGUAGE_CHOICES } from '../i18n';
import { hrefFor } from '../routing/routes';
import { ChangePassphraseForm } from '../settings/ChangePassphraseForm';
import { PracticeServerSection } from '../practice-server/PracticeServerSection';
import { CliniciansField, type ClinicianProblems } from '../settings/CliniciansField';
import { LockSettingsFields } from '../settings/LockSettingsFields';
import { LogoField } from '../settings/LogoField';
import { isSetByPractice, SetByPractice } from '../settings/SetByPractice';

type PaperSize = Settings['paperSize'];
type FieldName = 'practiceName' | 'practiceAddress' | 'practicePhone' | 'crisisLineEn' | 'crisisLineEs';
type SettingsKey = ParseKeys<'settings'>;

/** Translation keys of plain-words problems, by field, and by clinician row. */
interface Problems {
  fields: Partial<Record<FieldName, SettingsKey>>;
  clinicians: Record<number, { name?: SettingsKey; role?: SettingsKey }>;
}
const NO_PROBLEMS: Problems = { fields: {}, clinicians: {} };

function hasProblems(problems: Problems): boolean {
  return Object.keys(problems.fields).length > 0 || Object.keys(problems.clinicians).length > 0;
}

/** Rows left completely empty are dropped rather than refused. */
function withoutEmptyClinicians(settings: Settings): Settings {
  return { ...settings, clinicians: settings.clinicians.filter((row) => row.name.trim() !== '' || row.role.trim() !== '') };
}

/** Checked with the same schema main enforces. */
function validate(settings: Settings): Problems {
  const parsed = settingsSchema.safeParse(settings);
  if (parsed.success) return NO_PROBLEMS;
  const problems: Problems = { fields: {}, clinicians: {} };
  for (const issue of parsed.error.issues) {
    const [first, second, third] = issue.path;
    const tooLong = issue.code === 'too_big';
    if (first === 'clinicians' && typeof second === 'number' && (third === 'name' || third === 'role')) {
      const row = (problems.clinicians[second] ??= {});
      row[third] ??= third === 'name' ? `errors.clinicianName${tooLong ? 'TooLong' : 'Missing'}` : 'errors.clinicianRoleTooLong';
      continue;
    }
    const field: FieldName | null =
      first === 'practiceName' || first === 'practiceAddress' || first === 'practicePhone'
        ? first
        : first === 'crisisLine'
          ? second === 'es'
            ? 'crisisLineEs'
            : 'crisisLineEn'
          : null;
    if (!field || problems.fields[field]) continue;
    // Address and phone are optional: they can only be too long.
    if (tooLong) problems.fields[field] = `errors.${field}TooLong`;
    else if (field !== 'practiceAddress' && field !== 'practicePhone') problems.fields[field] = `errors.${field}Missing`;
  }
  return problems;
}

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <PageShell title={t('title')} back={<BackHomeLink />}>
      <p className="lead">{t('intro')}</p>
      <QueryStates query={settings} loading={t('loading')}>
        {(saved) => (
          <>
            <SettingsForm saved={saved} />
            <ChangePassphraseForm />
            <PracticeServerSection />
          </>
        )}
      </QueryStates>
      <section aria-labelledby="settings-activity-heading">
        <h2 id="settings-activity-heading">{t('activityHeading')}</h2>
        <p>{t('activityIntro')}</p>
        <p>
          <a href={hrefFor({ name: 'audit' })}>{t('activityLink')}</a>
        </p>
      </section>
    </PageShell>
  );
}

function SettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation('settings');
  const saveSettings = useSaveSettings();
  const [draft, setDraft] = useState<Settings>(saved);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [justSaved, setJustSaved] = useState(false);

  const update = (next: Settings) => {
    setDraft(next);
    setJustSaved(false);
  };
  const setCrisisLine = (locale: Locale, text: string) => update({ ...draft, crisisLine: { ...draft.crisisLine, [locale]: text } });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saveSettings.isPending) return;
    const form = event.currentTarget;
    const candidate = withoutEmptyClinicians(draft);
    const found = validate(candidate);
    if (hasProblems(found)) {
      showProblemsAndFocus(form, () => setProblems(found));
      return;
    }
    setProblems(found);
    try {
      const stored = await saveSettings.mutateAsync(settingsSchema.parse(candidate));
      setDraft(stored);
      setJustSaved(true);
    } catch {
      // saveSettings.error is shown above the button; the form keeps what was typed.
    }
  };

  const problem = (name: FieldName) => {
    const key = problems.fields[name];
    return key ? t(key) : undefined;
  };
  const locked = (name: keyof Settings) => isSetByPractice(saved, name);
  const clinicianProblems: ClinicianProblems = Object.fromEntries(
    Object.entries(problems.clinicians).map(([row, keys]) => [
      row,
      { name: keys.name ? t(keys.name) : undefined, role: keys.role ? t(keys.role) : undefined },
    ]),
  );

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <SetByPractice locked={locked('practiceName')}>
        <TextField
          label={t('practiceName')}
          hint={t('practiceNameHint')}
          value={draft.practiceName}
          maxLength={120}
          onChange={(practiceName) => update({ ...draft, practiceName })}
          error={problem('practiceName')}
        />
      </SetByPractice>
      <SetByPractice locked={locked('practiceAddress')}>
        <TextField
          label={t('practiceAddress')}
          hint={t('practiceAddressHint')}
          multiline
          value={draft.practiceAddress}
          maxLength={300}
          onChange={(practiceAddress) => update({ ...draft, practiceAddress })}
          error={problem('practiceAddress')}
        />
      </SetByPractice>
      <SetByPractice locked={locked('practicePhone')}>
        <TextField
          label={t('practicePhone')}
          value={draft.practicePhone}
          maxLength={60}
          autoComplete="tel"
          onChange={(practicePhone) => update({ ...draft, practicePhone })}
          error={problem('practicePhone')}
        />
      </SetByPractice>
      <SetByPractice locked={locked('logo')}>
        <LogoField logo={draft.logo} onChange={(logo) => update({ ...draft, logo })} />
      </SetByPractice>
      <SetByPractice locked={locked('clinicians')}>
        <CliniciansField
          clinicians={draft.clinicians}
          onChange={(clinicians) => update({ ...draft, clinicians })}
          problems={clinicianProblems}
        />
      </SetByPractice>
      <SetByPractice locked={locked('crisisLine')}>
        <TextField
          label={t('crisisLineEn')}
          hint={t('crisisLineHint')}
          multiline
          lang="en"
          value={draft.crisisLine.en}
          onChange={(text) => setCrisisLine('en', text)}
          error={problem('crisisLineEn')}
        />
        <TextField
          label={t('crisisLineEs')}
          hint={t('crisisLineHint')}
          multiline
          lang="es"
          value={draft.crisisLine.es}
          onChange={(text) => setCrisisLine('es', text)}
          error={problem('crisisLineEs')}
        />
      </SetByPractice>
      <SetByPractice locked={locked('defaultLanguage')}>
        <RadioGroup<Locale>
          legend={t('defaultLanguage')}
          hint={t('defaultLanguageHint')}
          layout="row"
          choices={LANGUAGE_CHOICES}
          value={draft.defaultLanguage}
          onChange={(defaultLanguage) => update({ ...draft, defaultLanguage })}
        />
      </SetByPractice>
      <SetByPractice locked={locked('paperSize')}>
        <RadioGroup<PaperSize>
          legend={t('paperSize')}
          layout="row"
          choices={PAPER_SIZES.map((size) => ({ value: size, label: t(`paperSizes.${size}`) }))}
          value={draft.paperSize}
          onChange={(paperSize) => update({ ...draft, paperSize })}
        />
      </SetByPractice>
      <LockSettingsFields value={draft} setByPractice={locked} onChange={(lockSettings) => update({ ...draft, ...lockSettings })} />
      {saveSettings.isError && <ErrorMessage error={saveSettings.error} />}
      <FormActions submitLabel={t('save')} busy={saveSettings.isPending} done={justSaved && t('saved')} />
    </form>
  );
}
