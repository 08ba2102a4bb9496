import { useId, useState, type FormEvent } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { conditionSummaries } from '../content/catalog';
import type { ConditionId } from '../../../shared/content/schema';
import { pick, type Locale } from '../../../shared/locale';
import { DECISION_ROLES, newSessionSchema, type DecisionRole, type NewSession } from '../../../shared/session';
import type { Settings } from '../../../shared/settings';
import { useCreateSession, useSetOpenSession, useSettings } from '../api/hooks';
import { ErrorMessage } from '../components/ErrorMessage';
import { showProblemsAndFocus } from '../components/FormActions';
import { BackHomeLink, PageShell, QueryStates } from '../components/PageShell';
import { RadioGroup } from '../components/RadioGroup';
import { TextField } from '../components/TextField';
import { navigate } from '../routing/routes';
import { LANGUAGE_CHOICES, useUiLocale } from '../i18n';

interface Draft {
  clinicianName: string;
  patientLabel: string;
  conditionId: ConditionId | null;
  language: Locale | null;
  decisionRole: DecisionRole | null;
}

type FieldName = keyof Draft;
type Problems = Partial<Record<FieldName, ParseKeys<'newSession'>>>;

const MISSING: Record<FieldName, ParseKeys<'newSession'>> = {
  clinicianName: 'errors.clinicianNameMissing',
  patientLabel: 'errors.patientLabelMissing',
  conditionId: 'errors.conditionMissing',
  language: 'errors.languageMissing',
  decisionRole: 'errors.decisionRoleMissing',
};
const TOO_LONG: Partial<Record<FieldName, ParseKeys<'newSession'>>> = {
  clinicianName: 'errors.clinicianNameTooLong',
  patientLabel: 'errors.patientLabelTooLong',
};

/**
 * Checked with the same schema main enforces: either a complete new session (trimmed), or the translation keys of
 * plain-words problems by field.
 */
function validate(draft: Draft): { ok: true; value: NewSession } | { ok: false; problems: Problems } {
  const parsed = newSessionSchema.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: Problems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as FieldName;
    problems[field] ??= (issue.code === 'too_big' && TOO_LONG[field]) || MISSING[field];
  }
  return { ok: false, problems };
}

export function NewSessionScreen() {
  const { t } = useTranslation('newSession');
  const settings = useSettings();
  return (
    <PageShell title={t('title')} back={<BackHomeLink />}>
      <QueryStates query={settings} loading={t('loading')}>
        {(data) => <NewSessionForm defaultLanguage={data.defaultLanguage} clinicians={data.clinicians} />}
      </QueryStates>
    </PageShell>
  );
}

function NewSessionForm({ defaultLanguage, clinicians }: { defaultLanguage: Locale; clinicians: Settings['clinicians'] }) {
  const cliniciansListId = useId();
  const { t } = useTranslation('newSession');
  const { t: tc } = useTranslation('common');
  const uiLocale = useUiLocale();
  const createSession = useCreateSession();
  const { mutateAsync: setOpenSession } = useSetOpenSession();
  const [draft, setDraft] = useState<Draft>({
    clinicianName: '',
    patientLabel: '',
    conditionId: null,
    language: defaultLanguage,
    decisionRole: null,
  });
  const [problems, setProblems] = useState<Problems>({});

  const update = <K extends FieldName>(name: K, value: Draft[K]) => {
    setDraft((previous) => ({ ...previous, [name]: value }));
    // A problem disappears as soon as it is fixed; new ones only appear on submit.
    if (problems[name]) setProblems((previous) => ({ ...previous, [name]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = validate(draft);
    if (!checked.ok) {
      showProblemsAndFocus(form, () => setProblems(checked.problems));
      return;
    }
    setProblems({});
    try {
      const session = await createSession.mutateAsync(checked.value);
      await setOpenSession(session.id).catch(() => undefined); // resuming later is a convenience, not a blocker
      navigate({ name: 'session', id: session.id });
    } catch {
      // createSession.error is shown below the form; the draft stays as typed.
    }
  };

  const problem = (name: FieldName) => (problems[name] ? t(problems[name]) : undefined);

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label={t('clinicianName')}
        autoComplete="name"
        list={clinicians.length > 0 ? cliniciansListId : undefined}
        value={draft.clinicianName}
        onChange={(value) => update('clinicianName', value)}
        error={problem('clinicianName')}
      />
      {clinicians.length > 0 && (
        <datalist id={cliniciansListId}>
          {clinicians.map((clinician) => (
            <option key={clinician.name} value={clinician.name} label={clinician.role || undefined} />
          ))}
        </datalist>
      )}
      <TextField
        label={t('patientLabel')}
        hint={t('patientLabelHint')}
        value={draft.patientLabel}
        onChange={(value) => update('patientLabel', value)}
        error={problem('patientLabel')}
      />
      <RadioGroup<ConditionId>
        legend={t('condition')}
        choices={conditionSummaries.map((condition) => ({
          value: condition.id,
          label: pick(condition.name, uiLocale),
          description: pick(condition.tagline, uiLocale),
        }))}
        value={draft.conditionId}
        onChange={(value) => update('conditionId', value)}
        error={problem('conditionId')}
      />
      <RadioGroup<Locale>
        legend={t('language')}
        hint={t('languageHint')}
        layout="row"
        choices={LANGUAGE_CHOICES}
        value={draft.language}
        onChange={(value) => update('language', value)}
        error={problem('language')}
      />
      <RadioGroup<DecisionRole>
        legend={t('decisionRole')}
        hint={t('decisionRoleHint')}
        choices={DECISION_ROLES.map((role) => ({
          value: role,
          label: tc(`decisionRoles.${role}.label`),
          description: tc(`decisionRoles.${role}.explained`),
        }))}
        value={draft.decisionRole}
        onChange={(value) => update('decisionRole', value)}
        error={problem('decisionRole')}
      />
      {createSession.isError && <ErrorMessage error={createSession.error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={createSession.isPending}>
          {createSession.isPending ? t('starting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
