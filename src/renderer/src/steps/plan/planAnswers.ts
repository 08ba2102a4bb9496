import type { Condition, OptionKind } from '../../../../shared/content/schema';
import type { Answers, Plan } from '../../../../shared/session';

/** The most lines of each kind the plan keeps (the session schema's limit). */
export const MAX_PLAN_ITEMS = 10;

/**
 * A change to what an agreed plan says withdraws both confirmations: a changed plan is a new version, and both
 * people confirm it again (main records each agreed version; see recordPlanVersions).
 */
export function withPlan(answers: Answers, changes: Partial<Plan>): Answers {
  const changesContent = Object.keys(changes).some((key) => key !== 'patientConfirmed' && key !== 'clinicianConfirmed' && key !== 'agreedAt');
  const withdraw = changesContent && agreementComplete(answers.plan) ? { patientConfirmed: false, clinicianConfirmed: false } : {};
  return { ...answers, plan: { ...answers.plan, ...changes, ...withdraw } };
}

/**
 * Choosing another option keeps only the treatments that belong to it, and withdraws both confirmations:
 * each person agreed to a specific option, so a different one needs their agreement again.
 */
export function chooseOption(answers: Answers, condition: Condition, kind: OptionKind): Answers {
  if (answers.plan.agreedOption === kind) return answers;
  const option = condition.options.find((candidate) => candidate.kind === kind);
  const allowed = new Set(option?.modalities.map((modality) => modality.id) ?? []);
  return withPlan(answers, {
    agreedOption: kind,
    modalityIds: answers.plan.modalityIds.filter((id) => allowed.has(id)),
    patientConfirmed: false,
    clinicianConfirmed: false,
  });
}

export function toggleModality(answers: Answers, condition: Condition, modalityId: string): Answers {
  const option = condition.options.find((candidate) => candidate.kind === answers.plan.agreedOption);
  const chosen = answers.plan.modalityIds.includes(modalityId)
    ? answers.plan.modalityIds.filter((id) => id !== modalityId)
    : [...answers.plan.modalityIds, modalityId];
  // Stored in the content's order, so the printed plan lists them the way the Options step did.
  const order = option?.modalities.map((modality) => modality.id) ?? [];
  return withPlan(answers, { modalityIds: order.filter((id) => chosen.includes(id)) });
}

export function replaceAt<Item>(items: Item[], index: number, item: Item): Item[] {
  return items.map((existing, position) => (position === index ? item : existing));
}

export function removeAt<Item>(items: Item[], index: number): Item[] {
  return items.filter((_, position) => position !== index);
}

/** Both people have ticked their box and an option is chosen: main will record the agreement on save. */
export function agreementComplete(plan: Plan): boolean {
  return plan.patientConfirmed && plan.clinicianConfirmed && plan.agreedOption !== null;
}
