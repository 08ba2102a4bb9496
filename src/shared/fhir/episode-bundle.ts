import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CodeableConcept,
  Goal,
  Observation,
  Patient,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { ConditionId, ContentLibrary, OptionKind } from '../content/schema';
import type { VisitMeasures } from '../follow-up';
import { INSTRUMENTS, type InstrumentDefinition, type InstrumentId, type MeasureResponse } from '../measures';
import { dayOf } from '../domain/episode';
import { scoreMeasure } from '../domain/measures';
import type { PlanVersion, Session } from '../session';
import {
  answersAreCoded,
  DUET_CONDITIONS,
  DUET_MEASURES,
  DUET_MODALITIES,
  DUET_OPTION_KINDS,
  instrumentCoding,
  itemCoding,
  LOINC,
  OBSERVATION_CATEGORY,
  questionnaireUrl,
  totalCoding,
} from './codes';

/**
 * One care episode (a session with its follow-up visits and plan versions) as a FHIR R4 Bundle of type
 * `collection`, for a health record to take in. Pure: the caller gives the time and the id maker. What goes in and
 * what stays out is listed in docs/fhir.md; in short, only the measures, their totals, the agreed plans and their
 * goals, and the patient label (no free text of the conversation, no safety notes, no "About you").
 */

export interface EpisodeBundleOptions {
  /** The Bundle's timestamp. */
  exportedAt: Date;
  /**
   * A UUID that depends only on `name` (main uses RFC 4122 version 5): the same episode, visit and measure give the
   * same resource id in every export, so a record that takes the bundle twice can match them.
   */
  uuidFor: (name: string) => string;
  /** The English name of a treatment id in Duet's content, or null when the content has none. */
  modalityName?: (modalityId: string) => string | null;
}

/** The English name of a treatment of a condition in Duet's content, or null when the content has none. */
export type ModalityNames = (conditionId: ConditionId, modalityId: string) => string | null;

/** Treatment names from a content library (main passes the app's; tests may pass another). */
export function modalityNamesFrom(library: ContentLibrary): ModalityNames {
  const names = new Map(
    library.conditions.flatMap((condition) =>
      condition.options.flatMap((option) => option.modalities.map((modality) => [`${condition.id}/${modality.id}`, modality.name.en] as const)),
    ),
  );
  return (conditionId, modalityId) => names.get(`${conditionId}/${modalityId}`) ?? null;
}

/** The agreed option's English name (as on Duet's screens: i18n common.optionKinds). */
export const OPTION_KIND_DISPLAY: Record<OptionKind, string> = {
  therapy: 'Therapy alone',
  medication: 'Medicine alone',
  combined: 'Therapy and medicine together',
  waiting: 'Waiting and checking in',
};

/** A visit of the episode that may hold measures: the first visit's baseline, then each follow-up. */
export interface EpisodeVisit {
  /** 'baseline' for the first visit, else the follow-up's id. */
  key: string;
  date: string;
  measures: VisitMeasures;
}

export function episodeVisits(session: Pick<Session, 'createdAt' | 'answers' | 'followUps'>): EpisodeVisit[] {
  const baseline = session.answers.baseline;
  return [
    { key: 'baseline', date: baseline.date || dayOf(session.createdAt), measures: baseline.measures },
    ...session.followUps.map((visit) => ({ key: visit.id, date: visit.date, measures: visit.measures })),
  ];
}

const urn = (id: string) => `urn:uuid:${id}`;

interface Entry<T extends Resource> {
  id: string;
  resource: T;
}

function entryOf<T extends Resource>(entry: Entry<T>): BundleEntry {
  return { fullUrl: urn(entry.id), resource: entry.resource };
}

function reference<T extends Resource>(entry: Entry<T>): Reference<T> {
  return { reference: urn(entry.id) };
}

