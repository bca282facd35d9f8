import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type Config } from '../../config';
import { AUDIT_FILE, AuditLog, type AuditLogOptions } from '../audit/audit-log';
import { KeyRing } from './api-keys';
import { KeysFileError, keysFilePath, readKeysFile } from './api-key-file';

/** What access control needs from the configuration (all of it optional for servers built by tests). */
export type AccessConfig = Partial<Pick<Config, 'API_KEYS_FILE' | 'ALLOW_ANONYMOUS_READ' | 'DATA_DIR'>>;

/** A server's access control: the keys it accepts, whether anonymous reading is on, and its audit log. */
export interface Access {
  readonly keys: KeyRing;
  readonly allowAnonymousRead: boolean;
  readonly audit: AuditLog;
  readonly keysFile: string | undefined;
  /** Reads the keys file again (SIGHUP, a change); a bad file keeps the keys in use and throws a ConfigError. */
  reloadKeys(): Promise<void>;
  /**
   * Calls `changed` whenever the keys file is written, replaced or removed (its status polled every
   * `intervalMs`: works on every file system, bind mounts and volumes too). Returns what stops it.
   */
  watchKeys(changed: () => void, intervalMs?: number): () => void;
  close(): Promise<void>;
}

/**
 * Opens access control at start-up: the keys file (see keysFilePath) and the audit log in DATA_DIR (in
 * memory when the config has no DATA_DIR), which catches up from `auditOptions.source` (the store). A bad keys file, or an API_KEYS_FILE that does not exist, is a
 * ConfigError naming the variable and each bad line, so the server does not start.
 */
export async function openAccess(config: AccessConfig, auditOptions: AuditLogOptions = {}): Promise<Access> {
  const { keysFile, readKeys } = keysOf(config);
  let keys = await readKeys();
  const { DATA_DIR } = config;
  const audit = await AuditLog.open(
    DATA_DIR === undefined ? undefined : join(DATA_DIR, AUDIT_FILE),
    auditOptions,
  );
  return {
    get keys() {
      return keys;
    },
    // The config default (on unless NODE_ENV=production) applies to servers built without a full config too.
    allowAnonymousRead: config.ALLOW_ANONYMOUS_READ ?? process.env.NODE_ENV !== 'production',
    audit,
    keysFile,
    async reloadKeys() {
      keys = await readKeys();
    },
    watchKeys(changed, intervalMs = KEYS_POLL_MS) {
      if (keysFile === undefined) return () => {};
      const file = keysFile;
      const listener = (now: Stats, before: Stats) => {
        if (now.mtimeMs !== before.mtimeMs || now.ino !== before.ino || now.size !== before.size) changed();
      };
      // An idle watch must not keep a finished process alive.
      watchFile(file, { interval: intervalMs, persistent: false }, listener);
      return () => unwatchFile(file, listener);
    },
    close: () => audit.close(),
  };
}

/** How often the keys file is looked at for changes (watchKeys). */
export const KEYS_POLL_MS = 1_000;

/**
 * Reads the keys file of `config` as openAccess will (see keysFilePath), so that a bad file stops a
 * server before it writes anything (the seed, a data directory): a ConfigError naming the variable.
 */
export async function checkKeysFile(config: AccessConfig): Promise<void> {
  await keysOf(config).readKeys();
}

/** The keys file of `config` and how to read it: a bad file, or a missing API_KEYS_FILE, is a ConfigError. */
function keysOf(config: AccessConfig): { keysFile: string | undefined; readKeys(): Promise<KeyRing> } {
  const { DATA_DIR } = config;
  // A server built without DATA_DIR (by a test) has only the keys of an explicit API_KEYS_FILE.
  const keysFile = DATA_DIR === undefined ? config.API_KEYS_FILE : keysFilePath({ ...config, DATA_DIR });
  const readKeys = async () => {
    try {
      return new KeyRing(
        keysFile === undefined
          ? []
          : await readKeysFile(keysFile, { mustExist: config.API_KEYS_FILE !== undefined }),
      );
    } catch (error) {
      if (!(error instanceof KeysFileError)) throw error;
      const variable =
        config.API_KEYS_FILE === undefined
          ? `DATA_DIR=${JSON.stringify(DATA_DIR)} (keys file ${keysFile})`
          : `API_KEYS_FILE=${JSON.stringify(keysFile)}`;
      throw new ConfigError(error.problems.map((p) => `${variable}: ${p}`));
    }
  };
  return { keysFile, readKeys };
}
