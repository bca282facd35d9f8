import DataLoader from 'dataloader';
import type { EntityKind, EntityOf } from '../domain';
import type { NetworkStore } from '../store/network-store';

export type Loaders = { [K in EntityKind]: DataLoader<string, EntityOf[K] | null> };

/**
 * One DataLoader per entity kind, for one request only: a request sees its own consistent cache and
 * never another request's data. All lookups of a kind made in one tick become one store round trip.
 */
export function createLoaders(store: NetworkStore): Loaders {
  const loader = <K extends EntityKind>(kind: K) =>
    new DataLoader<string, EntityOf[K] | null>((ids) => store.getMany(kind, ids), { maxBatchSize: 1000 });
  return {
    actors: loader('actors'),
    partnerships: loader('partnerships'),
    areas: loader('areas'),
    themes: loader('themes'),
    targetGroups: loader('targetGroups'),
  };
}
