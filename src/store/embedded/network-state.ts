import {
  ENTITY_KINDS,
  deepFreeze,
  forEachLink,
  isParsed,
  type AreaLevel,
  type EntityKind,
  type EntityOf,
  type WriteBatch,
} from '../../domain';
import type { NetworkSnapshot, WriteResult } from '../network-store';
import { IdList } from './id-list';
import { isEmptyChangeSet, planWrite, type ChangeSet, type PlanningView } from '../write-plan';

export type { ChangeSet } from '../write-plan';

type Records = { [K in EntityKind]: Map<string, EntityOf[K]> };

/** Per kind of record: an entity's id → the ids of the records of that kind that refer to it. */
type Referrers = Record<EntityKind, Map<string, IdList>>;

const emptyReferrers = (): Referrers => ({
  actors: new Map(),
  partnerships: new Map(),
  areas: new Map(),
  themes: new Map(),
  targetGroups: new Map(),
});

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
  /** Per kind of entity, the records that refer to each (referrers.actors.partnerships: an actor's partnerships). */
  private readonly referrers: Record<EntityKind, Referrers> = {
    actors: emptyReferrers(),
    partnerships: emptyReferrers(),
    areas: emptyReferrers(),
    themes: emptyReferrers(),
    targetGroups: emptyReferrers(),
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
    return this.referrers[target][kind].get(id)?.toArray() ?? [];
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
        for (const referrer of ENTITY_KINDS) this.referrers[kind][referrer].delete(id);
      }
    }
    for (const kind of ENTITY_KINDS) {
      for (const record of changes.put[kind] ?? []) {
        const current = this.get(kind, record.id);
        if (current) this.unindex(kind, current);
        // Readers get these very objects (no copies, for speed): frozen, nobody can change the store behind its
        // back. Records a schema produced (isParsed) are frozen already.
        const frozen = isParsed(kind, record) ? record : deepFreeze(record);
        (this.records[kind] as Map<string, EntityOf[typeof kind]>).set(record.id, frozen);
        this.index(kind, record);
      }
    }
    this.revision = changes.revision;
    this.version++;
  }

  private index<K extends EntityKind>(kind: K, record: EntityOf[K]): void {
    forEachDistinctTarget(kind, record, (target, id) => {
      const byId = this.referrers[target][kind];
      let ids = byId.get(id);
      if (!ids) byId.set(id, (ids = new IdList()));
      ids.add(record.id);
    });
  }

  private unindex<K extends EntityKind>(kind: K, record: EntityOf[K]): void {
    forEachDistinctTarget(kind, record, (target, id) => {
      const byId = this.referrers[target][kind];
      const ids = byId.get(id);
      ids?.remove(record.id);
      if (ids?.size === 0) byId.delete(id);
    });
  }
}

/**
 * Every entity a record refers to, once: only an actor taking part in two roles is linked twice (the
 * other lists hold no repeats), and the index lists each referrer once.
 */
function forEachDistinctTarget<K extends EntityKind>(
  kind: K,
  record: EntityOf[K],
  visit: (target: EntityKind, id: string) => void,
): void {
  forEachLink(kind, record, (target, id, field, index) => {
    if (field === 'participants' && earlierParticipant(record as EntityOf['partnerships'], id, index)) return;
    visit(target, id);
  });
}

function earlierParticipant(p: EntityOf['partnerships'], actorId: string, before: number): boolean {
  for (let j = 0; j < before; j++) if (p.participants[j]!.actorId === actorId) return true;
  return false;
}
