import type { StepId } from '../../../shared/steps';
import { ConditionStep } from './ConditionStep';
import { lazyStep, type StepScreen } from './lazyStep';

/**
 * The screen for each step, in the shared step order. The first step is part of the first screen; the others are
 * their own chunks (issue 14), which start loading as soon as any step is shown (see lazyStep.tsx).
 */
export const STEP_SCREENS: Record<StepId, StepScreen> = {
  condition: lazyStep.eager(ConditionStep),
  options: lazyStep(() => import('./OptionsStep').then((m) => m.OptionsStep)),
  evidence: lazyStep(() => import('./EvidenceStep').then((m) => m.EvidenceStep)),
  myths: lazyStep(() => import('./MythsStep').then((m) => m.MythsStep)),
  values: lazyStep(() => import('./ValuesStep').then((m) => m.ValuesStep)),
  plan: lazyStep(() => import('./PlanStep').then((m) => m.PlanStep)),
};

export { preloadSteps } from './lazyStep';
