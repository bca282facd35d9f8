import type { NetworkStore } from '../store/network-store';
import { AnalyticsCache } from './analytics/analytics-cache';
import { createLoaders, type Loaders } from './loaders';
import { WriteQueue } from './write/write-queue';

/** What every resolver receives: the store, this request's loaders, the server's write queue and analytics cache. */
export interface GraphQLContext {
  analytics: AnalyticsCache;
  store: NetworkStore;
  loaders: Loaders;
  writes: WriteQueue;
}

/**
 * The context factory of one server: each call is a fresh context for one request (loaders are never
 * shared between requests), while the write queue and the analytics cache are the server's, shared by all its requests.
 */
export function contextFactory(store: NetworkStore): () => GraphQLContext {
  const writes = new WriteQueue();
  const analytics = new AnalyticsCache(store);
  return () => ({ store, loaders: createLoaders(store), writes, analytics });
}
