import {
  ENTITY_KINDS,
  deepFreeze,
  forEachLink,
  type AreaLevel,
  type EntityKind,
  type EntityOf,
  type WriteBatch,
} from '../../domain';
import type { NetworkSnapshot, WriteResult } from '../network-store';
import { isEmptyChangeSet, planWrite, type ChangeSet, type PlanningView } from '../write-plan';

export type { ChangeSet } from '../write-plan';

type Records = { [K in EntityKind]: Map<string, EntityOf[K]> };

/** The records of each kind that refer to one entity. */
type Referrers = { [K in EntityKind]?: Set<string> };

/**
 * The whole network in memory with a reverse index of references, so a delete finds what links to the
 * deleted entity without a scan. Mutated only by `apply`; `plan` is pure.
 */
export class NetworkState implements PlanningView {
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
   * Works out what a validated batch does to this state, without changing it (see write-plan.ts, the
   * planning every store shares): throws a ValidationError listing every reference problem, else returns
   * the change set and the result to report.
   */
  plan(batch: WriteBatch): { changes: ChangeSet; result: WriteResult } {
    return planWrite(batch, this);
  }

  /** True when a change set has nothing to put or remove. */
  static isEmpty(changes: ChangeSet): boolean {
    return isEmptyChangeSet(changes);
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
    forEachLink(kind, record, (target, id) => {
      const byId = this.referrers[target];
      let referrers = byId.get(id);
      if (!referrers) byId.set(id, (referrers = {}));
      (referrers[kind] ??= new Set()).add(record.id);
    });
  }

  private unindex<K extends EntityKind>(kind: K, record: EntityOf[K]): void {
    forEachLink(kind, record, (target, id) => {
      const referrers = this.referrers[target].get(id);
      const set = referrers?.[kind];
      set?.delete(record.id);
      if (set?.size === 0) delete referrers![kind];
      if (referrers && Object.keys(referrers).length === 0) this.referrers[target].delete(id);
    });
  }
}
