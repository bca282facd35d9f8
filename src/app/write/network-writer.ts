import { setTimeout as sleep } from 'node:timers/promises';
import {
  ConflictError,
  DELETION_KEYS,
  ENTITY_KINDS,
  ENTITY_NAMES,
  NotFoundError,
  StaleRevisionError,
  ValidationError,
  formatPath,
  parseWriteBatch,
  type EntityKind,
  type EntityOf,
  type WriteBatch,
} from '../../domain';
import type { AuditEntry } from '../audit/audit-entry';
import { batchIds, describeWrite, type RecordsById } from '../audit/describe-write';
import type { NetworkStore, WriteResult } from '../../store/network-store';
import { principalName, type Principal } from '../access/principal';
import type { SerialQueue } from '../../lib/serial-queue';
import type { AnalyticsCache } from '../analytics/analytics-cache';
import type { AuditLog } from '../audit/audit-log';
import { entityLoader, type Loaders } from '../loaders';
import { applyPatch, type EntityInput, type EntityPatch } from './entity-schemas';
import { rerootIssues, upsertedPath, type PathRoots } from './issue-paths';

/** Tries of a read-modify-write before it reports CONFLICT: the first and five retries. */
export const MAX_ATTEMPTS = 6;
/**
 * The first retry waits a random time up to this, each later one up to twice as long: writers that
 * collided spread out instead of all reading the same revision again and colliding again.
 */
const BACKOFF_MS = 10;

/** What one try decided to write, and where the issues the store finds in it belong in the arguments. */
interface Plan {
  batch: unknown;
  roots: PathRoots;
}

/** A change to one stored record, and where issues in the changed record belong in the arguments. */
export type RecordChange<K extends EntityKind> = (current: EntityOf[K]) => {
  record: EntityInput<K>;
  roots: PathRoots;
};

/**
 * What a write needs of the request it serves: the server's store, analytics cache, write queue and audit
 * log, and the request's loaders and caller (`operation`: the mutation, for the audit log).
 */
export interface WriteScope {
  analytics: AnalyticsCache;
  store: NetworkStore;
  loaders: Loaders;
  writes: SerialQueue;
  audit: AuditLog;
  auth: { principal: Principal; operation?: string };
}

/**
 * The one way the API writes. What it guarantees:
 * - all or nothing: every mutation is one `store.write`, so a mutation that fails changes nothing;
 * - no lost updates: a read-modify-write (create's existence check, update, the partnership operations,
 *   delete) reads the revision, then the records, and writes with `expectedRevision`. When another write
 *   came in between, the store refuses it (StaleRevisionError) and the change is recomputed from fresh data,
 *   up to MAX_ATTEMPTS tries with random backoff, then CONFLICT. Within this server, writes also wait
 *   their turn (SerialQueue), so concurrent mutations here do not even need the retry;
 * - errors in the mutation's terms: issue paths moved onto its arguments (`input.name`, `patch.endDate`),
 *   NOT_FOUND for a record it was asked to change that does not exist, CONFLICT for a create of a taken id;
 * - later fields of the same request see the write: the request's loaders forget every changed id and
 *   learn the records written.
 * - audited: a write that changed something carries its audit entry (who, which mutation, the revision,
 *   what changed) into the store's commit, so it is durable exactly when the write is; a refused or
 *   failed mutation records nothing. The audit file gets its copy before the mutation answers.
 * Reads go to the store, never to the request's loaders, whose cache may predate the write being retried.
 */
export class NetworkWriter {
  constructor(private readonly context: WriteScope) {}

  /** What the current try read of each record (null: none), so the audit's "before" costs no second read. */
  private seen = new Map<string, object | null>();

  async create<K extends EntityKind>(kind: K, input: { id: string }): Promise<EntityOf[K]> {
    const { batch } = await this.transact(async () => {
      if (await this.read(kind, input.id))
        throw new ConflictError(`${ENTITY_NAMES[kind]} "${input.id}" already exists; update it instead`);
      return { batch: { upsert: { [kind]: [input] } }, roots: [[upsertedPath(kind), 'input']] };
    });
    return writtenRecord(batch, kind);
  }

  update<K extends EntityKind>(kind: K, id: string, patch: EntityPatch<K>): Promise<EntityOf[K]> {
    return this.modify(kind, id, (current) => ({
      record: applyPatch(kind, current, patch),
      roots: [[upsertedPath(kind), 'patch']],
    }));
  }

  /** Replaces a stored record by a change of it; NOT_FOUND when there is none. */
  async modify<K extends EntityKind>(kind: K, id: string, change: RecordChange<K>): Promise<EntityOf[K]> {
    const { batch } = await this.transact(async () => {
      const { record, roots } = change(await this.existing(kind, id));
      return { batch: { upsert: { [kind]: [record] } }, roots };
    });
    return writtenRecord(batch, kind);
  }

  /** Deletes a record and the links to it (see NetworkStore.write); NOT_FOUND when there is none. */
  async delete(kind: EntityKind, id: string): Promise<WriteResult> {
    const key = DELETION_KEYS[kind];
    const { result } = await this.transact(async () => {
      await this.existing(kind, id);
      return { batch: { delete: { [key]: [id] } }, roots: [[formatPath(['delete', key, 0]), 'id']] };
    });
    return result;
  }

  /**
   * Upserts a whole network input at once (and deletes, in the same write, what `deletion` names: an
   * import's merged actors). It reads nothing, so there is no revision to hold it to.
   */
  async upsertNetwork(input: object, deletion?: object): Promise<WriteResult> {
    const batch = deletion ? { upsert: input, delete: deletion } : { upsert: input };
    const plan = { batch, roots: [['upsert', 'input']] as const };
    const { result } = await this.transact(async () => plan, { optimistic: false });
    return result;
  }

