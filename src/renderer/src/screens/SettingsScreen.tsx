import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { PAPER_SIZES, settingsSchema, type Settings } from '../../../shared/settings';
import { useSaveSettings, useSettings } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { RadioGroup } from '../components/RadioGroup';
import { TextField, focusFirstProblem } from '../components/TextField';
import { hrefFor } from '../routing/routes';

type PaperSize = Settings['paperSize'];
type FieldName = 'practiceName' | 'crisisLineEn' | 'crisisLineEs';
type Problems = Partial<Record<FieldName, string>>;

/** Translation keys of plain-words problems, checked with the same schema main enforces. */
function validate(settings: Settings): Problems {
  const parsed = settingsSchema.safeParse(settings);
  if (parsed.success) return {};
  const problems: Problems = {};
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path;
    const field: FieldName | null =
      first === 'practiceName' ? 'practiceName' : first === 'crisisLine' ? (second === 'es' ? 'crisisLineEs' : 'crisisLineEn') : null;
    if (!field || problems[field]) continue;
    const tooLong = issue.code === 'too_big';
    problems[field] = `errors.${field}${tooLong ? 'TooLong' : 'Missing'}`;
  }
  return problems;
}

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <main id="main-content" tabIndex={-1} className="page">
      <p>
        <a href={hrefFor({ name: 'home' })}>
          <span aria-hidden="true">← </span>
          {t('backHome')}
        </a>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {settings.isPending && <p role="status">{t('loading')}</p>}
      {settings.isError && <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <SettingsForm saved={settings.data} />}
    </main>
  );
}

function SettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation('settings');
  const saveSettings = useSaveSettings();
  const [draft, setDraft] = useState<Settings>(saved);
  const [problems, setProblems] = useState<Problems>({});
  const [justSaved, setJustSaved] = useState(false);

  const update = (next: Settings) => {
    setDraft(next);
    setJustSaved(false);
  };
  const setCrisisLine = (locale: Locale, text: string) => update({ ...draft, crisisLine: { ...draft.crisisLine, [locale]: text } });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validate(draft);
    flushSync(() => setProblems(found));
    if (Object.keys(found).length > 0) {
      focusFirstProblem(form);
      return;
    }
    try {
      const stored = await saveSettings.mutateAsync(settingsSchema.parse(draft));
      setDraft(stored);
      setJustSaved(true);
    } catch {
      // saveSettings.error is shown above the button; the form keeps what was typed.
    }
  };

  const problem = (name: FieldName) => (problems[name] ? t(problems[name]) : undefined);

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label={t('practiceName')}
        hint={t('practiceNameHint')}
        value={draft.practiceName}
        maxLength={120}
        onChange={(practiceName) => update({ ...draft, practiceName })}
        error={problem('practiceName')}
      />
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
      <RadioGroup<Locale>
        legend={t('defaultLanguage')}
        hint={t('defaultLanguageHint')}
        layout="row"
        choices={[
          { value: 'en', label: 'English', lang: 'en' },
          { value: 'es', label: 'Español', lang: 'es' },
        ]}
        value={draft.defaultLanguage}
        onChange={(defaultLanguage) => update({ ...draft, defaultLanguage })}
      />
      <RadioGroup<PaperSize>
        legend={t('paperSize')}
        layout="row"
        choices={PAPER_SIZES.map((size) => ({ value: size, label: t(`paperSizes.${size}`) }))}
        value={draft.paperSize}
        onChange={(paperSize) => update({ ...draft, paperSize })}
      />
      {saveSettings.isError && <ErrorMessage error={saveSettings.error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saveSettings.isPending}>
          {t('save')}
        </button>
        <p role="status" aria-live="polite" className="form-status">
          {justSaved && (
            <>
              <span aria-hidden="true">✓ </span>
              {t('saved')}
            </>
          )}
        </p>
      </div>
    </form>
  );
}
