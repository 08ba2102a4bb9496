import { describe, expect, it } from 'vitest';
import { answersSchema, emptyAnswers } from '../../src/shared/session';

describe('plans saved before the care-details fields existed', () => {
  it('still parse, and read the new fields as empty', () => {
    const answers = emptyAnswers();
    const { progressMeasures, sequencing, coordination, monitoring, warningSigns, copingSteps, ...olderPlan } = answers.plan;
    expect([progressMeasures, sequencing, coordination, monitoring, warningSigns, copingSteps]).toEqual(['', '', '', '', '', '']);
    const parsed = answersSchema.parse({ ...answers, plan: olderPlan });
    expect(parsed.plan).toMatchObject({ progressMeasures: '', sequencing: '', coordination: '', monitoring: '', warningSigns: '', copingSteps: '' });
  });

  it('keeps typed care details within the same length limit as other long text', () => {
    const tooLong = { ...emptyAnswers(), plan: { ...emptyAnswers().plan, warningSigns: 'x'.repeat(4001) } };
    expect(answersSchema.safeParse(tooLong).success).toBe(false);
  });
});
