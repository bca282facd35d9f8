import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatKeyLine, generateKey, hashKey } from '../../src/app/access/api-keys';
import type { Role } from '../../src/app/access/roles';
import { tempDir } from './temp-dir';

/** Who a test request is made as: a key of each role, or no key at all. */
export type Caller = 'anonymous' | Role;

/** Access control files for a test server: a keys file with one real key per role, and a DATA_DIR for the audit log. */
export interface TestAccess {
  /** What startServer takes: API_KEYS_FILE and DATA_DIR (the audit log goes there). */
  config: { API_KEYS_FILE: string; DATA_DIR: string };
  /** The key of each role, as its holder sends it. Key ids are `test-reader`, `test-editor`, `test-admin`. */
  keys: Record<Role, string>;
  remove(): Promise<void>;
}

/** Fresh keys (generated like `npm run key -- create`) in a fresh directory. */
export async function createTestAccess(): Promise<TestAccess> {
  const dir = await tempDir('partner-network-access-');
  const keys = { reader: generateKey(), editor: generateKey(), admin: generateKey() };
  const file = join(dir.path, 'api-keys');
  const lines = (Object.entries(keys) as [Role, string][]).map(([role, key]) =>
    formatKeyLine({ id: `test-${role}`, role, sha256: hashKey(key) }),
  );
  await writeFile(file, `# test keys\n${lines.join('\n')}\n`, { mode: 0o600 });
  return { config: { API_KEYS_FILE: file, DATA_DIR: dir.path }, keys, remove: dir.remove };
}

/** The key a caller sends (none for anonymous). */
export function keyOf(access: TestAccess, caller: Caller): string | undefined {
  return caller === 'anonymous' ? undefined : access.keys[caller];
}
