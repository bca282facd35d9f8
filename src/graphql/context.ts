import type { NetworkStore } from '../store/network-store';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: the store and this request's loaders. */
export interface GraphQLContext {
  store: NetworkStore;
  loaders: Loaders;
}

/** A fresh context per request: loaders are never shared between requests. */
export function createContext(store: NetworkStore): GraphQLContext {
  return { store, loaders: createLoaders(store) };
}
