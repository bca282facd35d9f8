import {
  ENTITY_KINDS,
  ValidationError,
  detachFrom,
  linksOf,
  referenceIssues,
  DELETION_KEYS,
  type AreaLevel,
  type EntityKind,
  type EntityOf,
  type WriteBatch,
} from '../../domain';
import type { NetworkSnapshot, WriteResult } from '../network-store';

type Records = { [K in EntityKind]: Map<string, EntityOf[K]> };

/**
 * What one write does, fully resolved: whole records to put and ids to remove, cascades included. This is
 * what the journal stores, so replaying it needs no validation and cannot come out differently.
 */
export interface ChangeSet {
  revision: number;
  put: { [K in EntityKind]?: EntityOf[K][] };
  remove: { [K in EntityKind]?: string[] };
}

/** The records of each kind that refer to one entity. */
type Referrers = { [K in EntityKind]?: Set<string> };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const key in value) {
      const child = value[key];
      if (typeof child === 'object' && child !== null) deepFreeze(child);
    }
  }
  return value;
}

function emptyChanged(): Record<EntityKind, string[]> {
  return { actors: [], partnerships: [], areas: [], themes: [], targetGroups: [] };
}

/**
 * The whole network in memory with a reverse index of references, so a delete finds what links to the
 * deleted entity without a scan. Mutated only by `apply`; `plan` is pure.
 */
export class NetworkState {
  private readonly records: Records = {
    actors: new Map(),
    partnerships: new Map(),
    areas: new Map(),
    themes: new Map(),
    targetGroups: new Map(),
  };
  /** Per kind of entity: its id → the ids, per kind, of the records that refer to it. */
  private readonly referrers: Record<EntityKind, Map<string, Referrers>> = {
    actors: new Map(),
    partnerships: new Map(),
    areas: new Map(),
    themes: new Map(),
    targetGroups: new Map(),
  };
  /** Bumped on every apply, so query caches know when to rebuild. */
  private version = 0;

  revision = 0;

  static fromSnapshot(snapshot: NetworkSnapshot): NetworkState {
    const state = new NetworkState();
    state.apply({
      revision: snapshot.revision,
      put: {
        areas: snapshot.areas,
        themes: snapshot.themes,
        targetGroups: snapshot.targetGroups,
        actors: snapshot.actors,
        partnerships: snapshot.partnerships,
      },
      remove: {},
    });
    return state;
  }

  get cacheVersion(): number {
    return this.version;
  }

  get<K extends EntityKind>(kind: K, id: string): EntityOf[K] | undefined {
    return (this.records[kind] as Map<string, EntityOf[K]>).get(id);
  }

  all<K extends EntityKind>(kind: K): IterableIterator<EntityOf[K]> {
    return (this.records[kind] as Map<string, EntityOf[K]>).values();
  }

  count(kind: EntityKind): number {
    return this.records[kind].size;
  }

  /** Ids of the records of `kind` that refer to the entity. */
  referrersOf(target: EntityKind, id: string, kind: EntityKind): string[] {
    return [...(this.referrers[target].get(id)?.[kind] ?? [])];
  }

  areaLevel(id: string): AreaLevel | undefined {
    return this.records.areas.get(id)?.level;
  }

  toSnapshot(): NetworkSnapshot {
    return {
      revision: this.revision,
      actors: [...this.records.actors.values()],
      partnerships: [...this.records.partnerships.values()],
      areas: [...this.records.areas.values()],
      themes: [...this.records.themes.values()],
      targetGroups: [...this.records.targetGroups.values()],
    };
  }

