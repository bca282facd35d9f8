import {
  NotFoundError,
  parseWriteBatch,
  type Actor,
  type Area,
  type EntityKind,
  type EntityOf,
  type Evidence,
  type NetworkFilter,
  type Partnership,
  type TargetGroup,
  type Theme,
} from '../../domain';
import { actorMatches, networkSelection } from '../listing/filters';
import { checkSearchRequest } from '../listing/search';
import { compareAreas, compareByName } from '../listing/sorting';
import type {
  ActorFilter,
  ActorPartners,
  ActorOrder,
  AuditRecord,
  AreaFilter,
  NetworkSnapshot,
  NetworkStore,
  Page,
  PageRequest,
  PartnershipFilter,
  PartnershipOrder,
  ReachedActor,
  SearchHit,
  StoreHealth,
  StoreSizes,
  WriteOptions,
  WriteResult,
} from '../network-store';
import { breadthFirst, checkHops } from '../neighbourhood';
import {
  createDriver,
  toStoreError,
  verifyConnectivity,
  type DriverLike,
  type Neo4jConnectionOptions,
} from './connection';
import { META_ID } from './graph-model';
import { Schema } from './schema';
import { int, toNumber } from './records';
import { REFERRERS, loadStatements, type Statements } from './statements';
import {
  currentRevision,
  fetchRecords,
  fetchPartners,
  fetchReferrers,
  neighbours,
  pagedRecords,
  SNAPSHOT_PAGE,
  type Query,
} from './reads';
import { actorPageReader, partnershipPageReader, storeSizes } from './listing-pages';
import { searchHits } from './search-hits';
import { Sessions, type AccessMode } from './sessions';
import { snapshotReader } from './snapshot-read';
import { writeBatch } from './write-transaction';

export interface Neo4jStoreOptions extends Neo4jConnectionOptions {
  /** Where the .cypher files are (default: cypher/ at the project root). */
  statementsDir?: string;
  /** Records per round trip when a snapshot or vocabulary list streams (default SNAPSHOT_PAGE, 10,000). */
  snapshotPageSize?: number;
}

/** /readyz must answer quickly even when Neo4j hangs (and a hang opens the circuit breaker). */
const HEALTH_TIMEOUT_MS = 2_000;

/**
 * The production store (docs/design.md §2): the network as a Neo4j graph (cypher/README.md), every statement a
 * named, parameterised file. Reads and writes run as managed transactions (transient errors are retried)
 * in short-lived sessions sharing the driver's bookmark manager, so a read always sees the writes before
 * it, also on a cluster. Listing, search and write semantics are listing/'s and write-plan.ts's, the
 * same as the embedded store's; the shared contract suite checks that they agree.
 */
export class Neo4jStore implements NetworkStore {
  readonly kind = 'neo4j' as const;
  private readonly sessions: Sessions;
  private readonly pageSize: number;

  private constructor(driver: DriverLike, statements: Statements, options: Neo4jStoreOptions) {
    this.sessions = new Sessions(driver, statements, options.uri, options.database, options.probeIntervalMs);
    this.pageSize = options.snapshotPageSize ?? SNAPSHOT_PAGE;
  }

  /**
   * Connects (bounded by the connection timeouts), applies the schema idempotently and waits for its
   * indexes. An unreachable server or wrong credentials give an UnavailableError naming the URI.
   */
  static async open(options: Neo4jStoreOptions): Promise<Neo4jStore> {
    const statements = loadStatements(options.statementsDir);
    return Neo4jStore.start(createDriver(options), statements, options);
  }

  /** `open` over a given driver (a fake one in unit tests). The driver is closed if start-up fails. */
  static async start(
    driver: DriverLike,
    statements: Statements,
    options: Neo4jStoreOptions,
  ): Promise<Neo4jStore> {
    try {
      await verifyConnectivity(driver, options);
      const store = new Neo4jStore(driver, statements, options);
      await new Schema((mode, work) => store.transaction(mode, work)).apply();
      return store;
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw toStoreError(error, options.uri);
    }
  }

  async revision(): Promise<number> {
    return this.transaction('READ', (query) => currentRevision(query));
  }

