import { describe, expect, it } from 'vitest';
import { SerialQueue } from '../../../src/main/serial-queue';

describe('SerialQueue', () => {
  it('runs pieces one at a time in the order asked, and a failure does not stop the next', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    let releaseFirst!: () => void;
    const first = queue.run(async () => {
      events.push('first start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      events.push('first end');
      throw new Error('first failed');
    });
    const second = queue.run(async () => {
      events.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(events).toEqual(['first start']);
    releaseFirst();
    await expect(first).rejects.toThrow('first failed');
    await expect(second).resolves.toBe(2);
    expect(events).toEqual(['first start', 'first end', 'second']);
    await expect(queue.settled()).resolves.toBeUndefined();
  });
});
