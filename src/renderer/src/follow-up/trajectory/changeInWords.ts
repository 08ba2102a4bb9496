import type { TFunction } from 'i18next';
import type { Trajectory } from '../../../../shared/domain/measures';
import { CHANGE_RULES } from '../../../../shared/measures';

/**
 * The change from the start to now in plain sentences, from classifyChange (src/shared/domain/measures.ts): the
 * two numbers first, then each rule the change meets (remission, response, reliable change), never a figure the
 * rules did not give. Sources of the rules: src/shared/measures/change-rules.ts and docs/measures.md.
 */
export function changeSentences(path: Trajectory, t: TFunction<'trajectory'>): string[] {
  const { change, latest } = path;
  if (!latest) return [];
  if (!change) return [t('change.needMore', { latest: latest.total })];
  const sentences = [
    change.change === 0 ? t('change.same', { latest: change.latest }) : t('change.fromTo', { baseline: change.baseline, latest: change.latest }),
  ];
  const remitted = change.verdict === 'remission';
  if (remitted) sentences.push(t('change.remission', { below: CHANGE_RULES[change.instrument].remissionBelow ?? 0 }));
  if (change.response === true) sentences.push(t('change.response'));
  if (change.reliableChange === 'improvement') {
    sentences.push(remitted || change.response === true ? t('change.reliableImprovementToo') : t('change.reliableImprovement'));
  } else if (change.reliableChange === 'deterioration') {
    sentences.push(t('change.reliableDeterioration'));
  } else if (change.reliableChange === 'none' && change.change !== 0) {
    sentences.push(t('change.noReliableChange'));
  }
  return sentences;
}
