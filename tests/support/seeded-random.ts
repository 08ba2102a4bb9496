/** The seed for a run: DUET_KILL_SEED replays a failing run; otherwise a fresh one, which the test prints. */
export function runSeed(): number {
  return Number(process.env.DUET_KILL_SEED || Math.floor(Math.random() * 2 ** 31));
}

/** mulberry32: a small seeded generator of numbers in [0, 1), so a failing sequence of delays can be replayed. */
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
