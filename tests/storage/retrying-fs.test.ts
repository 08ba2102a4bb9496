import { describe, expect, it, vi } from 'vitest';
import { withRetry, type RetryPolicy } from '../../src/main/storage/retrying-fs';

const failing = (codes: string[]) => {
  let calls = 0;
  const call = async () => {
    const code = codes[calls];
    calls += 1;
    if (code) throw Object.assign(new Error(code), { code });
    return 'done';
  };
  return { call, calls: () => calls };
};

const quick: RetryPolicy = { tries: 4, firstDelayMs: 1, maxDelayMs: 2 };

describe('withRetry (files held for a moment by another program)', () => {
  it('tries again on EPERM, EACCES and EBUSY until the call works', async () => {
    const flaky = failing(['EBUSY', 'EPERM', 'EACCES']);
    await expect(withRetry(flaky.call, quick)).resolves.toBe('done');
    expect(flaky.calls()).toBe(4);
  });

  it('gives up after its tries, with the last error', async () => {
    const stuck = failing(['EBUSY', 'EBUSY', 'EBUSY', 'EBUSY', 'EBUSY']);
    await expect(withRetry(stuck.call, quick)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(stuck.calls()).toBe(4);
  });

  it.each(['ENOENT', 'ENOSPC', 'EROFS', 'EEXIST'])('does not retry %s: it will not clear by waiting', async (code) => {
    const lasting = failing([code, code]);
    await expect(withRetry(lasting.call, quick)).rejects.toMatchObject({ code });
    expect(lasting.calls()).toBe(1);
  });

  it('waits longer each time, up to the cap (on a fake clock)', async () => {
    vi.useFakeTimers();
    try {
      const stuck = failing(Array.from({ length: 10 }, () => 'EBUSY'));
      const outcome = withRetry(stuck.call, { tries: 4, firstDelayMs: 20, maxDelayMs: 40 }).catch((error: unknown) => error);
      const callsAfter = async (ms: number) => {
        await vi.advanceTimersByTimeAsync(ms);
        return stuck.calls();
      };
      expect(await callsAfter(0)).toBe(1);
      expect(await callsAfter(19)).toBe(1);
      expect(await callsAfter(1)).toBe(2); // after 20 ms
      expect(await callsAfter(39)).toBe(2);
      expect(await callsAfter(1)).toBe(3); // after 40 more
      expect(await callsAfter(40)).toBe(4); // capped at 40
      expect(await outcome).toMatchObject({ code: 'EBUSY' });
    } finally {
      vi.useRealTimers();
    }
  });
});
