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
  const loader = <K extends EntityKind>(kind: K) =>
    new DataLoader<string, EntityOf[K] | null>((ids) => store.getMany(kind, ids), { maxBatchSize: 1000 });
  const entities: EntityLoaders = {
    actors: loader('actors'),
    partnerships: loader('partnerships'),
    areas: loader('areas'),
    themes: loader('themes'),
    targetGroups: loader('targetGroups'),
  };
  const reverse = new Map<string, DataLoader<string, string[]>>();
  let areas: Promise<Area[]> | undefined;
  const partners = new DataLoader<string, ActorPartners>(
    async (ids) => {
      const found = await store.partnersOf(ids);
      for (const { partnerships, actors } of found) {
        for (const p of partnerships) entities.partnerships.prime(p.id, p);
        for (const a of actors) entities.actors.prime(a.id, a);
      }
      return found;
    },
    { maxBatchSize: 1000 },
  );
  return {
    ...entities,
    partners,
    referrers(target, kind) {
      const key = `${target}:${kind}`;
      let found = reverse.get(key);
      if (!found)
        reverse.set(
          key,
          (found = new DataLoader<string, string[]>((ids) => store.referrers(target, ids, kind), {
            maxBatchSize: 1000,
          })),
        );
      return found;
    },
    allAreas() {
      // Primes the area loader too: parents, children and home areas then cost no further round trip.
      areas ??= store.listAreas({}).then((all) => {
        for (const area of all) entities.areas.prime(area.id, area);
        return all;
      });
      return areas;
    },
    forgetDerived() {
      for (const found of reverse.values()) found.clearAll();
      partners.clearAll();
      areas = undefined;
    },
  };
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
