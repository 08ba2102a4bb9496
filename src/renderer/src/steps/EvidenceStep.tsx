import type { StepProps } from './types';

// Placeholder until the Evidence step lands (owned by the evidence/plan/print work).
export function EvidenceStep(_props: StepProps) {
  return null;
}
