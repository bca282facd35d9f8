import { UnavailableError } from '../../domain';

/** Tuning of a CircuitBreaker; the defaults suit a Neo4j store behind an HTTP API. */
export interface CircuitBreakerOptions {
  /** Asks the database for the cheapest possible answer, and rejects when it cannot give one. */
  probe: () => Promise<void>;
  /** Time between two probes while open (default 200 ms): how soon after a restart requests flow again. */
  probeIntervalMs?: number;
  /** What the refusal says, e.g. "Neo4j at bolt://db:7687". */
  name: string;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * Fails fast while the database is known to be unreachable. Closed, work passes through; a connection
 * failure (reported by the store, or by a failed health probe) opens it. Open, work is refused at once
 * with an UnavailableError, instead of each request waiting out the driver's retries and piling up; a
 * probe runs every `probeIntervalMs` (half-open while it is in flight, one at a time), and the first one
 * that succeeds closes the breaker. Probing stops when the breaker closes or is disposed, and its timer
 * never keeps the process alive.
 */
export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private reason = '';
  private openedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  private readonly intervalMs: number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.intervalMs = options.probeIntervalMs ?? 200;
  }

  get state(): CircuitState {
    return this.current;
  }

  /** Why work is refused, while it is; undefined while closed. */
  get refusal(): string | undefined {
    if (this.current === 'closed') return undefined;
    const since = ((Date.now() - this.openedAt) / 1000).toFixed(1);
    return `${this.options.name} is unreachable (for ${since} s, retrying): ${this.reason}`;
  }

  /** Throws the refusal while open or half-open; returns at once while closed. */
  check(): void {
    const refusal = this.refusal;
    if (refusal !== undefined) throw new UnavailableError(refusal);
  }

  /** A connection failure: opens the breaker (when closed) and starts probing. */
  fail(error: Error): void {
    if (this.disposed || this.current !== 'closed') return;
    this.current = 'open';
    this.reason = error.message;
    this.openedAt = Date.now();
    this.schedule();
  }

  /** Stops probing for good (the store is closing). */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.tryProbe(), this.intervalMs);
    this.timer.unref();
  }

  private async tryProbe(): Promise<void> {
    if (this.disposed) return;
    this.current = 'half-open';
    try {
      await this.options.probe();
      if (!this.disposed) this.current = 'closed';
    } catch (error) {
      if (this.disposed) return;
      this.current = 'open';
      this.reason = (error as Error).message;
      this.schedule();
    }
  }
}
