import DataLoader from 'dataloader';
import { ENTITY_NAMES, NotFoundError, type Area, type EntityKind, type EntityOf } from '../domain';
import type { ActorPartners, NetworkStore } from '../store/network-store';

export type EntityLoaders = { [K in EntityKind]: DataLoader<string, EntityOf[K] | null> };

export interface Loaders extends EntityLoaders {
  /**
   * Reverse lookups: `referrers('actors', 'partnerships').load(actorId)` gives the ids (sorted) of the
   * partnerships that actor takes part in; likewise ('areas', 'areas') the child areas, ('areas', 'actors')
   * the actors based in an area, ('themes' | 'targetGroups' | 'areas', 'partnerships') the partnerships on a
   * theme, for a group, in an area. One loader per (target, kind) pair and request.
   */
  referrers(target: EntityKind, kind: EntityKind): DataLoader<string, string[]>;
  /**
   * An actor's partnerships and the actors taking part in them, whole (NetworkStore.partnersOf): one round
   * trip for a hub's partners. What it reads primes the actor and partnership loaders.
   */
  partners: DataLoader<string, ActorPartners>;
  /** Every area, fetched at most once per request: what descendant expansion walks (area/area-scope.ts). */
  allAreas(): Promise<Area[]>;
  /** Forgets the reverse lookups, partners and the area list: after a write, any of them may have changed. */
  forgetDerived(): void;
}

/**
 * One DataLoader per entity kind, for one request only: a request sees its own consistent cache and
 * never another request's data. All lookups of a kind made in one tick become one store round trip.
 */
export function createLoaders(store: NetworkStore): Loaders {
  return new RequestLoaders(store);
}

/**
 * Each loader is made the first time it is asked for: most operations (`about`, a page of a listing, a
 * cached analytics answer) use one or two of them, or none, and making all six for every request was
 * 2 % of the time of `{ about { revision } }`.
 */
class RequestLoaders implements Loaders {
  private readonly entities: Partial<EntityLoaders> = {};
  private readonly reverse = new Map<string, DataLoader<string, string[]>>();
  private partnersOf?: DataLoader<string, ActorPartners>;
  private areaList?: Promise<Area[]>;

  constructor(private readonly store: NetworkStore) {}

  get actors() {
    return this.entity('actors');
  }
  get partnerships() {
    return this.entity('partnerships');
  }
  get areas() {
    return this.entity('areas');
  }
  get themes() {
    return this.entity('themes');
  }
  get targetGroups() {
    return this.entity('targetGroups');
  }

  get partners(): DataLoader<string, ActorPartners> {
    return (this.partnersOf ??= new DataLoader<string, ActorPartners>(
      async (ids) => {
        const found = await this.store.partnersOf(ids);
        for (const { partnerships, actors } of found) {
          for (const p of partnerships) this.partnerships.prime(p.id, p);
          for (const a of actors) this.actors.prime(a.id, a);
        }
        return found;
      },
      { maxBatchSize: 1000 },
    ));
  }

  referrers(target: EntityKind, kind: EntityKind): DataLoader<string, string[]> {
    const key = `${target}:${kind}`;
    let found = this.reverse.get(key);
    if (!found)
      this.reverse.set(
        key,
        (found = new DataLoader<string, string[]>((ids) => this.store.referrers(target, ids, kind), {
          maxBatchSize: 1000,
        })),
      );
    return found;
  }

  allAreas(): Promise<Area[]> {
    // Primes the area loader too: parents, children and home areas then cost no further round trip.
    return (this.areaList ??= this.store.listAreas({}).then((all) => {
      for (const area of all) this.areas.prime(area.id, area);
      return all;
    }));
  }

  forgetDerived(): void {
    for (const found of this.reverse.values()) found.clearAll();
    this.partnersOf?.clearAll();
    this.areaList = undefined;
  }

  private entity<K extends EntityKind>(kind: K): EntityLoaders[K] {
    const made = this.entities as Record<EntityKind, DataLoader<string, unknown>>;
    return (made[kind] ??= new DataLoader<string, EntityOf[K] | null>(
      (ids) => this.store.getMany(kind, ids),
      {
        maxBatchSize: 1000,
      },
    )) as EntityLoaders[K];
  }
}

/** The loader of `kind`, typed for generic callers (TypeScript cannot narrow `loaders[kind]` by K itself). */
export function entityLoader<K extends EntityKind>(
  loaders: Loaders,
  kind: K,
): DataLoader<string, EntityOf[K] | null> {
  return loaders[kind] as DataLoader<string, EntityOf[K] | null>;
}

/**
 * The records for `ids` through a loader, in order, without the ids that no longer exist (a record deleted
 * since its id was read). A failed lookup is thrown, not dropped.
 */
export async function loadExisting<T>(
  loader: DataLoader<string, T | null>,
  ids: readonly string[],
): Promise<T[]> {
  const found: T[] = [];
  for (const result of await loader.loadMany(ids)) {
    if (result instanceof Error) throw result;
    if (result !== null) found.push(result);
  }
  return found;
}

/** The distinct ids referring to any of `targets` (e.g. the partnerships in any of a set of areas), sorted. */
export async function referrersOfAll(
  loaders: Loaders,
  target: EntityKind,
  targets: Iterable<string>,
  kind: EntityKind,
): Promise<string[]> {
  const lists = await loadExisting(loaders.referrers(target, kind), [...targets]);
  return [...new Set(lists.flat())].sort();
}

/**
 * A record another record refers to. The store removes links with the records they point at, so a miss
 * means it was deleted while this request ran: NOT_FOUND, not a null in a non-null field.
 */
export async function loadRequired<K extends EntityKind>(
  loaders: Loaders,
  kind: K,
  id: string,
): Promise<EntityOf[K]> {
  const record = await entityLoader(loaders, kind).load(id);
  if (record === null) throw new NotFoundError(ENTITY_NAMES[kind], id);
  return record;
}
