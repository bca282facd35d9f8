import { LRUCache } from 'lru-cache';
import {
  ENTITY_KINDS,
  NotFoundError,
  StaleRevisionError,
  UnavailableError,
  admits,
  parseWriteBatch,
  withDescendants,
  withEvidence,
  type Actor,
  type Area,
  type EntityKind,
  type EntityOf,
  type Evidence,
  type NetworkFilter,
  type Partnership,
  type Provenance,
  type TargetGroup,
  type Theme,
} from '../../domain';
import { actorMatches, networkSelection, participantsIn, partnershipMatches } from '../listing/filters';
import { actorListing, checkPageRequest, pageOf, partnershipListing } from '../listing/paging';
import {
  checkSearchRequest,
  bestHits,
  searchEntry,
  searchScorer,
  searchableNames,
  type SearchEntry,
} from '../listing/search';
import {
  actorSortKey,
  compareAreas,
  compareByName,
  compareKeys,
  partnershipSortKey,
  type SortKey,
} from '../listing/sorting';
import type {
  ActorFilter,
  ActorPartners,
  ActorOrder,
  AreaFilter,
  AuditRecord,
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
import { narrowedSnapshot } from '../snapshot-filter';
import { breadthFirst, checkHops } from '../neighbourhood';
import { keptBy } from '../write-plan';
import { DataDirectory } from './durability/data-directory';
import { DataDirectoryLockedError, DurabilityError } from './durability/errors';
import { StoreInUseError } from '../store-errors';
import { NetworkState, type ChangeSet } from './network-state';
import { SerialQueue } from '../../lib/serial-queue';
import { shareStrings } from '../../lib/shared-strings';
import { EventLoopTurns } from '../../lib/event-loop-turns';

export interface EmbeddedStoreOptions {
  /** Where the snapshot, journal and lock live; created if missing. */
  dataDir: string;
  /** Journal size that triggers compaction into a new snapshot (default: the data directory's). */
  compactAfterBytes?: number;
  /** Where the operator hears of repairs made on open and of failed writes (with paths, unlike clients). */
  log?: StoreLog;
  /** Whose turn it is on the event loop (see scanTurn); the store's own when not shared. */
  turns?: EventLoopTurns;
}

/** The part of a logger (pino's) the store reports to. */
export interface StoreLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * The store for machines without Neo4j: the whole network in memory, every acknowledged write journalled
 * and fsync'd first (see durability/). Writes are serialised; reads never wait for them.
 */
export class EmbeddedStore implements NetworkStore {
  readonly kind = 'embedded' as const;
  private readonly writes = new SerialQueue();
  private closed = false;
  private compacting: Promise<unknown> | undefined;
  private compactionFailure: string | undefined;
  private readonly listings = new LRUCache<string, { version: number; rows: unknown[] }>({
    max: MAX_CACHED_LISTINGS,
  });
  /** Sort keys per listing order, memoised per record object (records are immutable; an update is a new object). */
  private readonly sortKeys = new Map<string, WeakMap<object, SortKey>>();
  /** The words search matches in each record, memoised the same way. */
  private readonly searchEntries = new WeakMap<object, SearchEntry>();

  private constructor(
    private readonly directory: DataDirectory<StoredSnapshot, ChangeSet>,
    private readonly state: NetworkState,
    private readonly log: StoreLog | undefined,
    /** Audit records committed but not yet confirmed as in the audit log; kept in snapshots too. */
    private unconfirmedAudit: AuditRecord[],
    private readonly turns: EventLoopTurns,
  ) {}

  /** Opens (or creates) the store in `dataDir`: loads the snapshot, replays the journal, takes the directory lock. */
  static async open(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const opened = await DataDirectory.open<StoredSnapshot, ChangeSet>(options.dataDir, {
      compactAfterBytes: options.compactAfterBytes,
    }).catch((error: unknown) => {
      // The port's errors, not the durability layer's: callers do not depend on the adapter.
      if (error instanceof DataDirectoryLockedError) throw new StoreInUseError(error.message);
      if (error instanceof DurabilityError) throw new UnavailableError(error.message);
      throw error;
    });
    const { tornBytes } = opened.recovered;
    if (tornBytes > 0)
      options.log?.warn(
        { dataDir: opened.directory.path, tornBytes },
        `journal: cut off a torn last write of ${tornBytes} bytes (a crash during a write that was never acknowledged)`,
      );
    // The records stay in memory for the store's life: one copy of each repeated string (shareStrings).
    const strings = new Map<string, string>();
    const state = opened.snapshot
      ? NetworkState.fromSnapshot(shareStrings(opened.snapshot, strings))
      : new NetworkState();
    const audit = [...(opened.snapshot?.audit ?? [])];
    for (const entry of opened.entries) {
      state.replay(shareStrings(entry, strings));
      if (entry.audit) audit.push(entry.audit);
    }
    return new EmbeddedStore(
      opened.directory,
      state,
      options.log,
      audit,
      options.turns ?? new EventLoopTurns(),
    );
  }

  async revision(): Promise<number> {
    this.ensureOpen();
    return this.state.revision;
  }

  async getMany<K extends EntityKind>(kind: K, ids: readonly string[]): Promise<(EntityOf[K] | null)[]> {
    this.ensureOpen();
    return ids.map((id) => this.state.get(kind, id) ?? null);
  }

  async listActors(filter: ActorFilter, order: ActorOrder, page: PageRequest): Promise<Page<Actor>> {
    this.ensureOpen();
    checkPageRequest(page);
    const keyOf = (a: Actor) => this.sortKey(order.field, a, () => actorSortKey(a, order));
    const rows = await this.listing('actors', order.field, keyOf, filter, () => {
      const scope = filter.homeAreaIds ? this.areaScope(filter.homeAreaIds) : undefined;
      const participants = filter.partnerships ? this.participantsIn(filter.partnerships) : undefined;
      return (a: Actor) => actorMatches(a, filter, scope, participants);
    });
    return pageOf(rows, keyOf, actorListing(order), order.direction === 'DESC', page);
  }

  async listPartnerships(
    filter: PartnershipFilter,
    order: PartnershipOrder,
    page: PageRequest,
  ): Promise<Page<Partnership>> {
    this.ensureOpen();
    checkPageRequest(page);
    const keyOf = (p: Partnership) => this.sortKey(order.field, p, () => partnershipSortKey(p, order));
    const rows = await this.listing('partnerships', order.field, keyOf, filter, () => {
      const scope = filter.areaIds ? this.areaScope(filter.areaIds) : undefined;
      return (p: Partnership) => partnershipMatches(p, filter, scope);
    });
    return pageOf(rows, keyOf, partnershipListing(order), order.direction === 'DESC', page);
  }

  async referrers(target: EntityKind, ids: readonly string[], kind: EntityKind): Promise<string[][]> {
    this.ensureOpen();
    return ids.map((id) => this.state.referrersOf(target, id, kind).sort());
  }

  async partnersOf(actorIds: readonly string[]): Promise<ActorPartners[]> {
    this.ensureOpen();
    return actorIds.map((id) => {
      const partnerships = this.state
        .referrersOf('actors', id, 'partnerships')
        .sort()
        .map((pid) => this.state.get('partnerships', pid)!);
      const actorIds = new Set(partnerships.flatMap((p) => p.participants.map((x) => x.actorId)));
      const actors = [...actorIds].sort().map((aid) => this.state.get('actors', aid)!);
      return { partnerships, actors };
    });
  }

  async search(query: string, first: number, evidence?: readonly Evidence[]): Promise<SearchHit[]> {
    this.ensureOpen();
    const words = checkSearchRequest(query, first);
    await this.scanTurn();
    const score = searchScorer(words);
    const hits: SearchHit[] = [];
    for (const kind of ENTITY_KINDS)
      for (const record of this.state.all(kind)) {
        if (!admits(evidence, (record as { provenance?: Provenance }).provenance)) continue;
        let entry = this.searchEntries.get(record);
        if (!entry) this.searchEntries.set(record, (entry = searchEntry(searchableNames(kind, record))));
        const found = score(entry);
        if (found > 0)
          hits.push({ kind, id: record.id, name: searchableNames(kind, record)[0]!, score: found });
      }
    return bestHits(hits, first);
  }

  async sizes(): Promise<StoreSizes> {
    this.ensureOpen();
    return { actors: this.state.count('actors'), partnerships: this.state.count('partnerships') };
  }

  async listAreas(filter: AreaFilter): Promise<Area[]> {
    this.ensureOpen();
    return [...this.state.all('areas')]
      .filter(
        (a) =>
          (!filter.level || a.level === filter.level) && (!filter.parentId || a.parentId === filter.parentId),
      )
      .sort(compareAreas);
  }

  async listThemes(): Promise<Theme[]> {
    this.ensureOpen();
    return [...this.state.all('themes')].sort(compareByName);
  }

  async listTargetGroups(): Promise<TargetGroup[]> {
    this.ensureOpen();
    return [...this.state.all('targetGroups')].sort(compareByName);
  }

  write(input: unknown, options: WriteOptions = {}): Promise<WriteResult> {
    return this.writes.run(() => this.writeNow(input, options));
  }

  async auditRecordsAfter(revision: number): Promise<AuditRecord[]> {
    this.ensureOpen();
    return this.unconfirmedAudit.filter((record) => record.revision > revision);
  }

  confirmAudit(revision: number): void {
    this.unconfirmedAudit = this.unconfirmedAudit.filter((record) => record.revision > revision);
  }

  async neighbourhood(actorId: string, hops: number, filter: NetworkFilter = {}): Promise<ReachedActor[]> {
    this.ensureOpen();
    checkHops(hops);
    const origin = this.state.get('actors', actorId);
    if (!origin) throw new NotFoundError('actor', actorId);
    const select = networkSelection(filter);
    if (!actorMatches(origin, select.actors)) return [];
    const scope = filter.areaIds ? this.areaScope(filter.areaIds) : undefined;
    return breadthFirst(actorId, hops, (ring) => {
      const tied = new Set<string>();
      for (const id of ring)
        for (const pid of this.state.referrersOf('actors', id, 'partnerships')) {
          const p = this.state.get('partnerships', pid)!;
          if (!partnershipMatches(p, select.partnerships, scope)) continue;
          for (const { actorId: other } of withEvidence(p, filter.evidence)!.participants)
            if (actorMatches(this.state.get('actors', other)!, select.actors)) tied.add(other);
        }
      return tied;
    });
  }

  async snapshot(filter: NetworkFilter = {}): Promise<NetworkSnapshot> {
    this.ensureOpen();
    await this.scanTurn();
    const select = networkSelection(filter);
    const scope = filter.areaIds ? this.areaScope(filter.areaIds) : undefined;
    const full = this.state.toSnapshot();
    const selected = {
      ...full,
      actors: full.actors.filter((a) => actorMatches(a, select.actors)),
      // Seen through the evidence filter: participations and area links it leaves out tie and cover nothing.
      partnerships: full.partnerships.flatMap((p) =>
        partnershipMatches(p, select.partnerships, scope) ? [withEvidence(p, filter.evidence)!] : [],
      ),
    };
    return narrowedSnapshot(selected, filter);
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, store: this.kind, detail: 'store is closed' };
    const unwritable = await this.directory.writable();
    if (unwritable) return { ok: false, store: this.kind, revision: this.state.revision, detail: unwritable };
    return {
      ok: true,
      store: this.kind,
      revision: this.state.revision,
      ...(this.compactionFailure
        ? {
            detail: `journal compaction failed, the journal still holds every write: ${this.compactionFailure}`,
          }
        : {}),
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writes.idle();
    await this.directory.close();
  }

  private async writeNow(input: unknown, options: WriteOptions): Promise<WriteResult> {
    this.ensureOpen();
    const batch = parseWriteBatch(input);
    const expected = options.expectedRevision;
    if (expected !== undefined && expected !== this.state.revision)
      throw new StaleRevisionError(expected, this.state.revision);
    const { changes, result } = this.state.plan(batch);
    if (NetworkState.isEmpty(changes)) return result;
    if (options.audit) changes.audit = options.audit(result, keptBy(changes));
    // Durable first, visible second: a write is acknowledged only once the journal holds it. A failed
    // append leaves journal and state as they were, so the client may simply try again later.
    await this.directory.append(changes).catch((error: unknown) => {
      this.log?.error({ err: error }, 'embedded store: a write could not be saved');
      // The client hears why, not where: server paths are the operator's business (the log line above).
      throw new UnavailableError(
        `the embedded store could not save this write (${ioProblem(error)}); nothing was changed, try again later`,
      );
    });
    this.state.apply(changes);
    if (changes.audit) this.unconfirmedAudit.push(changes.audit);
    this.compactIfDue();
    return result;
  }

  /**
   * Queues a compaction when the journal has grown enough, without making this write wait for it: the
   * write is already durable in the journal and is acknowledged first; the snapshot is serialised (the
   * whole network: long, for a large one) on the next turn of the event loop, in the write queue, so no
   * write is half done then and later writes start after it. A failed compaction loses nothing (the
   * journal still holds every write); it is reported by health() and tried again after a later write.
   */
  private compactIfDue(): void {
    if (this.compacting || !this.directory.needsCompaction()) return;
    const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
    // Wrapped so that later writes wait for the serialisation only, not for the snapshot on disk.
    const started = this.writes.run(async () => {
      await nextTurn();
      return {
        done: this.directory.compact({ ...this.state.toSnapshot(), audit: this.unconfirmedAudit }),
      };
    });
    this.compacting = started
      .then(({ done }) => done)
      .then(
        () => (this.compactionFailure = undefined),
        (error: Error) => (this.compactionFailure = error.message),
      )
      .finally(() => (this.compacting = undefined));
  }

  private ensureOpen(): void {
    if (this.closed) throw new UnavailableError('the embedded store is closed');
  }

  private areaScope(areaIds: readonly string[]): Set<string> {
    return withDescendants(areaIds, (id) => this.state.referrersOf('areas', id, 'areas'));
  }

  private participantsIn(filter: PartnershipFilter): Set<string> {
    const scope = filter.areaIds ? this.areaScope(filter.areaIds) : undefined;
    return participantsIn(this.state.all('partnerships'), filter, scope);
  }

  private sortKey(order: string, record: object, compute: () => SortKey): SortKey {
    let keys = this.sortKeys.get(order);
    if (!keys) this.sortKeys.set(order, (keys = new WeakMap()));
    let key = keys.get(record);
    if (!key) keys.set(record, (key = compute()));
    return key;
  }

  /**
   * Waits for this store's turn on the event loop before a scan of every record (search, a listing to
   * sort or filter, a snapshot): the scans of one request (150 aliased searches) run one per turn, with
   * other requests and /healthz answered between them, instead of holding the loop for all of them.
   */
  private scanTurn(): Promise<void> {
    return this.turns.next();
  }

  /**
   * The rows of a listing, sorted ascending by `keyOf` and filtered, cached until the next write: paging
   * through a filtered listing then costs a binary search per page instead of a scan of the whole store.
   */
  private async listing<K extends EntityKind>(
    kind: K,
    order: string,
    keyOf: (r: EntityOf[K]) => SortKey,
    filter: object,
    matcher: () => (r: EntityOf[K]) => boolean,
  ): Promise<EntityOf[K][]> {
    const sortedKey = `${kind}:${order}`;
    const filteredKey = `${sortedKey}:${JSON.stringify(filter)}`;
    const unfiltered = Object.keys(filter).length === 0;
    const fresh = (key: string) => this.listings.get(key)?.version === this.state.cacheVersion;
    if (!fresh(sortedKey) || !(unfiltered || fresh(filteredKey))) await this.scanTurn();
    // Read after the turn: a write may have landed while this listing waited.
    const version = this.state.cacheVersion;
    let sorted = this.listings.get(sortedKey);
    if (sorted?.version !== version) {
      const rows = [...this.state.all(kind)].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
      this.listings.set(sortedKey, (sorted = { version, rows }));
    }
    if (unfiltered) return sorted.rows as EntityOf[K][];
    let filtered = this.listings.get(filteredKey);
    if (filtered?.version !== version) {
      const rows = (sorted.rows as EntityOf[K][]).filter(matcher());
      this.listings.set(filteredKey, (filtered = { version, rows }));
    }
    return filtered.rows as EntityOf[K][];
  }
}

/** Enough for the filters a few dashboards page through at once; each holds at most one array of references. */
const MAX_CACHED_LISTINGS = 32;

/**
 * snapshot.json: the network, and the audit records the audit log has not confirmed yet (so that a
 * compaction never drops the only copy of an acknowledged write's entry).
 */
type StoredSnapshot = NetworkSnapshot & { audit?: AuditRecord[] };

/** What went wrong with a failed write, in words without paths: the errno of the cause, if there is one. */
function ioProblem(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause ?? error;
  switch ((cause as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the data volume';
    case 'EROFS':
      return 'the data volume is read-only';
    case 'EIO':
      return 'an I/O error on the data volume';
    default:
      return 'the data directory cannot be written';
  }
}
