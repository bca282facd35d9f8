import {
  ENTITY_KINDS,
  NotFoundError,
  StaleRevisionError,
  UnavailableError,
  parseWriteBatch,
  withEvidence,
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
import { actorListing, checkPageRequest, partnershipListing } from '../listing/paging';
import { checkSearchRequest, compareSearchHits, searchScore, searchableNames } from '../listing/search';
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
import { narrowedSnapshot } from '../snapshot-filter';
import { isEmptyChangeSet, keptBy, planWrite } from '../write-plan';
import {
  createDriver,
  toStoreError,
  verifyConnectivity,
  type DriverLike,
  type Neo4jConnectionOptions,
} from './connection';
import { META_ID } from './graph-model';
import { Schema } from './schema';
import {
  ACTOR_PAGES,
  PARTNERSHIP_PAGES,
  actorFilterParams,
  afterParam,
  luceneQuery,
  partnershipFilterParams,
} from './listing-queries';
import { identifiersFromProperty, int, toNumber } from './records';
import { REFERRERS, loadStatements, type Statements } from './statements';
import {
  currentRevision,
  fetchRecords,
  fetchPartners,
  fetchReferrers,
  neighbours,
  pageOf,
  pagedRecords,
  SNAPSHOT_PAGE,
  participants,
  type CountStatements,
  type Query,
} from './reads';
import { Sessions, type AccessMode } from './sessions';
import { applyChanges, prefetchView } from './write-apply';

export interface Neo4jStoreOptions extends Neo4jConnectionOptions {
  /** Where the .cypher files are (default: cypher/ at the project root). */
  statementsDir?: string;
  /** Records per round trip when a snapshot or vocabulary list streams (default SNAPSHOT_PAGE, 10,000). */
  snapshotPageSize?: number;
}

const ACTOR_COUNTS: CountStatements = { filtered: 'actors-count', all: 'actors-count-all' };
const PARTNERSHIP_COUNTS: CountStatements = { filtered: 'partnerships-count', all: 'partnerships-count-all' };

/** A snapshot re-reads when a write landed while it was read; after this many tries it gives up. */
const SNAPSHOT_ATTEMPTS = 5;
/** /readyz must answer quickly even when Neo4j hangs (and a hang opens the circuit breaker). */
const HEALTH_TIMEOUT_MS = 2_000;

/**
 * The production store (docs/design.md §2): the network as a Neo4j graph (cypher/README.md), every statement a
 * named, parameterised file. Reads and writes run as managed transactions (transient errors are retried)
 * in short-lived sessions sharing the driver's bookmark manager, so a read always sees the writes before
 * it, also on a cluster. Listing, search and write semantics are listing.ts's and write-plan.ts's, the
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
    checkPageRequest(page);
    const listing = actorListing(order);
    const after = afterParam(listing, order.field, page.after);
    return this.transaction('READ', async (query) => {
      const participantIds = filter.partnerships ? await participants(query, filter.partnerships) : null;
      const params = actorFilterParams(filter, participantIds);
      return pageOf(query, 'actors', ACTOR_COUNTS, ACTOR_PAGES[`${order.field} ${order.direction}`], {
        params,
        after,
        listing,
        first: page.first,
      });
    });
  }

  async listPartnerships(
    filter: PartnershipFilter,
    order: PartnershipOrder,
    page: PageRequest,
  ): Promise<Page<Partnership>> {
    this.ensureOpen();
    checkPageRequest(page);
    const listing = partnershipListing(order);
    const after = afterParam(listing, order.field, page.after);
    const params = partnershipFilterParams(filter);
    return this.transaction('READ', (query) =>
      pageOf(
        query,
        'partnerships',
        PARTNERSHIP_COUNTS,
        PARTNERSHIP_PAGES[`${order.field} ${order.direction}`],
        {
          params,
          after,
          listing,
          first: page.first,
        },
      ),
    );
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

  /**
   * The full-text index finds every record with a word starting with each query word (exactly the records
   * searchScore gives a score above 0); the statement ranks them by the same rule as compareSearchHits and
   * returns the best `first` (at most 500). They are scored and sorted again here with the very functions
   * the embedded store uses, so the two agree on everything the database sent.
   */
  async search(text: string, first: number, evidence?: readonly Evidence[]): Promise<SearchHit[]> {
    this.ensureOpen();
    const words = checkSearchRequest(text, first);
    if (first === 0) return [];
    return this.transaction('READ', async (query) => {
      const rows = await query('search', {
        query: luceneQuery(words),
        phrase: words.join(' '),
        evidence: evidence ? [...evidence] : null,
        limit: int(first),
      });
      const hits: SearchHit[] = [];
      for (const row of rows) {
        const kind = ENTITY_KINDS[toNumber(row.kindRank)]!;
        const fields = Object.fromEntries(
          Object.entries(row.names as Record<string, unknown>)
            .filter(([, v]) => v !== null)
            .map(([k, v]) => [k, k === 'identifiers' ? identifiersFromProperty(v) : v]),
        );
        const names = searchableNames(kind, fields as unknown as EntityOf[typeof kind]);
        const score = searchScore(words, names);
        if (score > 0) hits.push({ kind, id: row.id as string, name: names[0]!, score });
      }
      return hits.sort(compareSearchHits).slice(0, first);
    });
  }

  async sizes(): Promise<StoreSizes> {
    this.ensureOpen();
    return this.transaction('READ', async (query) => {
      const [[actors], [partnerships]] = await Promise.all([
        query(ACTOR_COUNTS.all, {}),
        query(PARTNERSHIP_COUNTS.all, {}),
      ]);
      return { actors: toNumber(actors?.total), partnerships: toNumber(partnerships?.total) };
    });
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

  /**
   * One write transaction: lock and read the revision (meta-lock), check `expectedRevision`, read what
   * planning needs, plan with the embedded store's planner, apply, bump the revision. Any error — stale
   * revision, validation, Neo4j — rolls the whole transaction back, so nothing changes.
   */
  async write(input: unknown, options: WriteOptions = {}): Promise<WriteResult> {
    this.ensureOpen();
    const batch = parseWriteBatch(input);
    return this.transaction('WRITE', async (query) => {
      const [locked] = await query('meta-lock', { metaId: META_ID });
      const revision = toNumber(locked?.revision);
      const expected = options.expectedRevision;
      if (expected !== undefined && expected !== revision) throw new StaleRevisionError(expected, revision);
      const view = await prefetchView(query, batch, revision);
      const { changes, result } = planWrite(batch, view);
      if (isEmptyChangeSet(changes)) {
        await query('meta-release', { metaId: META_ID });
        return result;
      }
      await applyChanges(query, changes, (kind, id) => view.get(kind, id) !== undefined);
      const [bumped] = await query('meta-bump', { metaId: META_ID });
      if (toNumber(bumped?.revision) !== result.revision)
        throw new Error(
          `internal: revision went to ${String(bumped?.revision)}, expected ${result.revision}`,
        );
      if (options.audit) {
        const record = JSON.stringify(options.audit(result, keptBy(changes)));
        await query('audit-create', { revision: int(result.revision), record });
      }
      return result;
    });
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

  /**
   * Streams the selected network page by page (`snapshotPageSize` rows per round trip, every kind at once)
   * in one read transaction.
   * Neo4j reads are read-committed, so a write committing meanwhile could tear the snapshot: the revision
   * is read before and after, and the snapshot is read again when it moved. Analytics cache results by
   * revision, so a torn snapshot must never be labelled with one.
   */
  async snapshot(filter: NetworkFilter = {}): Promise<NetworkSnapshot> {
    this.ensureOpen();
    const select = networkSelection(filter);
    const actorParams = actorFilterParams(select.actors, null);
    const partnershipParams = partnershipFilterParams(select.partnerships);
    return this.transaction('READ', async (query) => {
      for (let attempt = 1; attempt <= SNAPSHOT_ATTEMPTS; attempt++) {
        // Every kind at once: the driver pipelines the statements of the transaction, and the server runs
        // them in the order sent, so the revision is read before any record.
        const page = this.pageSize;
        const [before, actors, partnerships, areas, themes, targetGroups] = await Promise.all([
          currentRevision(query),
          pagedRecords(query, 'actors', 'actors-page-id-asc', actorParams, page),
          pagedRecords(query, 'partnerships', 'partnerships-page-id-asc', partnershipParams, page),
          pagedRecords(query, 'areas', 'areas-ids-page', {}, page),
          pagedRecords(query, 'themes', 'themes-ids-page', {}, page),
          pagedRecords(query, 'targetGroups', 'target-groups-ids-page', {}, page),
        ]);
        const snapshot: NetworkSnapshot = {
          revision: before,
          actors,
          // Seen through the evidence filter, as the embedded store gives them (withEvidence).
          partnerships: partnerships.map((p) => withEvidence(p, filter.evidence)!),
          areas,
          themes,
          targetGroups,
        };
        if ((await currentRevision(query)) === before) return narrowedSnapshot(snapshot, filter);
      }
      throw new UnavailableError('the network kept changing while a snapshot was read; try again');
    });
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
