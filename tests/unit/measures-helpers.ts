import { INSTRUMENTS, type InstrumentId } from '../../src/shared/measures';

/** Answers for every item of `instrument`, each at `value`. */
export function allAt(instrument: InstrumentId, value: number): Record<string, number> {
  return Object.fromEntries(INSTRUMENTS[instrument].items.map((item) => [item.id, value]));
}

/** Complete answers that add up to `total`, filling items in order up to the scale's top value. */
export function answersTotalling(instrument: InstrumentId, total: number): Record<string, number> {
  const definition = INSTRUMENTS[instrument];
  const top = Math.max(...definition.options.map((option) => option.value));
  let left = total;
  return Object.fromEntries(
    definition.items.map((item) => {
      const value = Math.min(top, left);
      left -= value;
      return [item.id, value];
    }),
  );
}

/** A small seeded generator (mulberry32) so that property tests are repeatable without another dependency. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
