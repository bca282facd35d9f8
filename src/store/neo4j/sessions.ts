import neo4j, { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { UnavailableError } from '../../domain';
import { CircuitBreaker } from './circuit-breaker';
import { isConnectionFailure, redactUri, toStoreError, type DriverLike } from './connection';
import { META_ID } from './graph-model';
import type { Query } from './reads';
import type { StatementName, Statements } from './statements';

export type AccessMode = 'READ' | 'WRITE';

/** A probe of the breaker gets this long for its answer: the server is local or the network is broken. */
const PROBE_TIMEOUT_MS = 1_000;

/**
 * The store's only way to the database: a managed transaction in a short-lived session. Keeps track of
 * what is in flight so close() can wait for it, and refuses new work once closed. A circuit breaker, fed
 * by connection failures of transactions and health probes, refuses work at once while Neo4j is known to
 * be unreachable and lets it through again as soon as a probe succeeds.
 */
export class Sessions {
  private closed = false;
  private readonly inFlight = new Set<Promise<unknown>>();
  readonly breaker: CircuitBreaker;

  constructor(
    private readonly driver: DriverLike,
    private readonly statements: Statements,
    private readonly uri: string,
    private readonly database: string | undefined,
    probeIntervalMs?: number,
  ) {
    this.breaker = new CircuitBreaker({
      name: `Neo4j at ${redactUri(uri)}`,
      probeIntervalMs,
      probe: async () => {
        await this.run('revision', { metaId: META_ID }, PROBE_TIMEOUT_MS).catch((error) => {
          throw toStoreError(error, uri);
        });
      },
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Refuses work once closed, and while the breaker is open (an UnavailableError, at once). */
  ensureOpen(): void {
    if (this.closed) throw new UnavailableError('the Neo4j store is closed');
    this.breaker.check();
  }

  /**
   * Runs `work` in a managed transaction (the driver retries it on transient errors, so `work` must only
   * depend on what it reads) of a new session. A session is never reused, so none outlives a connection
   * failure: the driver reconnects for the next one. Errors come out as toStoreError maps them.
   */
  transaction<T>(mode: AccessMode, work: (query: Query) => Promise<T>): Promise<T> {
    this.ensureOpen();
    const run = (async () => {
      const session = this.session(mode);
      try {
        const unit = (tx: ManagedTransaction) => work(this.queryIn(tx));
        return await (mode === 'READ' ? session.executeRead(unit) : session.executeWrite(unit));
      } catch (error) {
        throw this.failed(error);
      } finally {
        await session.close().catch(() => undefined);
      }
    })();
    this.inFlight.add(run);
    const done = () => this.inFlight.delete(run);
    run.then(done, done);
    return run;
  }

  /**
   * One statement in an auto-commit transaction, bounded by `ms`: a health probe should report a failure
   * at once rather than retry for seconds like a managed transaction. While the breaker is open it
   * answers with its refusal at once; a connection failure opens it.
   */
  async probe(
    name: StatementName,
    params: Record<string, unknown>,
    ms: number,
  ): Promise<Record<string, unknown>[]> {
    this.ensureOpen();
    try {
      return await this.run(name, params, ms);
    } catch (error) {
      throw this.failed(error, name);
    }
  }

  /** `name` in an auto-commit transaction, bounded by `ms`; errors come out as the driver gave them. */
  private async run(
    name: StatementName,
    params: Record<string, unknown>,
    ms: number,
  ): Promise<Record<string, unknown>[]> {
    if (this.closed) throw new UnavailableError('the Neo4j store is closed');
    const session = this.session('READ');
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new UnavailableError(`Neo4j did not answer within ${ms / 1000} s`)),
          ms,
        );
      });
      const result = session.run(this.statements[name], params);
      const records = await Promise.race([result.then((r) => r.records), timeout]);
      return records.map((record) => record.toObject() as Record<string, unknown>);
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => undefined);
    }
  }

  /** The error as the store reports it; a connection failure opens the breaker on its way. */
  private failed(error: unknown, statement?: StatementName): Error {
    const reported = toStoreError(error, this.uri, statement);
    if (isConnectionFailure(error)) this.breaker.fail(reported);
    return reported;
  }

  /** Refuses new work, waits for the work in flight (a racing write commits whole or not at all), disconnects. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.breaker.dispose();
    await Promise.allSettled([...this.inFlight]);
    await this.driver.close().catch(() => undefined);
  }

  private session(mode: AccessMode) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // One bookmark manager for every session of the process: each read waits for the writes before it,
      // also when a cluster routes it to another member.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private queryIn(tx: ManagedTransaction): Query {
    return async (name, params) => {
      try {
        const result = await tx.run(this.statements[name], params);
        return result.records.map((record) => record.toObject() as Record<string, unknown>);
      } catch (error) {
        // Retryable errors must reach the driver as they are, or it would not retry the transaction.
        if (error instanceof Neo4jError && Neo4jError.isRetryable(error)) throw error;
        throw toStoreError(error, this.uri, name);
      }
    };
  }
}
