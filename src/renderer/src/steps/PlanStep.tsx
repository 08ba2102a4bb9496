import type { StepProps } from './types';

// Placeholder until the Plan step lands (owned by the evidence/plan/print work).
export function PlanStep(_props: StepProps) {
  return null;
}
