import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config } from '../../config';
import { fsyncDirectory, tempPathFor } from '../../lib/atomic-file';
import { formatKeyLine, parseKeysFile, type ApiKeyEntry } from './api-keys';

/** Keys files hold hashes only, but who holds which role is still nobody else's business. */
const FILE_MODE = 0o600;

/** The keys file: API_KEYS_FILE, or `api-keys` in DATA_DIR when it is unset. */
export function keysFilePath(
  config: Pick<Config, 'DATA_DIR'> & Partial<Pick<Config, 'API_KEYS_FILE'>>,
): string {
  return config.API_KEYS_FILE ?? join(config.DATA_DIR, KEYS_FILE);
}

export const KEYS_FILE = 'api-keys';

/** A keys file that cannot be used; `problems` name its lines. */
export class KeysFileError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path}: ${problems.join('; ')}`);
    this.name = 'KeysFileError';
  }
}

/**
 * The entries of a keys file. A missing file is no keys when `mustExist` is false (the default file of a
 * fresh DATA_DIR), else an error: a file named in the configuration that is not there is a typo.
 * @throws KeysFileError naming every bad line.
 */
export async function readKeysFile(path: string, { mustExist = false } = {}): Promise<ApiKeyEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !mustExist) return [];
    throw new KeysFileError(path, [(error as Error).message]);
  }
  const { entries, problems } = parseKeysFile(text);
  if (problems.length > 0) throw new KeysFileError(path, problems);
  return entries;
}

/**
 * Adds a key's line to the file (created with mode 0600), refusing an id already there. The line is appended
 * with O_APPEND in one write and fsync'd, so a crash leaves the file with or without the whole line.
 */
export async function appendKey(path: string, entry: ApiKeyEntry): Promise<void> {
  const existing = await readKeysFile(path);
  if (existing.some((e) => e.id === entry.id))
    throw new KeysFileError(path, [`a key with id "${entry.id}" exists already; revoke it first`]);
  // The first key is often made before the server has ever run, so before DATA_DIR exists.
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a+', FILE_MODE);
  try {
    const { size } = await handle.stat();
    // A file edited by hand may lack its last newline: the new line must not be glued onto the last one.
    const last = size > 0 ? (await handle.read(Buffer.alloc(1), 0, 1, size - 1)).buffer.toString() : '\n';
    await handle.write(`${last === '\n' ? '' : '\n'}${formatKeyLine(entry)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (existing.length === 0) await fsyncDirectory(dirname(path));
}

/**
 * Removes a key's line, keeping every other line (comments included) as it was. The file is rewritten
 * atomically (temp file with mode 0600, fsync, rename), so it is never seen half-written.
 * @returns false when there is no key with that id.
 */
export async function revokeKey(path: string, id: string): Promise<boolean> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n');
  // Parsing first means a damaged file is reported, never "repaired" by dropping the lines we cannot read.
  const { entries, problems } = parseKeysFile(text);
  if (problems.length > 0) throw new KeysFileError(path, problems);
  if (!entries.some((e) => e.id === id)) return false;
  const kept = lines.filter((line) => line.replace(/#.*$/, '').trim().split(/\s+/)[0] !== id);
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx', FILE_MODE);
  try {
    await handle.writeFile(kept.join('\n'));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, path);
  await fsyncDirectory(dirname(path));
  return true;
}
