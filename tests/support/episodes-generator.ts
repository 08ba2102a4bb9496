import { CONDITION_IDS, OPTION_KINDS, type ConditionId, type OptionKind } from '../../src/shared/content/schema';
import { emptyAnswers, type Session, AGE_GROUPS, DECISION_ROLES } from '../../src/shared/session';
import type { FollowUpVisit } from '../../src/shared/follow-up';
import type { MeasureResponse } from '../../src/shared/measures';
import { emptyCollaborate } from '../../src/shared/decision-quality';
import { planContent } from '../../src/shared/domain/episode';
import { seededRandom } from './seeded-random';

/**
 * Realistic care episodes for the practice's figures (issue 12), from a seed: the same seed always gives the same
 * episodes. By default 10,000 episodes with 30,000 visits in all (each first visit plus 0–4 follow-ups, 2 on
 * average), spread over the two years before `asOf`, with symptom trajectories that fall more with some options
 * than others, drop-out, missed items, spelling variants of clinicians' names and sex/gender written many ways.
 */

export interface GeneratorOptions {
  seed?: number;
  episodes?: number;
  /** The last day any visit may fall on. */
  asOf?: string;
}

export const DEFAULT_AS_OF = '2026-11-29';

const CLINICIANS = [
  ['Dr. Rivera', 'dr rivera', 'DR. RIVERA'],
  ['Dr. Okafor'],
  ['Sam Lee', 'Sam  Lee'],
  ['Dra. Núñez', 'Dra. Nunez'],
  ['Dr. Patel'],
  ['Jo Smith'],
  ['=HYPERLINK("http://x","Dr. Evil")'],
] as const;
const CLINICIAN_WEIGHTS = [30, 20, 15, 15, 12, 7, 1];

const SEX_GENDER = ['Woman', 'female', 'F', 'mujer', 'Man', 'male', 'hombre', 'M', 'non-binary', 'No binario', 'trans man', 'Two-spirit', ''];
const SEX_GENDER_WEIGHTS = [12, 10, 4, 6, 10, 8, 5, 3, 3, 1, 1, 1, 20];

const CONDITION_WEIGHTS = [40, 30, 8, 7, 5, 5, 5];
/** How much each option lowers symptoms by 12 weeks (a fraction of the baseline), before noise. */
const OPTION_EFFECT: Record<OptionKind, number> = { therapy: 0.45, medication: 0.4, combined: 0.55, waiting: 0.2 };

type Random = ReturnType<typeof makeRandom>;

