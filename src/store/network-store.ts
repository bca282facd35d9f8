import type {
  Actor,
  ActorKind,
  Area,
  Evidence,
  AreaLevel,
  EntityKind,
  EntityOf,
  NetworkFilter,
  OrganisationIdentifier,
  Partnership,
  PartnershipKind,
  Role,
  Sector,
  TargetGroup,
  Theme,
} from '../domain';

/** An actor's partnerships and the actors taking part in them (NetworkStore.partnersOf). */
export interface ActorPartners {
  partnerships: Partnership[];
  actors: Actor[];
}

/**
 * The port every store adapter implements (docs/design.md §2): the embedded store for machines without a
 * database, Neo4j in production. Both pass the same contract suite (test/store/contract), so the API and
 * analytics never know which one they talk to.
 */
export interface NetworkStore {
  readonly kind: StoreKind;

  /** Monotonic: bumped by every write that changes something, never by reads or no-op writes. */
  revision(): Promise<number>;

  /** Batch lookup for DataLoader: one result per id, in the order asked, null where there is none. */
  getMany<K extends EntityKind>(kind: K, ids: readonly string[]): Promise<(EntityOf[K] | null)[]>;

  /** A page of actors in a stable order: the same cursor gives the same next page as long as nothing changes. */
  listActors(filter: ActorFilter, order: ActorOrder, page: PageRequest): Promise<Page<Actor>>;
  listPartnerships(
    filter: PartnershipFilter,
    order: PartnershipOrder,
    page: PageRequest,
  ): Promise<Page<Partnership>>;
  /**
   * Batch reverse lookup for DataLoader: for each target id, in the order asked, the ids (sorted) of the
   * records of `kind` that refer to it (e.g. the partnerships an actor takes part in, the children of an
   * area, the actors based in an area). Unknown ids give empty lists.
   */
  referrers(target: EntityKind, ids: readonly string[], kind: EntityKind): Promise<string[][]>;

  /**
   * Batch lookup for DataLoader: for each actor id, in the order asked, the partnerships it takes part in
   * and every actor taking part in them (itself too), all whole and sorted by id, in one read: an actor's
   * partners, hub or not, without a lookup per partnership. Unknown ids give empty lists.
   */
  partnersOf(actorIds: readonly string[]): Promise<ActorPartners[]>;

  /**
   * Entities of every kind whose name (or acronym, or title) matches `query` word by word: each word of the
   * query, case and accents ignored, starts a word of the name. Best matches first (see listing/search.ts
   * `compareSearchHits`); `first` is checked like a page size. With `evidence`, only actors and partnerships
   * of those evidences (areas, themes and target groups have none and always match).
   */
  search(query: string, first: number, evidence?: readonly Evidence[]): Promise<SearchHit[]>;

  /**
   * How many actors and partnerships are stored: what a search or a text-filtered listing scans, by
   * which the query limits price those (graphql/limits/cost.ts). Cheap: counters, or Neo4j's count store.
   */
  sizes(): Promise<StoreSizes>;

  /** Areas ordered by level (country first), then name. */
  listAreas(filter: AreaFilter): Promise<Area[]>;
  /** Themes and target groups ordered by name. */
  listThemes(): Promise<Theme[]>;
  listTargetGroups(): Promise<TargetGroup[]>;

  /**
   * Applies a write batch atomically: it is validated whole (fields, duplicates, references) and either
   * every record is written and the revision bumped once, or a ValidationError lists every problem and
   * nothing changes. Upserts replace the record with that id. Deleting an entity removes every link to it;
   * a partnership left with no participant is deleted with it and reported in `changed`. With
   * `expectedRevision`, the write is refused with a ConflictError (and nothing changes) when the store has
   * moved past that revision: a read-modify-write cannot overwrite a change it did not see.
   */
  write(batch: unknown, options?: WriteOptions): Promise<WriteResult>;

  /**
   * The audit records committed with writes (WriteOptions.audit) after `revision`, by revision. The audit
   * log reads them to catch up with writes whose entry it could not append (a crash or full disk between
   * the commit and its line).
   */
  auditRecordsAfter(revision: number): Promise<AuditRecord[]>;

  /**
   * Tells the store that the audit log durably holds every record up to `revision`: a store that keeps
   * records only until then (the embedded one) may forget them. Never fails.
   */
  confirmAudit(revision: number): void;

  /**
   * The actors within `hops` ties of `actorId` in the actor network of `filter` (docs/design.md §4: nodes are
   * the actors passing `sectors`, tied when they share a partnership passing the other fields), each with
   * its distance, by distance then id; the origin is not listed, and an origin outside the network reaches
   * nobody. NotFoundError for an unknown actor; `hops` from 0 to MAX_HOPS (neighbourhood.ts).
   */
  neighbourhood(actorId: string, hops: number, filter?: NetworkFilter): Promise<ReachedActor[]>;

  /** The network for analytics: actors passing `sectors`, partnerships passing the other fields, all vocabularies. */
  snapshot(filter?: NetworkFilter): Promise<NetworkSnapshot>;

  /** Never throws: an unreachable or closed store reports `ok: false` with a reason (for /readyz). */
  health(): Promise<StoreHealth>;
  /** Releases files, locks or connections. Idempotent; any later call but health() fails with an UnavailableError. */
  close(): Promise<void>;
}