/** The Questionnaire the responses point to: the instrument's codes, items and (for LOINC items) coded answers. */
function questionnaireFor(instrument: InstrumentDefinition, id: string): Questionnaire {
  const coded = answersAreCoded(instrument);
  const items: QuestionnaireItem[] = instrument.items.map((item) => {
    const coding = itemCoding(item);
    return {
      linkId: item.id,
      code: [coding.system === DUET_MEASURES ? { ...coding, display: item.name } : coding],
      // Duet's short English name for clinicians, not the published wording (docs/fhir.md).
      text: item.name,
      type: coded ? 'choice' : 'integer',
      ...(coded
        ? {
            answerOption: instrument.options.map((option) => ({
              valueCoding: { system: LOINC, code: option.loinc!, ...(option.label ? { display: option.label.en } : {}) },
            })),
          }
        : {}),
    };
  });
  const panel = instrumentCoding(instrument);
  return {
    resourceType: 'Questionnaire',
    id,
    url: questionnaireUrl(instrument.id),
    name: instrument.shortName.replace(/[^A-Za-z0-9]/g, ''),
    title: instrument.fullName,
    status: 'active',
    subjectType: ['Patient'],
    code: [panel.system === DUET_MEASURES ? { ...panel, display: instrument.shortName } : panel],
    item: items,
  };
}

function answerItems(instrument: InstrumentDefinition, response: MeasureResponse): QuestionnaireResponseItem[] {
  const coded = answersAreCoded(instrument);
  const items: QuestionnaireResponseItem[] = [];
  for (const item of instrument.items) {
    const value = response.answers[item.id];
    if (value === null || value === undefined) continue;
    if (coded) {
      const option = instrument.options.find((candidate) => candidate.value === value);
      if (!option?.loinc) continue;
      items.push({
        linkId: item.id,
        answer: [{ valueCoding: { system: LOINC, code: option.loinc, ...(option.label ? { display: option.label.en } : {}) } }],
      });
    } else {
      items.push({ linkId: item.id, answer: [{ valueInteger: value }] });
    }
  }
  return items;
}

function planCategory(option: OptionKind | null, conditionId: Session['conditionId']): CodeableConcept[] {
  return [
    ...(option ? [{ coding: [{ system: DUET_OPTION_KINDS, code: option, display: OPTION_KIND_DISPLAY[option] }] }] : []),
    { coding: [{ system: DUET_CONDITIONS, code: conditionId }] },
  ];
}

const usableGoals = (version: PlanVersion) => version.plan.goals.map((goal) => goal.trim()).filter((goal) => goal !== '');

