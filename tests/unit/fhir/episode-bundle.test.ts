import type {
  Bundle,
  CarePlan,
  Goal,
  Observation,
  OperationOutcomeIssue,
  Patient,
  Questionnaire,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpisodeBundle, episodeVisits } from '../../../src/shared/fhir/episode-bundle';
import { readEpisodeBundle } from '../../../src/shared/fhir/read-bundle';
import { DUET_MEASURES, LOINC } from '../../../src/shared/fhir/codes';
import { DUET_FHIR_NAMESPACE, fhirUuidFor, nameBasedUuid } from '../../../src/main/fhir/name-uuid';
import { episodeTotals } from '../../../src/shared/domain/episode';
import { INSTRUMENT_IDS, INSTRUMENTS } from '../../../src/shared/measures';
import { scoreMeasure } from '../../../src/shared/domain/measures';
import type { Session } from '../../../src/shared/session';
import { anxietyEpisode, depressionEpisode } from '../../support/fhir-episodes';
import { describeIssues, errorsOf, fhirIssues, loadFhirR4Definitions } from '../../support/fhir-validator';

const EXPORTED_AT = new Date('2026-08-01T12:00:00.000Z');
const build = (session: Session) => buildEpisodeBundle(session, { exportedAt: EXPORTED_AT, uuidFor: fhirUuidFor });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource!);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']) =>
  resources(bundle).filter((resource): resource is T => resource.resourceType === type);

/** Every `reference` anywhere in the bundle, with the path it sits at. */
function referencesIn(value: unknown, path = 'Bundle'): Array<{ path: string; reference: string }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => referencesIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'reference' && typeof child === 'string' ? [{ path, reference: child }] : referencesIn(child, `${path}.${key}`),
  );
}

/**
 * The validator's one kind of warning on these bundles: it checks a reference's target type from a
 * "Type/id" reference, and a bundle's urn:uuid references carry no type. So each such warning is checked here
 * instead: the urn must name an entry of the bundle whose type is one the specification allows there.
 */
function unexplainedWarnings(bundle: Bundle, issues: OperationOutcomeIssue[]): OperationOutcomeIssue[] {
  const types = new Map((bundle.entry ?? []).map((entry) => [entry.fullUrl, entry.resource?.resourceType]));
  return issues.filter((issue) => {
    if (issue.severity !== 'warning') return false;
    const match = /^Invalid reference: got "(urn:uuid:[^"]+)", expected (.+)$/.exec(issue.details?.text ?? '');
    if (!match) return true;
    const allowed = [...match[2]!.matchAll(/StructureDefinition\/(\w+)"/g)].map((found) => found[1]);
    return !allowed.includes(types.get(match[1]));
  });
}

beforeAll(() => loadFhirR4Definitions(), 60_000);

