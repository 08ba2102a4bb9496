import { SerialQueue } from '../serial-queue';
import { StorageError } from './errors';

/**
 * Runs the store's work one piece at a time, in the order asked: a write never interleaves with another, and a
 * failed piece does not stop the ones after it. After close(), new work is refused.
 */
export class WriteQueue {
  private readonly serial = new SerialQueue();
  private closedForWrites = false;

  get closed(): boolean {
    return this.closedForWrites;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.closedForWrites) return Promise.reject(new StorageError('write-failed', 'Duet is closing; the change was not saved.'));
    return this.serial.run(work);
  }

  /** Waits for the work already queued; later work is refused. */
  async close(): Promise<void> {
    this.closedForWrites = true;
    await this.serial.settled();
  }
}
