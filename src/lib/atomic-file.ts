import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';

/** An atomic file replacement failed; after a crash the file holds its old or its new content, never a mix. */
export class AtomicWriteError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(
      `could not durably replace ${path} (${cause instanceof Error ? cause.message : String(cause)}); it holds either its previous or its new content`,
      { cause },
    );
    this.name = 'AtomicWriteError';
  }
}

/**
 * Modes of what the durability layer creates: the data holds children's groups' contacts, so only the
 * server's own user may read it (the umask can only make these stricter).
 */
export const FILE_MODE = 0o600;
export const DIRECTORY_MODE = 0o700;

/** `.name.<pid>.<random>.tmp`: hidden, and recognisable by removeTempFiles without a registry. */
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/**
 * Replaces `path` with `data` so that after a crash at any moment the file holds either its old or its new
 * content, never a mix: the data is written and fsync'd under a temporary name in the same directory (rename
 * is only atomic within one filesystem), renamed over the target, and the directory is fsync'd so the rename
 * itself survives power loss. A failure before the rename removes the temp file and leaves the old file as
 * it was. `data` may come in chunks (an export streaming to a file), written one after another. The file
 * gets `mode` (default FILE_MODE: private).
 * @throws AtomicWriteError naming `path`.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
  { mode = FILE_MODE } = {},
): Promise<void> {
  const temp = tempPathFor(path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode);
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else
      for (const chunk of data) await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    // The write's own error is the one worth reporting; a temp file that cannot be removed now is removed
    // by removeTempFiles on the next open.
    await rm(temp, { force: true }).catch(() => undefined);
    throw new AtomicWriteError(path, error);
  }
  try {
    await fsyncDirectory(dirname(path));
  } catch (error) {
    throw new AtomicWriteError(path, error);
  }
}

/**
 * A fresh sibling path for `path` that removeTempFiles will treat as crash debris. Unique per call, so
 * concurrent writers never share a temp file.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Deletes temp files left in `directory` by writes that crashed before their rename. Only safe while holding
 * the directory's lock: otherwise it could delete a temp file another process is still writing.
 * @returns the names removed.
 */
export async function removeTempFiles(directory: string): Promise<string[]> {
  const debris = (await readdir(directory)).filter((name) => TEMP_NAME.test(name));
  await Promise.all(debris.map((name) => rm(join(directory, name), { force: true })));
  return debris;
}

/**
 * Makes the entries of `directory` (creations, renames, removals) durable. Filesystems that cannot fsync a
 * directory (Windows, some network mounts) report EISDIR/EINVAL; there the rename's durability is the
 * filesystem's own, which is the best those platforms offer.
 */
export async function fsyncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Creates `directory` (and missing parents) so that it survives a crash: a fresh directory whose own entry
 * is not yet on disk would take every file later fsync'd inside it down with it.
 */
export async function ensureDirectory(directory: string): Promise<void> {
  const firstCreated = await mkdir(directory, { recursive: true, mode: DIRECTORY_MODE });
  if (firstCreated === undefined) return;
  // Each newly created level must be recorded in its parent, from the pre-existing ancestor downwards.
  const levels = relative(firstCreated, directory)
    .split(sep)
    .filter((part) => part !== '');
  let current = firstCreated;
  await fsyncDirectory(dirname(current));
  for (const level of levels) {
    await fsyncDirectory(current);
    current = join(current, level);
  }
}
