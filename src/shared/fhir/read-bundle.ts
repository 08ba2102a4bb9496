import type { Bundle, CarePlan, Goal, Observation, Patient, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import type { OptionKind } from '../content/schema';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId, type MeasureResponse } from '../measures';
import { DUET_MODALITIES, DUET_OPTION_KINDS, instrumentForTotal, LOINC, questionnaireUrl } from './codes';

/**
 * Reads a Duet episode bundle back into the values it carries: the measures of each visit with their dates, the
 * totals, and the plan versions in order. Used by the round-trip tests (docs/fhir.md); it follows only the
 * references the export makes and throws, in plain words, on a bundle that breaks them.
 */

export interface MeasureRead {
  date: string;
  status: QuestionnaireResponse['status'];
  response: MeasureResponse;
}

export interface TotalRead {
  instrument: InstrumentId;
  date: string;
  total: number;
  /** The measure the total was derived from (an index into `measures`). */
  measureIndex: number;
}

export interface PlanVersionRead {
  version: number;
  status: CarePlan['status'];
  agreedAt: string;
  agreedOption: OptionKind | null;
  modalityIds: string[];
  goals: string[];
}

export interface EpisodeRead {
  patientLabel: string;
  measures: MeasureRead[];
  totals: TotalRead[];
  planVersions: PlanVersionRead[];
  /** Every goal with its status ('active' in the current plan, 'cancelled' once dropped). */
  goals: Array<{ text: string; status: Goal['lifecycleStatus'] }>;
}

function ofType<T extends Resource>(bundle: Bundle, type: T['resourceType']): Array<{ fullUrl: string; resource: T }> {
  return (bundle.entry ?? [])
    .filter((entry) => entry.resource?.resourceType === type)
    .map((entry) => ({ fullUrl: entry.fullUrl ?? '', resource: entry.resource as T }));
}

function instrumentOfQuestionnaire(url: string | undefined): InstrumentId {
  const found = INSTRUMENT_IDS.find((id) => questionnaireUrl(id) === url);
  if (!found) throw new Error(`A response points to a questionnaire Duet does not know: ${String(url)}`);
  return found;
}

function readResponse(resource: QuestionnaireResponse): MeasureResponse {
  const instrument = INSTRUMENTS[instrumentOfQuestionnaire(resource.questionnaire)];
  const answers: Record<string, number | null> = Object.fromEntries(instrument.items.map((item) => [item.id, null]));
  for (const item of resource.item ?? []) {
    if (!(item.linkId in answers)) throw new Error(`${instrument.shortName} has no item ${item.linkId}`);
    const answer = item.answer?.[0];
    if (answer?.valueInteger !== undefined) {
      answers[item.linkId] = answer.valueInteger;
    } else if (answer?.valueCoding) {
      const coding = answer.valueCoding;
      const option = instrument.options.find((candidate) => coding.system === LOINC && candidate.loinc === coding.code);
      if (!option) throw new Error(`${instrument.shortName} has no answer ${String(coding.code)}`);
      answers[item.linkId] = option.value;
    }
  }
  // A complete WSAS without its work item is one where the person ticked "retired or not working for other reasons".
  const workNotApplicable = instrument.id === 'wsas' && resource.status === 'completed' && answers['wsas.1'] === null;
  return { instrument: instrument.id, answers, workNotApplicable };
}

export function readEpisodeBundle(bundle: Bundle): EpisodeRead {
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'collection') throw new Error('This is not a Duet episode bundle.');
  const patients = ofType<Patient>(bundle, 'Patient');
  if (patients.length !== 1) throw new Error(`A Duet episode bundle has one Patient, not ${patients.length}.`);
  const patient = patients[0]!;

  const responses = ofType<QuestionnaireResponse>(bundle, 'QuestionnaireResponse');
  const measures: MeasureRead[] = responses.map(({ resource }) => {
    if (resource.subject?.reference !== patient.fullUrl) throw new Error('A response is about someone else.');
    return { date: resource.authored ?? '', status: resource.status, response: readResponse(resource) };
  });
  const responseIndex = new Map(responses.map((entry, index) => [entry.fullUrl, index]));

  const totals: TotalRead[] = ofType<Observation>(bundle, 'Observation').map(({ resource }) => {
    const instrument = resource.code.coding?.map(instrumentForTotal).find((found) => found !== null);
    if (!instrument) throw new Error('An observation is not a total Duet knows.');
    const measureIndex = responseIndex.get(resource.derivedFrom?.[0]?.reference ?? '');
    if (measureIndex === undefined) throw new Error(`The ${instrument.shortName} total is not derived from a response in the bundle.`);
    if (resource.valueInteger === undefined) throw new Error(`The ${instrument.shortName} total has no value.`);
    return { instrument: instrument.id, date: resource.effectiveDateTime ?? '', total: resource.valueInteger, measureIndex };
  });

  const goalsByUrl = new Map(ofType<Goal>(bundle, 'Goal').map(({ fullUrl, resource }) => [fullUrl, resource]));
  const goalText = (url: string | undefined) => {
    const goal = goalsByUrl.get(url ?? '');
    if (!goal) throw new Error('A plan names a goal that is not in the bundle.');
    return goal.description.text ?? '';
  };

  // The version chain: the first plan replaces nothing; each later one replaces exactly the one before.
  const plans = ofType<CarePlan>(bundle, 'CarePlan');
  const replacedBy = new Map<string, (typeof plans)[number]>();
  for (const plan of plans) {
    const replaced = plan.resource.replaces?.map((ref) => ref.reference ?? '') ?? [];
    if (replaced.length > 1) throw new Error('A plan version replaces more than one plan.');
    if (replaced[0] !== undefined) {
      if (replacedBy.has(replaced[0])) throw new Error('Two plan versions replace the same plan.');
      replacedBy.set(replaced[0], plan);
    }
  }
  const roots = plans.filter((plan) => !plan.resource.replaces?.length);
  if (plans.length > 0 && roots.length !== 1) throw new Error('The plan versions do not form one history.');
  const ordered: typeof plans = [];
  for (let plan = roots[0]; plan !== undefined; plan = replacedBy.get(plan.fullUrl)) ordered.push(plan);
  if (ordered.length !== plans.length) throw new Error('The plan versions do not form one history.');

  const planVersions: PlanVersionRead[] = ordered.map(({ resource }, index) => {
    const option = resource.category?.flatMap((concept) => concept.coding ?? []).find((coding) => coding.system === DUET_OPTION_KINDS);
    return {
      version: index + 1,
      status: resource.status,
      agreedAt: resource.period?.start ?? '',
      agreedOption: (option?.code as OptionKind | undefined) ?? null,
      modalityIds: (resource.activity ?? []).map(
        (activity) => activity.detail?.code?.coding?.find((coding) => coding.system === DUET_MODALITIES)?.code ?? '',
      ),
      goals: (resource.goal ?? []).map((ref) => goalText(ref.reference)),
    };
  });

  return {
    patientLabel: patient.resource.name?.[0]?.text ?? '',
    measures,
    totals,
    planVersions,
    goals: [...goalsByUrl.values()].map((goal) => ({ text: goal.description.text ?? '', status: goal.lifecycleStatus })),
  };
}
