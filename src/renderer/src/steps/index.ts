import type { ComponentType } from 'react';
import type { StepId } from '../../../shared/steps';
import { ConditionStep } from './ConditionStep';
import { EvidenceStep } from './EvidenceStep';
import { MythsStep } from './MythsStep';
import { OptionsStep } from './OptionsStep';
import { PlanStep } from './PlanStep';
import type { StepProps } from './types';
import { ValuesStep } from './ValuesStep';

/** The screen for each step, in the shared step order. */
export const STEP_SCREENS: Record<StepId, ComponentType<StepProps>> = {
  condition: ConditionStep,
  options: OptionsStep,
  evidence: EvidenceStep,
  myths: MythsStep,
  values: ValuesStep,
  plan: PlanStep,
};
