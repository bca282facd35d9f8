import {
  UnavailableError,
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
import { EventLoopTurns } from '../../lib/event-loop-turns';
import { EmbeddedListings } from './embedded-listings';
import { neighbourhood, partnersOf, selectedSnapshot } from './embedded-reads';
import { EmbeddedWriter, type StoreLog } from './embedded-writer';
import type { NetworkState } from './network-state';

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

/**
 * The store for machines without Neo4j: the whole network in memory, every acknowledged write journalled
 * and fsync'd first (see durability/). Writes are serialised; reads never wait for them. The write path
 * is embedded-writer.ts's, listings and search embedded-listings.ts's, the other reads embedded-reads.ts's.
 */
export class EmbeddedStore implements NetworkStore {
  readonly kind = 'embedded' as const;
  private closed = false;
  private readonly listings: EmbeddedListings;

  private constructor(
    private readonly writer: EmbeddedWriter,
    private readonly state: NetworkState,
    private readonly turns: EventLoopTurns,
  ) {
    this.listings = new EmbeddedListings(state, () => this.scanTurn());
  }

  /** Opens (or creates) the store in `dataDir`: loads the snapshot, replays the journal, takes the directory lock. */
  static async open(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
    const { writer, state } = await EmbeddedWriter.open(options);
    return new EmbeddedStore(writer, state, options.turns ?? new EventLoopTurns());
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
    return this.listings.actors(filter, order, page);
  }

  async listPartnerships(
    filter: PartnershipFilter,
    order: PartnershipOrder,
    page: PageRequest,
  ): Promise<Page<Partnership>> {
    this.ensureOpen();
    return this.listings.partnerships(filter, order, page);
  }

  async referrers(target: EntityKind, ids: readonly string[], kind: EntityKind): Promise<string[][]> {
    this.ensureOpen();
    return ids.map((id) => this.state.referrersOf(target, id, kind).sort());
  }

  async partnersOf(actorIds: readonly string[]): Promise<ActorPartners[]> {
    this.ensureOpen();
    return partnersOf(this.state, actorIds);
  }

  async search(query: string, first: number, evidence?: readonly Evidence[]): Promise<SearchHit[]> {
    this.ensureOpen();
    return this.listings.search(query, first, evidence);
  }

  async sizes(): Promise<StoreSizes> {
    this.ensureOpen();
    return { actors: this.state.count('actors'), partnerships: this.state.count('partnerships') };
  }

  async listAreas(filter: AreaFilter): Promise<Area[]> {
    this.ensureOpen();
    return this.listings.areas(filter);
  }

  async listThemes(): Promise<Theme[]> {
    this.ensureOpen();
    return this.listings.themes();
  }

  async listTargetGroups(): Promise<TargetGroup[]> {
    this.ensureOpen();
    return this.listings.targetGroups();
  }

  write(input: unknown, options: WriteOptions = {}): Promise<WriteResult> {
    return this.writer.write(input, options, () => this.ensureOpen());
  }

  async auditRecordsAfter(revision: number): Promise<AuditRecord[]> {
    this.ensureOpen();
    return this.writer.auditRecordsAfter(revision);
  }

  confirmAudit(revision: number): void {
    this.writer.confirmAudit(revision);
  }

  async neighbourhood(actorId: string, hops: number, filter: NetworkFilter = {}): Promise<ReachedActor[]> {
    this.ensureOpen();
    return neighbourhood(this.state, actorId, hops, filter);
  }

  async snapshot(filter: NetworkFilter = {}): Promise<NetworkSnapshot> {
    this.ensureOpen();
    await this.scanTurn();
    return selectedSnapshot(this.state, filter);
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, store: this.kind, detail: 'store is closed' };
    const unwritable = await this.writer.unwritable();
    if (unwritable) return { ok: false, store: this.kind, revision: this.state.revision, detail: unwritable };
    const { compactionFailure } = this.writer;
    return {
      ok: true,
      store: this.kind,
      revision: this.state.revision,
      ...(compactionFailure
        ? { detail: `journal compaction failed, the journal still holds every write: ${compactionFailure}` }
        : {}),
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writer.close();
  }

  private ensureOpen(): void {
    if (this.closed) throw new UnavailableError('the embedded store is closed');
  }

  /**
   * Waits for this store's turn on the event loop before a scan of every record (search, a listing to
   * sort or filter, a snapshot): the scans of one request (150 aliased searches) run one per turn, with
   * other requests and /healthz answered between them, instead of holding the loop for all of them.
   */
  private scanTurn(): Promise<void> {
    return this.turns.next();
  }
}
