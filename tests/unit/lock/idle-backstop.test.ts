import { describe, expect, it, vi } from 'vitest';
import { checkIdle, startIdleBackstop, type IdleBackstopOptions } from '../../../src/main/lock/idle-backstop';

function options(overrides: Partial<IdleBackstopOptions> = {}) {
  const locks: string[] = [];
  let unlocked = true;
  const base: IdleBackstopOptions = {
    systemIdleSeconds: () => 0,
    screenLocked: () => false,
    lockAfterMinutes: async () => 5,
    isUnlocked: () => unlocked,
    lock: (reason) => {
      locks.push(reason);
      unlocked = false;
    },
    ...overrides,
  };
  return { base, locks };
}

describe("main's idle backstop (C1, m6)", () => {
  it('locks once the whole computer has been idle for the practice’s minutes, not before', async () => {
    let idle = 299;
    const { base, locks } = options({ systemIdleSeconds: () => idle });
    expect(await checkIdle(base)).toBeNull();
    idle = 300;
    expect(await checkIdle(base)).toBe('idle');
    expect(locks).toEqual(['idle']);
    expect(await checkIdle(base)).toBeNull();
  });

  it('locks when the OS says its screen is locked (Linux sends no lock-screen event)', async () => {
    const { base, locks } = options({ screenLocked: () => true });
    expect(await checkIdle(base)).toBe('screen-locked');
    expect(locks).toEqual(['screen-locked']);
  });

  it('checks on a timer that never keeps Duet from quitting', async () => {
    vi.useFakeTimers();
    try {
      const { base, locks } = options({ systemIdleSeconds: () => 10_000 });
      const stop = startIdleBackstop({ ...base, checkEveryMs: 1_000 });
      await vi.advanceTimersByTimeAsync(999);
      expect(locks).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(locks).toEqual(['idle']);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
