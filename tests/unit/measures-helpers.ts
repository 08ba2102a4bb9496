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


export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
