import type { Config } from '../config';
import { EmbeddedStore, type StoreLog } from './embedded/embedded-store';
import type { NetworkStore } from './network-store';
import { Neo4jStore } from './neo4j/neo4j-store';

/**
 * The store the configuration asks for: Neo4j when NEO4J_URI is set, else the embedded store in DATA_DIR.
 * An unreachable Neo4j fails here, within the driver's connection timeouts, with an UnavailableError
 * naming the URI (never the password), which the entry point prints as one line.
 */
export async function openStore(config: Config, log?: StoreLog): Promise<NetworkStore> {
  if (config.NEO4J_URI)
    return Neo4jStore.open({
      uri: config.NEO4J_URI,
      username: config.NEO4J_USERNAME,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
  return EmbeddedStore.open({ dataDir: config.DATA_DIR, log });
}
