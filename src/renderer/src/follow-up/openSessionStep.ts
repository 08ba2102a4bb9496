import { useCallback } from 'react';
import type { Answers, Session } from '../../../shared/session';
import { furthestOf, type StepId } from '../../../shared/steps';
import { useSaveAnswers } from '../api/hooks';
import { saverFor } from '../components/answersSaver';
import { requestArrivalFocus } from '../routing/arrivalFocus';
import { navigate } from '../routing/routes';

/**
 * Opens one step of the episode's session (Options, Evidence, What matters, Plan) from a follow-up visit: the step is
 * saved as the session's current step first, so the session screen opens right there, in the clinician's visit mode.
 * `focusId` names the element the keyboard should land on (the safety plan).
 */
export function useOpenSessionStep(session: Session): (step: StepId, focusId?: string) => Promise<void> {
  const { mutateAsync } = useSaveAnswers(session.id);
  return useCallback(
    async (step: StepId, focusId?: string) => {
      const saver = saverFor<Answers>(session.id, mutateAsync);
      const answers = saver.pendingAnswers() ?? session.answers;
      saver.change({ ...answers, mode: 'visit', currentStep: step, furthestStep: furthestOf(answers.furthestStep, step) }, 'now');
      await saver.whenSettled();
      if (focusId) requestArrivalFocus(focusId);
      navigate({ name: 'session', id: session.id });
    },
    [session, mutateAsync],
  );
}
