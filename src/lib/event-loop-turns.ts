/**
 * Takes turns on the event loop: each `next()` resolves on its own iteration of the loop, first come
 * first served, so that the I/O callbacks waiting meanwhile (another request arriving, a `/healthz` probe)
 * run between any two turns. Work that runs synchronously once it starts (a GraphQL operation on the
 * embedded store, a scan of every record) waits for a turn first; then the loop is never held longer than
 * one such piece of work, however many are queued (measured: 150 searches in one request held `/healthz`
 * for their whole 26 s before; one search now).
 */
export class EventLoopTurns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves when it is this caller's turn: on a later iteration of the event loop than the call. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  /** How many callers wait for a turn. */
  get queued(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // An immediate queued from inside an immediate runs on the next iteration, after the loop has polled
    // for I/O: one turn per iteration.
    setImmediate(() => {
      this.scheduled = false;
      const turn = this.waiting.shift();
      if (this.waiting.length > 0) this.schedule();
      turn?.();
    });
  }
}