describe.each([
  ['depression (PHQ-9 18 → 14 → 8, the plan changed)', depressionEpisode],
  ['anxiety (GAD-7 15 → 9 → 4)', anxietyEpisode],
])('the FHIR R4 bundle of a %s episode', (_name, episode) => {
  const session = episode();
  const bundle = build(session);

  it('validates against the R4 specification with zero errors (and no warning that is not a urn:uuid reference check)', () => {
    const issues = fhirIssues(bundle);
    expect(describeIssues(errorsOf(issues))).toEqual([]);
    expect(describeIssues(unexplainedWarnings(bundle, issues))).toEqual([]);
  });

  it('validates each resource on its own too', () => {
    for (const resource of resources(bundle)) expect(describeIssues(errorsOf(fhirIssues(resource))), resource.resourceType).toEqual([]);
  });

  it('is a collection whose every reference resolves to an entry, with stable urn:uuid ids', () => {
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe(EXPORTED_AT.toISOString());
    const urls = (bundle.entry ?? []).map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const entry of bundle.entry ?? []) {
      expect(entry.resource?.id).toMatch(UUID);
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource?.id}`);
    }
    for (const { path, reference } of referencesIn(bundle)) expect(urls, path).toContain(reference);
    // Another export, later: the same ids, only the timestamp moves.
    const again = buildEpisodeBundle(session, { exportedAt: new Date('2027-01-01T00:00:00.000Z'), uuidFor: fhirUuidFor });
    expect({ ...again, timestamp: bundle.timestamp }).toEqual(bundle);
  });

  it('reads back into the values that were exported', () => {
    const read = readEpisodeBundle(JSON.parse(JSON.stringify(bundle)) as Bundle);
    expect(read.patientLabel).toBe(session.patientLabel);

    // Every measure of every visit, with its date and answers (damaged or empty ones are not exported).
    const exported = episodeVisits(session).flatMap((visit) =>
      visit.measures
        .filter((response) => scoreMeasure(response).kind !== 'invalid')
        .map((response) => ({
          date: visit.date,
          response: {
            instrument: response.instrument,
            answers: Object.fromEntries(INSTRUMENTS[response.instrument].items.map((item) => [item.id, response.answers[item.id] ?? null])),
            workNotApplicable: response.workNotApplicable,
          },
        })),
    );
    expect(read.measures.map(({ date, response }) => ({ date, response }))).toEqual(exported);

    // Every total, per instrument, per visit date: the same as the episode's own trajectory.
    for (const instrument of INSTRUMENT_IDS) {
      const expected = episodeTotals(session, instrument).filter((point) => point.total !== null);
      const got = read.totals.filter((total) => total.instrument === instrument).map(({ date, total }) => ({ date, total }));
      expect(got, instrument).toEqual(expected);
    }
    for (const total of read.totals) {
      expect(read.measures[total.measureIndex]!.response.instrument).toBe(total.instrument);
      expect(read.measures[total.measureIndex]!.date).toBe(total.date);
    }

    // The plan history, oldest first; the current version is active, older ones revoked.
    expect(read.planVersions).toEqual(
      session.planVersions.map((version, index) => ({
        version: version.version,
        status: index === session.planVersions.length - 1 ? 'active' : 'revoked',
        agreedAt: version.agreedAt,
        agreedOption: version.plan.agreedOption,
        modalityIds: version.plan.modalityIds,
        goals: version.plan.goals,
      })),
    );
  });

  it('leaves out the conversation: no worries, patient words, crisis contacts, warning signs or clinician names', () => {
    const text = JSON.stringify(bundle);
    const current = session.answers.plan;
    const privateTexts = [
      session.answers.worries,
      session.clinicianName,
      current.crisisContacts,
      current.warningSigns,
      ...session.planVersions.flatMap((version) => [version.plan.crisisContacts, version.plan.warningSigns]),
      ...session.followUps.flatMap((visit) => [visit.patientWords, visit.clinicianName]),
    ].filter((value) => value.trim() !== '');
    expect(privateTexts.length).toBeGreaterThan(0);
    for (const value of privateTexts) expect(text).not.toContain(value);
    const patient = ofType<Patient>(bundle, 'Patient');
    expect(patient).toEqual([{ resourceType: 'Patient', id: patient[0]!.id, name: [{ use: 'anonymous', text: session.patientLabel }] }]);
  });
});

describe('codes in the depression bundle', () => {
  const bundle = build(depressionEpisode());

  it('PHQ-9 totals are LOINC 44261-6 survey observations derived from their responses; WSAS totals use Duet’s code', () => {
    const observations = ofType<Observation>(bundle, 'Observation');
    const phq9 = observations.filter((observation) => observation.code.coding?.[0]?.code === '44261-6');
    expect(phq9.map((observation) => [observation.effectiveDateTime, observation.valueInteger])).toEqual([
      ['2026-01-05', 18],
      ['2026-02-16', 14],
      ['2026-03-30', 8],
    ]);
    for (const observation of observations) {
      expect(observation.status).toBe('final');
      expect(observation.category?.[0]?.coding?.[0]).toMatchObject({ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' });
      expect(observation.derivedFrom?.[0]?.reference).toMatch(/^urn:uuid:/);
    }
    const wsas = observations.filter((observation) => observation.code.coding?.[0]?.system === DUET_MEASURES);
    // The retired person's WSAS (work not applicable) has no total; the incomplete GAD-7 neither.
    expect(wsas.map((observation) => [observation.code.coding?.[0]?.code, observation.valueInteger])).toEqual([
      ['wsas.total', 22],
      ['wsas.total', 9],
    ]);
    expect(observations).toHaveLength(5);
  });

  it('PHQ-9 answers are LOINC LA codes; WSAS and FIBSER ratings are integers; a part-answered GAD-7 is "stopped"', () => {
    const responses = ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse');
    const first = responses[0]!;
    expect(first.questionnaire).toBe('https://duet.invalid/fhir/Questionnaire/phq9');
    expect(first.item?.[0]).toEqual({ linkId: 'phq9.1', answer: [{ valueCoding: { system: LOINC, code: 'LA6571-9', display: 'Nearly every day' } }] });
    expect(first.item).toHaveLength(9);
    const gad7 = responses.find((response) => response.questionnaire?.endsWith('/gad7'))!;
    expect(gad7.status).toBe('stopped');
    expect(gad7.item?.map((item) => item.linkId)).toEqual(['gad7.1', 'gad7.2']);
    const fibser = responses.find((response) => response.questionnaire?.endsWith('/fibser'))!;
    expect(fibser.item?.map((item) => [item.linkId, item.answer?.[0]?.valueInteger])).toEqual([
      ['fibser.frequency', 5],
      ['fibser.intensity', 0],
      ['fibser.burden', 0],
    ]);
  });

  it('the Questionnaires carry the LOINC panel and item codes (PHQ-9 44249-1) or Duet’s codes (WSAS)', () => {
    const questionnaires = ofType<Questionnaire>(bundle, 'Questionnaire');
    const phq9 = questionnaires.find((questionnaire) => questionnaire.url?.endsWith('/phq9'))!;
    expect(phq9.code).toEqual([{ system: LOINC, code: '44249-1' }]);
    expect(phq9.item?.map((item) => item.code?.[0]?.code)).toEqual(INSTRUMENTS.phq9.items.map((item) => item.loinc));
    expect(phq9.item?.[0]?.answerOption?.map((option) => option.valueCoding?.code)).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
    const wsas = questionnaires.find((questionnaire) => questionnaire.url?.endsWith('/wsas'))!;
    expect(wsas.code).toEqual([{ system: DUET_MEASURES, code: 'wsas', display: 'WSAS' }]);
    expect(wsas.item?.map((item) => [item.code?.[0]?.code, item.type])).toEqual(INSTRUMENTS.wsas.items.map((item) => [item.id, 'integer']));
    expect(questionnaires.map((questionnaire) => questionnaire.url?.split('/').pop())).toEqual(['phq9', 'gad7', 'wsas', 'fibser']);
  });

  it('the plan history: version 2 replaces version 1 (revoked); goals dropped from the plan are cancelled', () => {
    const plans = ofType<CarePlan>(bundle, 'CarePlan');
    expect(plans.map((plan) => plan.status)).toEqual(['revoked', 'active']);
    expect(plans[1]!.replaces).toEqual([{ reference: `urn:uuid:${plans[0]!.id}` }]);
    expect(plans[0]!.period).toEqual({ start: '2026-01-05T10:40:00.000Z', end: '2026-02-16T15:20:00.000Z' });
    expect(plans[1]!.period).toEqual({ start: '2026-02-16T15:20:00.000Z' });
    expect(plans[1]!.activity?.map((activity) => activity.detail?.code?.coding?.[0]?.code)).toEqual(['cbt', 'ssri']);
    const goals = ofType<Goal>(bundle, 'Goal');
    expect(goals.map((goal) => [goal.description.text, goal.lifecycleStatus])).toEqual([
      ['Back to work three days a week', 'active'],
      ['Walk the dog every morning', 'cancelled'],
      ['See friends once a week', 'active'],
    ]);
  });

  it('an episode with no measures and no agreed plan is just the Patient, and still valid', () => {
    const empty: Session = { ...depressionEpisode(), followUps: [], planVersions: [] };
    empty.answers = { ...empty.answers, baseline: { date: '', measures: [] } };
    const bare = build(empty);
    expect(resources(bare).map((resource) => resource.resourceType)).toEqual(['Patient']);
    expect(describeIssues(errorsOf(fhirIssues(bare)))).toEqual([]);
  });
});

describe('the validator catches a broken resource (so the tests above can fail)', () => {
  const bundle = () => structuredClone(build(depressionEpisode())) as unknown as { entry: Array<{ resource: Record<string, unknown> }> };
  const entryOf = (value: ReturnType<typeof bundle>, type: string) => value.entry.find((entry) => entry.resource.resourceType === type)!.resource;

  it.each([
    ['an Observation without its required status', (b: ReturnType<typeof bundle>) => delete entryOf(b, 'Observation').status, 'Missing required property'],
    ['a total as text', (b: ReturnType<typeof bundle>) => (entryOf(b, 'Observation').valueInteger = 'eighteen'), 'expected number, but got string'],
    ['a property FHIR does not have', (b: ReturnType<typeof bundle>) => (entryOf(b, 'Patient').label = 'J.M.'), 'Invalid additional property "label"'],
    ['an impossible date', (b: ReturnType<typeof bundle>) => (entryOf(b, 'QuestionnaireResponse').authored = '2026-13-45'), 'Invalid dateTime format'],
    ['a response item without its linkId', (b: ReturnType<typeof bundle>) => delete (entryOf(b, 'QuestionnaireResponse').item as Array<Record<string, unknown>>)[0]!.linkId, 'Missing required property'],
    [
      'two entries with the same fullUrl (invariant bdl-7)',
      (b: ReturnType<typeof bundle>) => ((b.entry[1] as { fullUrl?: string }).fullUrl = (b.entry[0] as { fullUrl?: string }).fullUrl),
      'bdl-7',
    ],
  ])('%s', (_name, breakIt, expected) => {
    const broken = bundle();
    breakIt(broken);
    const errors = describeIssues(errorsOf(fhirIssues(broken as unknown as Bundle)));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(expected);
  });
});

describe('name-based ids', () => {
  it('follow RFC 4122 version 5 (the RFC’s example: www.example.com in the DNS namespace)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('differ between episodes and between names', () => {
    const a = build(depressionEpisode());
    const b = build(anxietyEpisode());
    const ids = [...resources(a), ...resources(b)].map((resource) => resource.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fhirUuidFor('x')).toBe(nameBasedUuid(DUET_FHIR_NAMESPACE, 'x'));
  });
});
