import {
  ENTITY_KINDS,
  deepFreeze,
  forEachLink,
  type AreaLevel,
  type EntityKind,
  type EntityOf,
  type LinkField,
  type WriteBatch,
} from '../../domain';
import type { NetworkSnapshot, WriteResult } from '../network-store';
import { IdList } from './id-list';
import { isEmptyChangeSet, planWrite, type ChangeSet, type PlanningView } from '../write-plan';

export type { ChangeSet } from '../write-plan';

type Records = { [K in EntityKind]: Map<string, EntityOf[K]> };

/**
 * The records of one kind that refer to an entity: the one id while there is one (most entities have one
 * or two referrers, and an import indexes hundreds of thousands), a list from the second on.
 */
type Entry = string | IdList;

/**
 * Per kind of record: an entity's id → the ids of the records of that kind that refer to it. A kind's
 * index is built when first asked for (see referrersIndex).
 */
type Referrers = Partial<Record<EntityKind, Map<string, Entry>>>;

/**
 * The whole network in memory with a reverse index of references, so a delete finds what links to the
 * deleted entity without a scan. Mutated only by `apply`; `plan` is pure (it may build an index).
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
    actors: {},
    partnerships: {},
    areas: {},
    themes: {},
    targetGroups: {},
  };
  /** Bumped on every apply, so query caches know when to rebuild. */
  private version = 0;

  revision = 0;

  static fromSnapshot(snapshot: NetworkSnapshot): NetworkState {
    const state = new NetworkState();
    state.replay({
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
    const entry = this.referrersIndex(target, kind).get(id);
    return entry === undefined ? [] : typeof entry === 'string' ? [entry] : entry.toArray();
  }

  /**
   * The index of the references of `kind`'s records to `target`, built from all of them when first needed
   * and kept up to date by every apply after. Built lazily so that a write (an import of a hundred
   * thousand records, the replay on open) is not kept waiting for lookups nobody has asked for yet; the
   * first delete or reverse lookup pays for it once (about what indexing the records as they come would
   * have cost).
   */
  private referrersIndex(target: EntityKind, kind: EntityKind): Map<string, Entry> {
    let byId = this.referrers[target][kind];
    if (!byId) {
      byId = this.referrers[target][kind] = new Map();
      this.index(kind, this.records[kind].values(), target);
    }
    return byId;
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

  /** Applies a change set read from disk (journal or snapshot): its records are frozen first. */
  replay(changes: ChangeSet): void {
    for (const kind of ENTITY_KINDS) changes.put[kind]?.forEach(deepFreeze);
    this.apply(changes);
  }

  /**
   * Applies a planned change set, whose records are deeply frozen (planWrite's are), and moves to its
   * revision. Readers get these very objects (no copies, for speed): frozen, nobody can change the store
   * behind its back.
   */
  apply(changes: ChangeSet): void {
    for (const kind of ENTITY_KINDS) {
      for (const id of changes.remove[kind] ?? []) {
        const current = this.get(kind, id);
        if (current) this.unindex(kind, current);
        this.records[kind].delete(id);
        for (const referrer of ENTITY_KINDS) this.referrers[kind][referrer]?.delete(id);
      }
    }
    for (const kind of ENTITY_KINDS) {
      const put = changes.put[kind];
      if (!put) continue;
      for (const record of put) {
        const current = this.get(kind, record.id);
        if (current) this.unindex(kind, current);
        (this.records[kind] as Map<string, EntityOf[typeof kind]>).set(record.id, record);
      }
      this.index(kind, put);
    }
    this.revision = changes.revision;
    this.version++;
  }

  /**
   * Adds `records` (of `kind`) to the indexes built so far (only to that of `target`, when given): one
   * visit per reference, nothing allocated for most.
   */
  private index<K extends EntityKind>(kind: K, records: Iterable<EntityOf[K]>, target?: EntityKind): void {
    const referrers = this.referrers;
    if (!ENTITY_KINDS.some((to) => referrers[to][kind])) return;
    let record: EntityOf[K];
    const visit = (to: EntityKind, id: string, field: LinkField, index: number) => {
      const byId = referrers[to][kind];
      if (byId === undefined || (target !== undefined && to !== target)) return;
      if (field === 'participants' && earlierParticipant(record as EntityOf['partnerships'], id, index))
        return;
      const entry = byId.get(id);
      if (entry === undefined) byId.set(id, record.id);
      else if (typeof entry !== 'string') entry.add(record.id);
      else {
        const ids = new IdList();
        ids.add(entry);
        ids.add(record.id);
        byId.set(id, ids);
      }
    };
    for (record of records) forEachLink(kind, record, visit);
  }

  private unindex<K extends EntityKind>(kind: K, record: EntityOf[K]): void {
    forEachLink(kind, record, (target, id, field, index) => {
      const byId = this.referrers[target][kind];
      if (byId === undefined) return;
      if (field === 'participants' && earlierParticipant(record as EntityOf['partnerships'], id, index))
        return;
      const entry = byId.get(id);
      if (typeof entry !== 'string') entry?.remove(record.id);
      if (entry === record.id || (typeof entry === 'object' && entry.size === 0)) byId.delete(id);
    });
  }
}

/**
 * Whether a partnership lists this actor before position `before` too: only an actor taking part in two
 * roles is linked twice (the other lists hold no repeats), and the index lists each referrer once.
 */
function earlierParticipant(p: EntityOf['partnerships'], actorId: string, before: number): boolean {
  for (let j = 0; j < before; j++) if (p.participants[j]!.actorId === actorId) return true;
  return false;
}
