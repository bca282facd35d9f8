/**
 * Runs tasks one at a time, in order of arrival; a failed task does not hold up the next. Used wherever
 * order matters more than overlap: the server's writes (measured with 16 concurrent addParticipant calls on
 * one partnership, unqueued read-modify-writes kept reading the revision another was about to bump, and
 * some ran out of tries), the embedded store's writes and compactions, and the journal's appends.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it has settled; resolves or rejects as `task` does. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Settles once every task queued so far has settled (never rejects). */
  async idle(): Promise<void> {
    await this.tail;
  }
}
