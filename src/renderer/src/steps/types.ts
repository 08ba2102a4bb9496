import type { Condition } from '../../../shared/content/schema';
import type { Answers, Session } from '../../../shared/session';

/** What every step screen receives. Steps never save by themselves: they call onChange and the shell autosaves. */
export interface StepProps {
  session: Session;
  condition: Condition;
  answers: Answers;
  onChange: (next: Answers) => void;
}
