/**
 * Runs async work one piece at a time, in the order asked. A failed piece still rejects for its caller but does not
 * stop the pieces after it. Used wherever main writes one file (or one key) from several callers.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Settles (never rejects) once the work queued so far has finished. */
  async settled(): Promise<void> {
    await this.tail;
  }
}