function makeRandom(seed: number) {
  const next = seededRandom(seed);
  const random = {
    next,
    int: (maxExclusive: number) => Math.floor(next() * maxExclusive),
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    weighted: <T>(items: readonly T[], weights: readonly number[]): T => {
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let roll = next() * total;
      for (const [index, item] of items.entries()) {
        roll -= weights[index]!;
        if (roll < 0) return item;
      }
      return items.at(-1)!;
    },
    normal: (mean: number, sd: number) => {
      const u = Math.max(next(), 1e-12);
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    uuid: () => {
      const hex = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]!}${hex(3)}-${hex(12)}`;
    },
  };
  return random;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));

/** Item answers that add up to `total` (items 0..itemMax), spread at random. */
function itemsFor(random: Random, prefix: string, items: number, itemMax: number, total: number): Record<string, number | null> {
  const values = Array.from({ length: items }, () => 0);
  let left = Math.min(total, items * itemMax);
  while (left > 0) {
    const index = random.int(items);
    if (values[index]! < itemMax) {
      values[index]! += 1;
      left -= 1;
    }
  }
  return Object.fromEntries(values.map((value, index) => [`${prefix}.${String(index + 1)}`, value]));
}

function measure(random: Random, instrument: 'phq9' | 'gad7' | 'wsas', total: number): MeasureResponse {
  const shape = { phq9: [9, 3], gad7: [7, 3], wsas: [5, 8] } as const;
  const [items, itemMax] = shape[instrument];
  const answers = itemsFor(random, instrument, items, itemMax, total);
  // One questionnaire in 25 is left incomplete: it has no total, and must not count.
  if (random.chance(0.04)) answers[`${instrument}.${String(1 + random.int(items))}`] = null;
  return { instrument, answers, workNotApplicable: false };
}

/** The planned follow-up days after the first visit, for 0–4 follow-ups. */
const FOLLOW_UP_DAYS = [28, 70, 180, 300];

export function generateEpisodes({ seed = 20_261_129, episodes = 10_000, asOf = DEFAULT_AS_OF }: GeneratorOptions = {}): Session[] {
  const random = makeRandom(seed);
  // Exactly 2 follow-ups per episode on average: 15% none, 20% one, 30% two, 20% three, 15% four.
  const followUpCounts = Array.from({ length: episodes }, (_, index): number => {
    const share = index / episodes;
    return share < 0.15 ? 0 : share < 0.35 ? 1 : share < 0.65 ? 2 : share < 0.85 ? 3 : 4;
  });
  for (let index = followUpCounts.length - 1; index > 0; index -= 1) {
    const other = random.int(index + 1);
    [followUpCounts[index], followUpCounts[other]] = [followUpCounts[other]!, followUpCounts[index]!];
  }

  return followUpCounts.map((followUpCount, index) => {
    const condition: ConditionId = random.weighted(CONDITION_IDS, CONDITION_WEIGHTS);
    const clinicianGroup = random.weighted(CLINICIANS, CLINICIAN_WEIGHTS);
    const offsets = FOLLOW_UP_DAYS.slice(0, followUpCount).map((day) => day + Math.round(random.normal(0, day * 0.15)));
    for (let at = 1; at < offsets.length; at += 1) offsets[at] = Math.max(offsets[at]!, offsets[at - 1]! + 7);
    const lastOffset = offsets.at(-1) ?? 0;
    const startDay = addDays(asOf, -(lastOffset + random.int(Math.max(1, 730 - lastOffset))));
    const createdAt = `${startDay}T${String(8 + random.int(9)).padStart(2, '0')}:${String(random.int(60)).padStart(2, '0')}:00.000Z`;
    const answers = emptyAnswers();
    answers.aboutYou.ageGroup = random.chance(0.15) ? null : random.weighted(AGE_GROUPS, [6, 18, 64, 12]);
    answers.aboutYou.sexAndGender = random.weighted(SEX_GENDER, SEX_GENDER_WEIGHTS);
    answers.leaning = random.chance(0.15) ? null : random.chance(0.1) ? 'unsure' : random.weighted(OPTION_KINDS, [35, 25, 30, 10]);
    const agreed = random.chance(0.8);
    const option: OptionKind | null = agreed
      ? answers.leaning && answers.leaning !== 'unsure' && random.chance(0.75)
        ? answers.leaning
        : random.weighted(OPTION_KINDS, [35, 25, 30, 10])
      : null;
    answers.sure.beforeOptions = random.chance(0.7)
      ? { sure: random.chance(0.5), understand: random.chance(0.6), riskBenefit: random.chance(0.55), encouragement: random.chance(0.8) }
      : null;
    answers.sure.beforeAgreement =
      agreed && random.chance(0.75)
        ? { sure: random.chance(0.85), understand: random.chance(0.9), riskBenefit: random.chance(0.85), encouragement: random.chance(0.9) }
        : null;
    answers.collaborate = random.chance(0.5)
      ? {
          ...emptyCollaborate(),
          understand: random.weighted([0, 1, 2, 3, 4], [1, 2, 5, 15, 40]),
          listen: random.weighted([0, 1, 2, 3, 4], [1, 2, 5, 15, 45]),
          include: random.chance(0.05) ? null : random.weighted([0, 1, 2, 3, 4], [1, 3, 6, 15, 35]),
        }
      : null;
    answers.teachBack = agreed && random.chance(0.7) ? { saidBack: option ? [option] : [], patientCouldSayBack: random.chance(0.8) } : { saidBack: [], patientCouldSayBack: false };

    // Symptoms: a baseline, then a fall that depends on the option (none for no plan), with noise and some relapse.
    const primary = condition === 'anxiety' || condition === 'ocd' ? 'gad7' : 'phq9';
    const primaryMax = primary === 'gad7' ? 21 : 27;
    const baselinePrimary = clamp(random.normal(primary === 'gad7' ? 13 : 16, 4.5), 0, primaryMax);
    const baselineOther = clamp(random.normal(primary === 'gad7' ? 10 : 9, 4), 0, primary === 'gad7' ? 27 : 21);
    const baselineWsas = clamp(random.normal(20, 7), 0, 40);
    const effect = (option ? OPTION_EFFECT[option] : 0.1) + random.normal(0, 0.2);
    const at = (baseline: number, day: number, max: number) => clamp(baseline * (1 - effect * Math.min(1, day / 84)) + random.normal(0, 2), 0, max);
    const hasBaseline = random.chance(0.85);
    if (hasBaseline) {
      answers.baseline = {
        date: random.chance(0.9) ? startDay : '',
        measures: [
          measure(random, primary, baselinePrimary),
          ...(random.chance(0.6) ? [measure(random, primary === 'gad7' ? 'phq9' : 'gad7', baselineOther)] : []),
          ...(random.chance(0.5) ? [measure(random, 'wsas', baselineWsas)] : []),
        ],
      };
    }

    const followUps: FollowUpVisit[] = offsets.map((offset) => {
      const date = addDays(startDay, offset);
      const measures: MeasureResponse[] = random.chance(0.9) ? [measure(random, primary, at(baselinePrimary, offset, primaryMax))] : [];
      if (random.chance(0.5)) measures.push(measure(random, primary === 'gad7' ? 'phq9' : 'gad7', at(baselineOther, offset, primary === 'gad7' ? 27 : 21)));
      if (random.chance(0.45)) measures.push(measure(random, 'wsas', at(baselineWsas, offset, 40)));
      const medicine = option === 'medication' || option === 'combined';
      const therapy = option === 'therapy' || option === 'combined';
      const planned = therapy ? 2 + random.int(8) : null;
      return {
        id: random.uuid(),
        createdAt: `${date}T10:00:00.000Z`,
        updatedAt: `${date}T10:30:00.000Z`,
        date,
        clinicianName: random.pick(clinicianGroup),
        measures,
        adherence: {
          dosesMissedLast7Days: medicine && random.chance(0.85) ? random.weighted([0, 1, 2, 3, 5, 7], [50, 20, 12, 8, 6, 4]) : null,
          therapySessionsPlanned: planned,
          therapySessionsAttended: planned === null ? null : Math.max(0, planned - random.weighted([0, 1, 2, 3], [50, 25, 15, 10])),
        },
        goalProgress: [],
        patientWords: 'Free text that must never reach a figure or an export',
        safetyCheck: { promptedAt: null, clinicianNote: 'A clinician note that must never be exported', safetyPlanReviewed: false },
        review: { decision: 'keep', reason: 'A reason in free text', relapsePlanInPlace: null },
        nextReviewDate: '',
        currentPart: 'review',
      };
    });

    const session: Session = {
      id: random.uuid(),
      clinicianName: random.pick(clinicianGroup),
      patientLabel: `Patient ${String(index + 1)}`,
      conditionId: condition,
      language: random.chance(0.3) ? 'es' : 'en',
      decisionRole: random.weighted(DECISION_ROLES, [20, 65, 15]),
      createdAt,
      updatedAt: followUps.at(-1)?.updatedAt ?? createdAt,
      answers: {
        ...answers,
        worries: 'Worries in free text that must never be exported',
        plan: {
          ...answers.plan,
          agreedOption: option,
          goals: ['A goal in free text'],
          patientConfirmed: agreed,
          clinicianConfirmed: agreed,
          agreedAt: agreed ? createdAt : null,
        },
      },
      followUps,
      planVersions: [],
    };
    if (agreed) session.planVersions = [{ version: 1, agreedAt: createdAt, followUpId: null, plan: planContent(session.answers.plan) }];
    return session;
  });
}

/** Every visit of the episodes: first visits plus follow-ups. */
export function visitCount(sessions: readonly Session[]): number {
  return sessions.reduce((sum, session) => sum + 1 + session.followUps.length, 0);
}
