import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError, type Config } from '../config';
import { EmbeddedStore } from './embedded/embedded-store';
import type { StoreLog } from './embedded/embedded-writer';
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
  return EmbeddedStore.open({ dataDir: config.DATA_DIR, log }).catch((error: unknown) => {
    const problem = dataDirProblem(error);
    throw problem ? new ConfigError([`DATA_DIR=${JSON.stringify(config.DATA_DIR)}: ${problem}`]) : error;
  });
}

/**
 * Checks, without writing anything, that the embedded store could use DATA_DIR: a directory that can be
 * written, or a path whose nearest existing ancestor is one. A ConfigError naming DATA_DIR otherwise
 * (nothing to check when NEO4J_URI is set).
 */
export async function checkDataDir(config: Pick<Config, 'DATA_DIR' | 'NEO4J_URI'>): Promise<void> {
  if (config.NEO4J_URI) return;
  const refuse = (problem: string) =>
    new ConfigError([`DATA_DIR=${JSON.stringify(config.DATA_DIR)}: ${problem}`]);
  let path = resolve(config.DATA_DIR);
  for (;;) {
    const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw refuse(dataDirProblem(error) ?? error.message);
    });
    if (found) {
      if (!found.isDirectory()) throw refuse(dataDirProblem({ code: 'ENOTDIR' })!);
      await access(path, constants.W_OK).catch((error: NodeJS.ErrnoException) => {
        throw refuse(dataDirProblem(error) ?? error.message);
      });
      return;
    }
    if (dirname(path) === path) throw refuse(dataDirProblem({ code: 'ENOENT' })!);
    path = dirname(path);
  }
}

/**
 * What is wrong with DATA_DIR when the file system refused it, in words: the operator's mistake is the
 * variable, not our code, so a raw EROFS or EEXIST with a stack trace helps nobody. Undefined for any
 * other error (a locked or damaged store says so itself).
 */
function dataDirProblem(error: unknown): string | undefined {
  const { code, syscall } = error as Partial<NodeJS.ErrnoException>;
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return 'is not a directory (or lies under a file): point it at a directory, or at a path that can be created';
    case 'EROFS':
      return 'is on a read-only file system: the store must write its journal there';
    case 'EACCES':
    case 'EPERM':
      return `cannot be ${syscall === 'mkdir' ? 'created' : 'written'} by this user: give it write permission`;
    case 'ENOENT':
      return 'does not exist and cannot be created';
    case 'ENOSPC':
      return 'is on a full volume';
    default:
      return undefined;
  }
}