  async getMany<K extends EntityKind>(kind: K, ids: readonly string[]): Promise<(EntityOf[K] | null)[]> {
    return this.transaction('READ', async (query) => {
      const found = await fetchRecords(query, kind, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  async listActors(filter: ActorFilter, order: ActorOrder, page: PageRequest): Promise<Page<Actor>> {
    this.ensureOpen();
    return this.transaction('READ', actorPageReader(filter, order, page));
  }

  async listPartnerships(
    filter: PartnershipFilter,
    order: PartnershipOrder,
    page: PageRequest,
  ): Promise<Page<Partnership>> {
    this.ensureOpen();
    return this.transaction('READ', partnershipPageReader(filter, order, page));
  }

  async partnersOf(actorIds: readonly string[]): Promise<ActorPartners[]> {
    this.ensureOpen();
    return this.transaction('READ', async (query) => {
      const found = await fetchPartners(query, actorIds);
      return actorIds.map((id) => found.get(id) ?? { partnerships: [], actors: [] });
    });
  }

  async referrers(target: EntityKind, ids: readonly string[], kind: EntityKind): Promise<string[][]> {
    this.ensureOpen();
    const statement = REFERRERS[target]?.[kind];
    if (!statement) return ids.map(() => []); // no link of that kind points at that kind of entity
    return this.transaction('READ', async (query) => {
      const found = await fetchReferrers(query, statement, ids);
      return ids.map((id) => [...(found.get(id) ?? [])].sort());
    });
  }

  /** Found by the full-text index and ranked as the embedded store ranks them (search-hits.ts). */
  async search(text: string, first: number, evidence?: readonly Evidence[]): Promise<SearchHit[]> {
    this.ensureOpen();
    const words = checkSearchRequest(text, first);
    if (first === 0) return [];
    return this.transaction('READ', (query) => searchHits(query, words, first, evidence));
  }

  async sizes(): Promise<StoreSizes> {
    this.ensureOpen();
    return this.transaction('READ', storeSizes);
  }

  async listAreas(filter: AreaFilter): Promise<Area[]> {
    return this.transaction('READ', async (query) => {
      const rows = await query('areas-list', {
        level: filter.level || null,
        parentId: filter.parentId || null,
      });
      const found = await fetchRecords(
        query,
        'areas',
        rows.map((r) => r.id as string),
      );
      return [...found.values()].sort(compareAreas);
    });
  }

  async listThemes(): Promise<Theme[]> {
    return this.transaction('READ', async (query) =>
      (await pagedRecords(query, 'themes', 'themes-ids-page', {}, this.pageSize)).sort(compareByName),
    );
  }

  async listTargetGroups(): Promise<TargetGroup[]> {
    return this.transaction('READ', async (query) =>
      (await pagedRecords(query, 'targetGroups', 'target-groups-ids-page', {}, this.pageSize)).sort(
        compareByName,
      ),
    );
  }

  /** One write transaction (write-transaction.ts): any error rolls it all back, so nothing changes. */
  async write(input: unknown, options: WriteOptions = {}): Promise<WriteResult> {
    this.ensureOpen();
    const batch = parseWriteBatch(input);
    return this.transaction('WRITE', (query) => writeBatch(query, batch, options));
  }

  async auditRecordsAfter(revision: number): Promise<AuditRecord[]> {
    this.ensureOpen();
    const rows = await this.transaction('READ', (query) => query('audit-after', { after: int(revision) }));
    return rows.map((row) => JSON.parse(row.record as string) as AuditRecord);
  }

  /** The :AuditEntry nodes are the database's own lasting record of its writes: nothing to forget. */
  confirmAudit(): void {}

  /** Breadth-first in the database, one query per ring: a k-hop reach costs k round trips, not a snapshot. */
  async neighbourhood(actorId: string, hops: number, filter: NetworkFilter = {}): Promise<ReachedActor[]> {
    this.ensureOpen();
    checkHops(hops);
    const select = networkSelection(filter);
    return this.transaction('READ', async (query) => {
      const origin = (await fetchRecords(query, 'actors', [actorId])).get(actorId);
      if (!origin) throw new NotFoundError('actor', actorId);
      if (!actorMatches(origin, select.actors)) return [];
      return breadthFirst(actorId, hops, (ring) =>
        neighbours(query, ring, select.partnerships, select.actors.sectors),
      );
    });
  }

  /** The selected network, read again when a write tore it (snapshot-read.ts). */
  async snapshot(filter: NetworkFilter = {}): Promise<NetworkSnapshot> {
    this.ensureOpen();
    return this.transaction('READ', snapshotReader(filter, this.pageSize));
  }

  async health(): Promise<StoreHealth> {
    if (this.sessions.isClosed) return { ok: false, store: this.kind, detail: 'the Neo4j store is closed' };
    try {
      const [row] = await this.sessions.probe('revision', { metaId: META_ID }, HEALTH_TIMEOUT_MS);
      return { ok: true, store: this.kind, revision: toNumber(row?.revision ?? 0) };
    } catch (error) {
      return { ok: false, store: this.kind, detail: (error as Error).message };
    }
  }

  /** Waits for the calls in flight (a write racing close() is applied whole or not at all), then disconnects. */
  async close(): Promise<void> {
    await this.sessions.close();
  }

  private ensureOpen(): void {
    this.sessions.ensureOpen();
  }

  private transaction<T>(mode: AccessMode, work: (query: Query) => Promise<T>): Promise<T> {
    return this.sessions.transaction(mode, work);
  }
}
