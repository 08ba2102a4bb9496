import type { Source } from '../schema';
import { sources as adhd } from './adhd';
import { sources as anxiety } from './anxiety';
import { sources as bpd } from './bpd';
import { sources as depression } from './depression';
import { sources as eatingDisorders } from './eating-disorders';
import { sources as ocd } from './ocd';
import { sources as psychosis } from './psychosis';

/**
 * Every source cited anywhere in the content. Each condition keeps its own list (so condition files can be
 * written and reviewed apart); a source cited by two conditions may appear in both lists, but then the two
 * entries must be identical, which `mergeSources` checks.
 */
export const sources: Source[] = mergeSources([depression, anxiety, adhd, ocd, psychosis, bpd, eatingDisorders]);

export function mergeSources(lists: Source[][]): Source[] {
  const byId = new Map<string, Source>();
  for (const source of lists.flat()) {
    const existing = byId.get(source.id);
    if (existing && JSON.stringify(existing) !== JSON.stringify(source)) {
      throw new Error(`Source ${source.id} is defined twice with different details`);
    }
    byId.set(source.id, source);
  }
  return [...byId.values()];
}
