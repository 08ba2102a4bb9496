/**
 * Small-cell suppression for the practice's figures (issue 12). Every count of episodes on the dashboard, in its
 * print and in its CSV is a `Count`; a hidden count carries no number at all, so no consumer can show one.
 *
 * The rule (docs/outcomes.md):
 * 1. Primary: any count under 5 (0 included) is hidden as "fewer than 5".
 * 2. Complementary: counts are tied by lines "total = part + part + …" (started = agreed + not agreed; the whole
 *    practice = the sum of its segments; …), including parts that are never shown on their own (the "not" parts)
 *    because a reader can work them out. Within every line, until nothing changes:
 *    - if the total is shown and exactly one part is hidden, or the hidden parts add up to under 5, the smallest
 *      shown part is hidden too (or, when no part is left to hide, the total);
 *    - if the total is hidden and every part is shown, the smallest part is hidden.
 *    Cells hidden this way say "hidden" (not "fewer than 5", which would not be true of them).
 * 3. A rate is shown only when both its numerator and its denominator are shown; a median, quartiles or any other
 *    statistic only when the count it is computed over is shown.
 * The lines are checked one at a time; a reader who solves several lines together as equations could still narrow
 * a hidden count down to a range, never (for one line) to the number.
 */

export const SMALL_CELL = 5;

export type HiddenReason = 'fewer-than-5' | 'complementary';

export type Count = { shown: true; value: number } | { shown: false; reason: HiddenReason };

export type Rate =
  | { shown: true; numerator: number; denominator: number; percent: number }
  | { shown: false; numerator: Count; denominator: Count };

/** Median and quartiles over `n` values. */
export type Spread = { shown: true; n: number; median: number; q1: number; q3: number } | { shown: false; n: Count };

/**
 * Collects every count of a set of figures and the lines that tie them, then hides what must be hidden. Counts are
 * numbered in the order they are added (`count`, or a block of them with `block`).
 */
export class Ledger {
  private readonly values: number[] = [];
  private hidden: Uint8Array = new Uint8Array(0);
  private readonly lineTotals: number[] = [];
  private readonly lineParts: number[][] = [];
  private settled = false;

  count(value: number): number {
    this.assertOpen();
    checkCount(value);
    this.values.push(value);
    return this.values.length - 1;
  }

  /** Adds many counts at once; the first one's number is returned, the others follow it. */
  block(values: ArrayLike<number>): number {
    this.assertOpen();
    const base = this.values.length;
    for (let index = 0; index < values.length; index += 1) {
      checkCount(values[index]!);
      this.values.push(values[index]!);
    }
    return base;
  }

  /** `total` = the sum of `parts` (checked). */
  line(total: number, parts: readonly number[]): void {
    this.assertOpen();
    let sum = 0;
    for (const part of parts) sum += this.value(part);
    if (sum !== this.value(total)) throw new Error(`A line does not add up: ${String(sum)} ≠ ${String(this.value(total))}`);
    if (parts.length === 0) return;
    this.lineTotals.push(total);
    this.lineParts.push([...parts]);
  }

  /** Applies the rule above. After this, only `get`, `rate` and `spread` are allowed. */
  settle(): void {
    this.assertOpen();
    const { values } = this;
    // 0 = shown, 1 = fewer than 5, 2 = hidden to protect another count.
    const hidden = new Uint8Array(values.length);
    for (let index = 0; index < values.length; index += 1) if (values[index]! < SMALL_CELL) hidden[index] = 1;
    let changed = true;
    while (changed) {
      changed = false;
      for (let line = 0; line < this.lineTotals.length; line += 1) {
        const total = this.lineTotals[line]!;
        const parts = this.lineParts[line]!;
        let hiddenParts = 0;
        let hiddenSum = 0;
        let smallest = -1;
        for (const part of parts) {
          if (hidden[part]) {
            hiddenParts += 1;
            hiddenSum += values[part]!;
          } else if (smallest === -1 || values[part]! < values[smallest]!) {
            smallest = part;
          }
        }
        let toHide = -1;
        if (hidden[total]) {
          if (hiddenParts === 0) toHide = smallest;
        } else if (hiddenParts > 0 && (hiddenParts === 1 || hiddenSum < SMALL_CELL)) {
          toHide = smallest !== -1 ? smallest : total;
        }
        if (toHide !== -1 && !hidden[toHide]) {
          hidden[toHide] = 2;
          changed = true;
        }
      }
    }
    this.hidden = hidden;
    this.settled = true;
  }

  get(id: number): Count {
    this.assertSettled();
    const state = this.hidden[id];
    if (state === undefined) throw new Error(`No count ${String(id)}`);
    return state === 0 ? { shown: true, value: this.values[id]! } : { shown: false, reason: state === 1 ? 'fewer-than-5' : 'complementary' };
  }

  rate(numerator: number, denominator: number): Rate {
    const top = this.get(numerator);
    const bottom = this.get(denominator);
    if (top.shown && bottom.shown && bottom.value > 0) {
      return { shown: true, numerator: top.value, denominator: bottom.value, percent: Math.round((top.value / bottom.value) * 100) };
    }
    return { shown: false, numerator: top, denominator: bottom };
  }

  /**
   * The spread of `values`, shown only when the count `n` (which must be values.length) is shown. A Float64Array
   * is sorted in place.
   */
  spread(n: number, values: readonly number[] | Float64Array): Spread {
    const count = this.get(n);
    if (this.values[n] !== values.length) throw new Error(`${String(values.length)} values for a count of ${String(this.values[n])}`);
    if (!count.shown) return { shown: false, n: count };
    const sorted = sortedValues(values);
    return { shown: true, n: sorted.length, median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75) };
  }

  private value(id: number): number {
    const value = this.values[id];
    if (value === undefined) throw new Error(`No count ${String(id)}`);
    return value;
  }

  private assertOpen(): void {
    if (this.settled) throw new Error('The ledger is already settled');
  }

  private assertSettled(): void {
    if (!this.settled) throw new Error('Settle the ledger before reading it');
  }
}

/** The values in order: by counting when they are whole numbers in a small range (scores, days), else by sorting. */
function sortedValues(values: readonly number[] | Float64Array): Float64Array {
  const sorted = values instanceof Float64Array ? values : Float64Array.from(values);
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let index = 0; index < sorted.length; index += 1) {
    const value = sorted[index]!;
    if (value < min) min = value;
    if (value > max) max = value;
    if (!Number.isInteger(value)) whole = false;
  }
  if (!whole || max - min > 10_000) return sorted.sort();
  const tally = new Int32Array(max - min + 1);
  for (let index = 0; index < sorted.length; index += 1) tally[sorted[index]! - min]! += 1;
  let at = 0;
  for (let offset = 0; offset < tally.length; offset += 1) {
    sorted.fill(offset + min, at, at + tally[offset]!);
    at += tally[offset]!;
  }
  return sorted;
}

function checkCount(value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`A count is a whole number, got ${String(value)}`);
}

/**
 * The q-quantile of sorted values by linear interpolation between closest ranks (R's type 7, the default of R,
 * NumPy and spreadsheets), rounded to one decimal place.
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new RangeError('No values');
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const value = sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
  return Math.round(value * 10) / 10;
}