  /**
   * Works out what a validated batch does to this state, without changing it: throws a ValidationError
   * listing every reference problem, else returns the change set and the result to report. A batch that
   * changes nothing yields an empty change set at the current revision.
   */
  plan(batch: WriteBatch): { changes: ChangeSet; result: WriteResult } {
    const issues = referenceIssues(batch, {
      exists: (kind, id) => this.records[kind].has(id),
      areaLevel: (id) => this.areaLevel(id),
      childAreas: (id) =>
        this.referrersOf('areas', id, 'areas').map((child) => ({ id: child, level: this.areaLevel(child)! })),
    });
    if (issues.length > 0) throw new ValidationError(issues, 'write batch');

    const removed = Object.fromEntries(
      ENTITY_KINDS.map((k) => [k, new Set(batch.delete[DELETION_KEYS[k]])]),
    ) as Record<EntityKind, Set<string>>;
    const upserted = Object.fromEntries(
      ENTITY_KINDS.map((k) => [k, new Map<string, unknown>(batch.upsert[k].map((r) => [r.id, r]))]),
    ) as Record<EntityKind, Map<string, unknown>>;
    const isDeleted = (kind: EntityKind, id: string) => removed[kind].has(id);
    const result: WriteResult = {
      revision: this.revision,
      created: 0,
      updated: 0,
      unchanged: 0,
      deleted: 0,
      changed: emptyChanged(),
    };
    const put: ChangeSet['put'] = {};
    const putRecord = <K extends EntityKind>(kind: K, record: EntityOf[K]) => {
      ((put[kind] ??= []) as EntityOf[K][]).push(record);
      result.changed[kind].push(record.id);
    };

    // Records that link to a deleted entity lose the link; a partnership losing its last participant goes too.
    const detachedAlready = new Set<string>();
    for (const target of ENTITY_KINDS) {
      for (const targetId of batch.delete[DELETION_KEYS[target]]) {
        const referrers = this.referrers[target].get(targetId) ?? {};
        for (const kind of ENTITY_KINDS) {
          for (const id of referrers[kind] ?? []) {
            // detachFrom drops the links to everything deleted at once, so each referrer is handled once.
            const key = `${kind}:${id}`;
            if (removed[kind].has(id) || upserted[kind].has(id) || detachedAlready.has(key)) continue;
            detachedAlready.add(key);
            const detached = detachFrom(kind, this.get(kind, id)!, isDeleted);
            if (kind === 'partnerships' && (detached as EntityOf['partnerships']).participants.length === 0) {
              removed.partnerships.add(id);
            } else {
              putRecord(kind, detached);
              result.updated++;
            }
          }
        }
      }
    }
    for (const kind of ENTITY_KINDS) {
      for (const record of batch.upsert[kind]) {
        const current = this.get(kind, record.id);
        if (current && JSON.stringify(current) === JSON.stringify(record)) {
          result.unchanged++;
          continue;
        }
        if (current) result.updated++;
        else result.created++;
        putRecord(kind, record);
      }
    }
    const remove: ChangeSet['remove'] = {};
    for (const kind of ENTITY_KINDS) {
      if (removed[kind].size === 0) continue;
      remove[kind] = [...removed[kind]];
      result.changed[kind].push(...removed[kind]);
      result.deleted += removed[kind].size;
    }
    const changesSomething = Object.keys(put).length > 0 || Object.keys(remove).length > 0;
    if (changesSomething) result.revision = this.revision + 1;
    return { changes: { revision: result.revision, put, remove }, result };
  }

  /** True when a change set has nothing to put or remove. */
  static isEmpty(changes: ChangeSet): boolean {
    return Object.keys(changes.put).length === 0 && Object.keys(changes.remove).length === 0;
  }

  /** Applies a planned (or replayed) change set and moves to its revision. */
  apply(changes: ChangeSet): void {
    for (const kind of ENTITY_KINDS) {
      for (const id of changes.remove[kind] ?? []) {
        const current = this.get(kind, id);
        if (current) this.unindex(kind, current);
        this.records[kind].delete(id);
        this.referrers[kind].delete(id);
      }
    }
    for (const kind of ENTITY_KINDS) {
      for (const record of changes.put[kind] ?? []) {
        const current = this.get(kind, record.id);
        if (current) this.unindex(kind, current);
        // Readers get these very objects (no copies, for speed): frozen, nobody can change the store behind its back.
        (this.records[kind] as Map<string, EntityOf[typeof kind]>).set(record.id, deepFreeze(record));
        this.index(kind, record);
      }
    }
    this.revision = changes.revision;
    this.version++;
  }

  private index<K extends EntityKind>(kind: K, record: EntityOf[K]): void {
    for (const link of linksOf(kind, record)) {
      const byId = this.referrers[link.kind];
      let referrers = byId.get(link.id);
      if (!referrers) byId.set(link.id, (referrers = {}));
      (referrers[kind] ??= new Set()).add(record.id);
    }
  }

  private unindex<K extends EntityKind>(kind: K, record: EntityOf[K]): void {
    for (const link of linksOf(kind, record)) {
      const referrers = this.referrers[link.kind].get(link.id);
      const set = referrers?.[kind];
      set?.delete(record.id);
      if (set?.size === 0) delete referrers![kind];
      if (referrers && Object.keys(referrers).length === 0) this.referrers[link.kind].delete(link.id);
    }
  }
}
