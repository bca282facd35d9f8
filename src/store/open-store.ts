import type { Config } from '../config';
import { EmbeddedStore } from './embedded/embedded-store';
import type { NetworkStore } from './network-store';

/** The store the configuration asks for: Neo4j when NEO4J_URI is set, else the embedded store in DATA_DIR. */
export async function openStore(config: Config): Promise<NetworkStore> {
  if (config.NEO4J_URI)
    throw new Error(
      'NEO4J_URI is set, but this version has no Neo4j adapter yet; unset NEO4J_URI to use the embedded store',
    );
  return EmbeddedStore.open({ dataDir: config.DATA_DIR });
}
