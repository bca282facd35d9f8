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
  /** Reads the keys file again (SIGHUP); a bad file keeps the keys in use and throws a KeysFileError. */
  reloadKeys(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens access control at start-up: the keys file (see keysFilePath) and the audit log in DATA_DIR (in
 * memory when the config has no DATA_DIR), which catches up from `auditOptions.source` (the store). A bad keys file, or an API_KEYS_FILE that does not exist, is a
 * ConfigError naming the variable and each bad line, so the server does not start.
 */
export async function openAccess(config: AccessConfig, auditOptions: AuditLogOptions = {}): Promise<Access> {
  const { DATA_DIR } = config;
  // A server built without DATA_DIR (by a test) has only the keys of an explicit API_KEYS_FILE.
  const keysFile = DATA_DIR === undefined ? config.API_KEYS_FILE : keysFilePath({ ...config, DATA_DIR });
  const readKeys = async () =>
    new KeyRing(
      keysFile === undefined
        ? []
        : await readKeysFile(keysFile, { mustExist: config.API_KEYS_FILE !== undefined }),
    );
  let keys: KeyRing;
  try {
    keys = await readKeys();
  } catch (error) {
    if (!(error instanceof KeysFileError)) throw error;
    const variable =
      config.API_KEYS_FILE === undefined
        ? `DATA_DIR=${JSON.stringify(DATA_DIR)} (keys file ${keysFile})`
        : `API_KEYS_FILE=${JSON.stringify(keysFile)}`;
    throw new ConfigError(error.problems.map((p) => `${variable}: ${p}`));
  }
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
    close: () => audit.close(),
  };
}
