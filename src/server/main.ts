import { loadConfig } from '../config';
import { runMain } from '../entry-point';
import { loadSeed } from '../io/seed';
import { redactUri } from '../store/neo4j/connection';
import { openStore } from '../store/open-store';
import { startServer } from './app';

/**
 * `npm start`: validates the configuration, opens the store, loads the seed network into an empty store
 * (unless SEED=none) and serves until SIGTERM/SIGINT, then drains requests and closes the store.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    if (config.SEED !== 'none' && (await store.revision()) === 0) {
      const result = await loadSeed(store, config.SEED);
      console.log(
        `loaded the ${config.SEED} seed network: ${result.created} records, revision ${result.revision}`,
      );
    }
    const server = await startServer(store, config);
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: finishing in-flight requests`);
      await server.stop();
      await store.close();
      process.exit(0);
    };
    // Handlers go in before we announce the URL: whoever reads it may signal us at once.
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
    const where = config.NEO4J_URI ? redactUri(config.NEO4J_URI) : config.DATA_DIR;
    console.log(`partner-network API (${store.kind} store, ${where}) at ${server.url}`);
  } catch (error) {
    await store.close();
    throw error;
  }
}

runMain(main);