export function buildEpisodeBundle(session: Session, options: EpisodeBundleOptions): Bundle {
  const idFor = (name: string) => options.uuidFor(`${session.id}/${name}`);
  const entries: BundleEntry[] = [];

  const patient: Entry<Patient> = {
    id: idFor('patient'),
    resource: {
      resourceType: 'Patient',
      id: idFor('patient'),
      // The label the clinician typed (initials or a chart alias), as a pseudonym: never an identifier (docs/fhir.md).
      name: [{ use: 'anonymous', text: session.patientLabel }],
    },
  };
  entries.push(entryOf(patient));
  const subject = reference(patient);

  // Measures: a QuestionnaireResponse per measure per visit, and an Observation per total.
  const visits = episodeVisits(session);
  const questionnaireIds = new Map<InstrumentId, string>();
  const measureEntries: BundleEntry[] = [];
  for (const visit of visits) {
    for (const response of visit.measures) {
      const score = scoreMeasure(response);
      // Damaged answers (off the scale, unknown items) are left out rather than exported as if they were valid.
      if (score.kind === 'invalid') continue;
      const instrument = INSTRUMENTS[response.instrument];
      const items = answerItems(instrument, response);
      if (items.length === 0) continue;
      const questionnaireId = questionnaireIds.get(instrument.id) ?? idFor(`questionnaire/${instrument.id}`);
      questionnaireIds.set(instrument.id, questionnaireId);
      const complete = score.kind !== 'incomplete' || score.missing.length === 0;
      const responseEntry: Entry<QuestionnaireResponse> = {
        id: idFor(`visit/${visit.key}/${instrument.id}/response`),
        resource: {
          resourceType: 'QuestionnaireResponse',
          id: idFor(`visit/${visit.key}/${instrument.id}/response`),
          questionnaire: questionnaireUrl(instrument.id),
          // 'stopped': answered in part and left so (a visit's measures are not taken up again later).
          status: complete ? 'completed' : 'stopped',
          subject,
          authored: visit.date,
          item: items,
        },
      };
      measureEntries.push(entryOf(responseEntry));
      const total = totalCoding(instrument);
      if (score.kind === 'total' && total) {
        const observationId = idFor(`visit/${visit.key}/${instrument.id}/total`);
        const observation: Observation = {
          resourceType: 'Observation',
          id: observationId,
          status: 'final',
          category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
          code: {
            coding: [total.system === DUET_MEASURES ? { ...total, display: `${instrument.shortName} total score` } : total],
            text: `${instrument.shortName} total score`,
          },
          subject,
          effectiveDateTime: visit.date,
          valueInteger: score.total,
          derivedFrom: [reference(responseEntry)],
        };
        measureEntries.push(entryOf({ id: observationId, resource: observation }));
      }
    }
  }
  for (const [instrumentId, id] of questionnaireIds) {
    entries.push(entryOf({ id, resource: questionnaireFor(INSTRUMENTS[instrumentId], id) }));
  }
  entries.push(...measureEntries);

  // Goals: one per distinct goal of any agreed plan; those no longer in the current plan were dropped.
  const versions = session.planVersions;
  const current = versions.at(-1);
  const currentGoals = new Set(current ? usableGoals(current) : []);
  const goalIds = new Map<string, string>();
  for (const version of versions) {
    for (const goal of usableGoals(version)) {
      if (goalIds.has(goal)) continue;
      const id = idFor(`goal/${goal}`);
      goalIds.set(goal, id);
      const resource: Goal = {
        resourceType: 'Goal',
        id,
        lifecycleStatus: currentGoals.has(goal) ? 'active' : 'cancelled',
        description: { text: goal },
        subject,
        startDate: dayOf(version.agreedAt),
      };
      entries.push(entryOf({ id, resource }));
    }
  }

  // Plans: every agreed version, oldest first; each newer one replaces the one before, which is then revoked.
  const planIds = versions.map((version) => idFor(`plan/${version.version}`));
  versions.forEach((version, index) => {
    const next = versions[index + 1];
    const previousId = index > 0 ? planIds[index - 1] : undefined;
    const resource: CarePlan = {
      resourceType: 'CarePlan',
      id: planIds[index],
      status: next ? 'revoked' : 'active',
      intent: 'plan',
      category: planCategory(version.plan.agreedOption, session.conditionId),
      subject,
      period: { start: version.agreedAt, ...(next ? { end: next.agreedAt } : {}) },
      created: version.agreedAt,
      ...(previousId ? { replaces: [{ reference: urn(previousId) }] } : {}),
      ...(usableGoals(version).length > 0 ? { goal: usableGoals(version).map((goal) => ({ reference: urn(goalIds.get(goal)!) })) } : {}),
      ...(version.plan.modalityIds.length > 0
        ? {
            activity: version.plan.modalityIds.map((modalityId) => {
              const display = options.modalityName?.(modalityId) ?? null;
              return {
                detail: {
                  // Duet records which treatments were agreed, not whether each has started.
                  status: 'unknown' as const,
                  code: { coding: [{ system: DUET_MODALITIES, code: modalityId, ...(display ? { display } : {}) }] },
                },
              };
            }),
          }
        : {}),
    };
    entries.push(entryOf({ id: planIds[index]!, resource }));
  });

  return { resourceType: 'Bundle', type: 'collection', timestamp: options.exportedAt.toISOString(), entry: entries };
}