  private async transact(
    attempt: () => Promise<Plan>,
    { optimistic = true } = {},
  ): Promise<{ result: WriteResult; batch: WriteBatch }> {
    for (let tries = 1; ; tries++) {
      try {
        return await this.context.writes.run(() => this.try(attempt, optimistic));
      } catch (error) {
        if (!(error instanceof StaleRevisionError)) throw error;
        if (tries >= MAX_ATTEMPTS)
          throw new ConflictError(
            `the network kept changing while this change was applied (${tries} tries); try again`,
          );
      }
      await sleep(Math.random() * BACKOFF_MS * 2 ** (tries - 1));
    }
  }

  private async try(
    attempt: () => Promise<Plan>,
    optimistic: boolean,
  ): Promise<{ result: WriteResult; batch: WriteBatch }> {
    const { store } = this.context;
    // The revision before the records: a write landing in between makes this one stale, never lost.
    const revision = optimistic ? await store.revision() : undefined;
    this.seen.clear();
    const plan = await attempt();
    try {
      // Parsed here as well as in the store, to return and cache the records exactly as stored.
      const batch = parseWriteBatch(plan.batch);
      const before = await this.recordsBefore(batch);
      let entry: Omit<AuditEntry, 'seq'> | undefined;
      const result = await store.write(batch, {
        ...(optimistic ? { expectedRevision: revision } : {}),
        audit: (planned, kept) => (entry = this.auditEntry(planned, batch, before, kept)),
      });
      this.context.analytics.forgetRevision();
      this.refreshLoaders(result, batch);
      // Committed with the write already; this is the audit file's copy, which never fails the mutation.
      if (entry) await this.context.audit.record(entry);
      return { result, batch };
    } catch (error) {
      throw error instanceof ValidationError ? rerootIssues(error, plan.roots) : error;
    }
  }

  /**
   * Makes the rest of the request see the write: the changed ids are forgotten and the written records
   * learnt. Reverse lookups (who refers to what) and the area list may change with any write, so they
   * are forgotten.
   */
  private refreshLoaders(result: WriteResult, batch: WriteBatch): void {
    const { loaders } = this.context;
    for (const kind of ENTITY_KINDS) {
      const loader = entityLoader(loaders, kind);
      for (const id of result.changed[kind]) loader.clear(id);
      for (const record of batch.upsert[kind]) loader.clear(record.id).prime(record.id, record);
    }
    if (ENTITY_KINDS.every((kind) => result.changed[kind].length === 0)) return;
    loaders.forgetDerived();
  }

  /**
   * The write's audit entry (who, which mutation, the revision, what changed), which the store commits with
   * the write; the store asks only for a write that changes something. Inside the write queue, so entries
   * follow revision order.
   */
  private auditEntry(
    result: WriteResult,
    batch: WriteBatch,
    before: RecordsById,
    kept: (kind: EntityKind, id: string) => boolean,
  ): Omit<AuditEntry, 'seq'> {
    const { auth } = this.context;
    return {
      at: new Date().toISOString(),
      ...principalName(auth.principal),
      operation: auth.operation ?? 'unknown',
      revision: result.revision,
      changed: result.changed,
      records: describeWrite(batch, result.changed, before, kept),
    };
  }

  /** The stored versions of the records a batch names: those the try read already, the others from the store. */
  private async recordsBefore(batch: WriteBatch): Promise<RecordsById> {
    const named = batchIds(batch);
    const unseen = Object.fromEntries(
      ENTITY_KINDS.map((kind) => [kind, named[kind].filter((id) => !this.seen.has(`${kind}/${id}`))]),
    ) as Record<EntityKind, string[]>;
    const read = await this.readAll(unseen);
    for (const kind of ENTITY_KINDS)
      for (const id of named[kind]) {
        const record = this.seen.get(`${kind}/${id}`);
        if (record) read[kind].set(id, record);
      }
    return read;
  }

  /** The stored records with these ids, by kind (one store call per kind that has ids). */
  private async readAll(
    ids: Record<EntityKind, readonly string[]>,
  ): Promise<Record<EntityKind, Map<string, object>>> {
    const maps = await Promise.all(
      ENTITY_KINDS.map(async (kind) => {
        const records = ids[kind].length === 0 ? [] : await this.context.store.getMany(kind, ids[kind]);
        return new Map<string, object>(records.flatMap((r) => (r ? [[r.id, r]] : [])));
      }),
    );
    const byKind = {} as Record<EntityKind, Map<string, object>>;
    ENTITY_KINDS.forEach((kind, i) => (byKind[kind] = maps[i]!));
    return byKind;
  }

  private async read<K extends EntityKind>(kind: K, id: string): Promise<EntityOf[K] | null> {
    const [record] = await this.context.store.getMany(kind, [id]);
    this.seen.set(`${kind}/${id}`, record ?? null);
    return record ?? null;
  }

  private async existing<K extends EntityKind>(kind: K, id: string): Promise<EntityOf[K]> {
    const record = await this.read(kind, id);
    if (!record) throw new NotFoundError(ENTITY_NAMES[kind], id);
    return record;
  }
}

/** The one record a create or modify wrote, as the store holds it. */
function writtenRecord<K extends EntityKind>(batch: WriteBatch, kind: K): EntityOf[K] {
  return batch.upsert[kind][0] as EntityOf[K];
}
