import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { DomainError, UnavailableError } from '../../domain';

/** How to reach Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE (config.ts). */
export interface Neo4jConnectionOptions {
  uri: string;
  username: string;
  /** Unset: no authentication (a server run with NEO4J_AUTH=none). */
  password?: string;
  /** Unset: the server's default (home) database. */
  database?: string;
  /** Bound on opening one connection (default 3 s), so start-up against a dead address fails fast. */
  connectionTimeoutMs?: number;
  /** Bound on the start-up connectivity check as a whole, routing included (default 10 s). */
  verifyTimeoutMs?: number;
  /**
   * How long a managed transaction is retried on transient errors, e.g. a cluster leader switch (default
   * 3 s): long enough for a new leader, short enough that a request caught by an outage answers soon.
   */
  maxTransactionRetryTimeMs?: number;
  /** Time between probes while Neo4j is unreachable (default 200 ms; circuit-breaker.ts). */
  probeIntervalMs?: number;
}

/** What the store uses of a driver: a fake of this (not of the store) drives the adapter's unit tests. */
export type DriverLike = Pick<
  Driver,
  'session' | 'verifyConnectivity' | 'close' | 'executeQueryBookmarkManager'
>;

/** The URI as it may appear in messages and logs: without user information (never a password). */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+]+:\/\/)[^@/]*@/i, '$1');
}

/**
 * A driver for the options. Integers come back as JS numbers (`disableLosslessIntegers`: every integer we
 * store — counts, positions, the revision — is far below 2^53); parameters that must be integers are sent
 * as `neo4j.int` (records.ts). No notification filter is set: filters need Neo4j ≥ 5.7 and the adapter
 * reads no notifications anyway.
 */
export function createDriver(options: Neo4jConnectionOptions): Driver {
  // No password: no auth token, which the driver sends as the 'none' scheme (a server with NEO4J_AUTH=none).
  const auth =
    options.password === undefined ? undefined : neo4j.auth.basic(options.username, options.password);
  try {
    return neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: options.connectionTimeoutMs ?? 3_000,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 3_000,
      // Rows per PULL: a snapshot page of 10,000 records (reads.ts) comes in one round trip, not ten.
      fetchSize: 10_000,
      userAgent: 'partner-network',
    });
  } catch (error) {
    throw new UnavailableError(`cannot use Neo4j at ${redactUri(options.uri)}: ${(error as Error).message}`);
  }
}

/**
 * Checks that Neo4j answers (and, for neo4j:// URIs, that the database can be routed to) within
 * `verifyTimeoutMs`, so a wrong or dead NEO4J_URI stops start-up with one clear line.
 */
export async function verifyConnectivity(driver: DriverLike, options: Neo4jConnectionOptions): Promise<void> {
  const ms = options.verifyTimeoutMs ?? 10_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new UnavailableError(`Neo4j at ${redactUri(options.uri)} did not answer within ${ms / 1000} s`),
        ),
      ms,
    );
  });
  try {
    await Promise.race([driver.verifyConnectivity({ database: options.database }), timeout]);
  } catch (error) {
    throw toStoreError(error, options.uri);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Errors that say "Neo4j cannot serve this now" rather than "this statement is wrong": every error raised by
 * the driver itself (codes not starting with "Neo.": ServiceUnavailable, SessionExpired, a protocol error
 * such as an HTTP port given as NEO4J_URI...), transient and database errors, authentication, routing,
 * a missing database, timeouts.
 */
function isUnavailability(error: Neo4jError): boolean {
  const code = error.code ?? '';
  return (
    !code.startsWith('Neo.') ||
    code.startsWith('Neo.TransientError.') ||
    code.startsWith('Neo.DatabaseError.') ||
    code.startsWith('Neo.ClientError.Security.') ||
    code.startsWith('Neo.ClientError.Cluster.') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    Neo4jError.isRetryable(error)
  );
}

/**
 * Errors that mean "the database cannot be reached now" (as opposed to a refused statement or credentials):
 * the driver's connection errors, a database that is not online, a probe that timed out. They open the
 * circuit breaker.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof Neo4jError)
    return [
      'ServiceUnavailable',
      'SessionExpired',
      'Neo.TransientError.General.DatabaseUnavailable',
    ].includes(error.code);
  return error instanceof UnavailableError && error.message.includes('did not answer within');
}

/**
 * Our errors pass through (a ValidationError thrown inside a transaction function, say). Connection,
 * authentication, routing and transient errors become an UnavailableError naming the URI (GraphQL:
 * SERVICE_UNAVAILABLE, /readyz: 503). Anything else Neo4j rejects is a bug in a statement: it stays an
 * internal error, with the statement's name to find it by.
 */
export function toStoreError(error: unknown, uri: string, statement?: string): Error {
  if (error instanceof DomainError) return error;
  if (error instanceof Neo4jError) {
    if (isUnavailability(error)) {
      const why = error.code?.startsWith('Neo.ClientError.Security.')
        ? `it refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD): ${error.message}`
        : error.message;
      return new UnavailableError(`Neo4j at ${redactUri(uri)} is unavailable: ${why}`);
    }
    return new Error(
      `Neo4j rejected ${statement ? `statement ${statement}` : 'a statement'} (${error.code}): ${error.message}`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
