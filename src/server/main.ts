// First: type-graphql's decorators read this polyfill as their modules load, and app.ts loads many.
import 'reflect-metadata';
import { loadConfig } from '../config';
import { checkKeysFile } from '../app/access/access';
import { runMain } from '../entry-point';
import { loadSeed } from '../io/seed';
import { redactUri } from '../store/neo4j/connection';
import { checkDataDir, openStore } from '../store/open-store';
import { startServer } from './app';
import { createLogger } from './logger';

/**
 * `npm start`: validates the configuration, opens the store, loads the seed network into an empty store
 * (unless SEED=none) and serves until SIGTERM/SIGINT, then drains requests and closes the store. It logs
 * JSON lines (logger.ts); a failure to start is one plain line on stderr, as for the command-line tools.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const where = config.NEO4J_URI ? redactUri(config.NEO4J_URI) : config.DATA_DIR;
  // The password is redacted by the logger; the URI may carry credentials too.
  logger.info({ config: { ...config, NEO4J_URI: config.NEO4J_URI && where } }, 'configuration');
  // The whole configuration is checked before anything is written: a bad keys file must not stop the
  // server only after it created DATA_DIR and loaded the seed.
  await checkDataDir(config);
  await checkKeysFile(config);
  const store = await openStore(config, logger);
  try {
    if (config.SEED !== 'none' && (await store.revision()) === 0) {
      const result = await loadSeed(store, config.SEED);
      logger.info(
        { seed: config.SEED, records: result.created, revision: result.revision },
        `loaded the ${config.SEED} seed network`,
      );
    }
    const server = await startServer(store, config, { logger });
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping: finishing in-flight requests');
      await server.stop();
      await store.close();
      logger.info('stopped');
      process.exit(0);
    };
    // Handlers go in before we announce the URL: whoever reads it may signal us at once.
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
    // Under `npm start` the server is npm's child: npm passes SIGHUP on to nobody and, killed, leaves the
    // server orphaned holding the port. So it stops (cleanly) once npm is gone.
    if (process.env.npm_lifecycle_event === 'start')
      onParentExit(() => {
        logger.warn({ parent: 'npm' }, 'npm start exited: stopping with it');
        void shutdown('parent exited');
      });
    logger.info(
      { store: store.kind, where },
      `partner-network API (${store.kind} store, ${where}) at ${server.url}`,
    );
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** How often the parent is looked for. */
const PARENT_POLL_MS = 1_000;

/**
 * Calls `exited` once this process's parent has exited: it is then re-parented (to init, or to the
 * nearest subreaper), so its parent pid changes; no signal is needed from the dying parent.
 */
function onParentExit(exited: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    exited();
  }, PARENT_POLL_MS);
  timer.unref();
}

runMain(main);
