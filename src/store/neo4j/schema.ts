import { UnavailableError } from '../../domain';
import { META_ID } from './graph-model';
import { int } from './records';
import { SCHEMA_STATEMENTS } from './statements';
import type { Query } from './reads';

/** How long start-up waits for indexes to come online (a first start on a big database builds them). */
const AWAIT_INDEXES_SECONDS = 300;

/** Errors saying an equivalent constraint or index exists already: another process created it first. */
const ALREADY_THERE = [
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
];

type Transaction = <T>(mode: 'READ' | 'WRITE', work: (query: Query) => Promise<T>) => Promise<T>;

/**
 * The schema the statements rely on, applied at every start-up before the store is handed out: uniqueness
 * constraints on every label's id (which also index lookups by id), indexes on filter and sort
 * properties, the full-text search index, then the :Meta node. Every statement is idempotent (IF NOT
 * EXISTS, MERGE), so starting against an existing database changes nothing.
 */
export class Schema {
  constructor(private readonly transaction: Transaction) {}

  async apply(): Promise<void> {
    // Neo4j does not mix schema changes with other work in a transaction: one transaction each.
    for (const name of SCHEMA_STATEMENTS) {
      if (name === 'schema-await-indexes') continue;
      await this.transaction('WRITE', (query) => query(name, {})).catch((error: Error) => {
        const code = (error.cause as { code?: string } | undefined)?.code;
        if (!code || !ALREADY_THERE.includes(code)) throw error;
      });
    }
    await this.transaction('WRITE', (query) =>
      query('schema-await-indexes', { timeoutSeconds: int(AWAIT_INDEXES_SECONDS) }),
    ).catch((error: Error) => {
      if (error instanceof UnavailableError) throw error;
      throw new UnavailableError(
        `Neo4j's indexes did not come online within ${AWAIT_INDEXES_SECONDS} s: ${error.message}`,
      );
    });
    await this.transaction('WRITE', (query) => query('meta-init', { metaId: META_ID }));
  }
}