export type StoreKind = 'embedded' | 'neo4j';

export interface StoreSizes {
  actors: number;
  partnerships: number;
}

export interface ActorFilter {
  ids?: readonly string[];
  sectors?: readonly Sector[];
  kinds?: readonly ActorKind[];
  /** Actors whose home area is one of these or inside one of them. */
  homeAreaIds?: readonly string[];
  /** Case- and accent-insensitive substring of name or acronym. */
  text?: string;
  /** Actors with at least one of these organisation identifiers (compared by identifierKey). */
  identifiers?: readonly OrganisationIdentifier[];
  /**
   * Actors taking part in at least one partnership passing this filter; its `roles` are the actor's own
   * roles in that partnership (its `actorIds` and `ids` narrow the partnerships as usual).
   */
  partnerships?: PartnershipFilter;
  /** Actors whose provenance has one of these evidences (absent: any; the API's default is in the domain). */
  evidence?: readonly Evidence[];
}

export const ACTOR_ORDER_FIELDS = ['NAME', 'ID'] as const;
export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export interface ActorOrder {
  field: (typeof ACTOR_ORDER_FIELDS)[number];
  direction: (typeof SORT_DIRECTIONS)[number];
}
export const DEFAULT_ACTOR_ORDER: ActorOrder = { field: 'NAME', direction: 'ASC' };

export const PARTNERSHIP_ORDER_FIELDS = ['TITLE', 'START_DATE', 'ID'] as const;
/** By title (folded); by start date with undated partnerships first, then title; or by id. */
export interface PartnershipOrder {
  field: (typeof PARTNERSHIP_ORDER_FIELDS)[number];
  direction: (typeof SORT_DIRECTIONS)[number];
}
export const DEFAULT_PARTNERSHIP_ORDER: PartnershipOrder = { field: 'TITLE', direction: 'ASC' };

export interface PartnershipFilter {
  ids?: readonly string[];
  kinds?: readonly PartnershipKind[];
  /** Partnerships with at least one of these actors among participants (in one of `roles`, if given). */
  actorIds?: readonly string[];
  roles?: readonly Role[];
  /** Partnerships in one of these areas or inside one of them. */
  areaIds?: readonly string[];
  themeIds?: readonly string[];
  targetGroupIds?: readonly string[];
  asOf?: string;
  /** Case- and accent-insensitive substring of the title. */
  text?: string;
  /**
   * Partnerships whose provenance has one of these evidences; `actorIds`, `roles` and `areaIds` then look
   * only at the participations and area links that pass too (absent: any evidence).
   */
  evidence?: readonly Evidence[];
}

export interface AreaFilter {
  level?: AreaLevel;
  parentId?: string;
}

export interface PageRequest {
  first: number;
  /** An opaque cursor from a previous page of the same listing and order. */
  after?: string;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Page<T> {
  edges: Edge<T>[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ReachedActor {
  actorId: string;
  /** Ties on a shortest path from the origin: 1 for its direct partners. */
  hops: number;
}

export interface WriteOptions {
  /** Refuse the write (ConflictError) unless the store is still at this revision. */
  expectedRevision?: number;
  /**
   * Makes the audit record of this write, committed with it: called once the write is planned, with the
   * result it will have, and never for a write that changes nothing. The record is part of the same commit
   * (the embedded store's journal frame, the Neo4j transaction), so the write and its record are durable
   * together or not at all. `kept(kind, id)`: whether a changed record still exists after the write.
   */
  audit?: (result: WriteResult, kept: (kind: EntityKind, id: string) => boolean) => AuditRecord;
}

/** An audit record as a store keeps it: JSON the store does not look into, but for its revision. */
export interface AuditRecord {
  revision: number;
  [field: string]: unknown;
}

export interface SearchHit {
  kind: EntityKind;
  id: string;
  /** The actor's name, the partnership's title, or the area's, theme's or group's name. */
  name: string;
  /** 3: the whole name or acronym equals the query; 2: the name starts with it; 1: every word matches a word. */
  score: number;
}

/** What became of a write's upserted records of one kind. */
export interface KindCounts {
  created: number;
  /** Stored before and different now. */
  updated: number;
  /** Identical to the stored record. */
  unchanged: number;
}

export interface WriteResult {
  revision: number;
  created: number;
  updated: number;
  /** Upserted records identical to what was stored: a re-import of the same data changes nothing. */
  unchanged: number;
  deleted: number;
  /** Ids of every record created, updated or deleted (cascaded deletions included), for change notifications. */
  changed: Record<EntityKind, string[]>;
  /**
   * Per kind, the batch's upserted records only (not the records a deletion detached): what an import
   * reports, counted by the write itself, so no second look at the store can disagree with it.
   */
  upserts: Record<EntityKind, KindCounts>;
}

export interface NetworkSnapshot {
  revision: number;
  actors: Actor[];
  partnerships: Partnership[];
  areas: Area[];
  themes: Theme[];
  targetGroups: TargetGroup[];
}

export interface StoreHealth {
  ok: boolean;
  store: StoreKind;
  revision?: number;
  detail?: string;
}
