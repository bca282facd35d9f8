import type { NetworkStore } from '../store/network-store';
import { createLoaders, type Loaders } from './loaders';
import { WriteQueue } from './write/write-queue';

/** What every resolver receives: the store, this request's loaders, and the server's write queue. */
export interface GraphQLContext {
  store: NetworkStore;
  loaders: Loaders;
  writes: WriteQueue;
}

/**
 * The context factory of one server: each call is a fresh context for one request (loaders are never
 * shared between requests), while the write queue is the server's, shared by all its requests.
 */
export function contextFactory(store: NetworkStore): () => GraphQLContext {
  const writes = new WriteQueue();
  return () => ({ store, loaders: createLoaders(store), writes });
}
