import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { tempPathFor } from './atomic-file';
import { DataDirectoryLockedError } from './errors';

export const LOCK_FILE = 'LOCK';

/** Ownership of a data directory; release() gives it up and is safe to call more than once. */
export interface DirectoryLock {
  readonly directory: string;
  release(): Promise<void>;
}

/** A LOCK without a pid is younger than this while its creator is between create and write. */
const UNWRITTEN_GRACE_MS = 1_000;
const RETRY_DELAY_MS = 20;
const MAX_ATTEMPTS = 200;

/**
 * Directories this process holds, by real path. A LOCK naming our own pid is then either held here (a second
 * open, refused) or left by an earlier process that had the same pid (a container restarted after a crash
 * runs as the same pid again; without this it could never reopen its own data). Kept on globalThis so two
 * copies of this module in one process still see each other's locks.
 */
const HELD_KEY = '__durabilityHeldDataDirectories';
const held: Set<string> = ((globalThis as Record<string, unknown>)[HELD_KEY] ??=
  new Set<string>()) as Set<string>;

/**
 * Makes this process the only owner of `directory` (which must exist) by creating `directory/LOCK`
 * exclusively with our pid in it. A LOCK whose process is gone (a crash) is taken over; one whose process is
 * alive, including this process, is refused.
 * @throws DataDirectoryLockedError naming the directory and the owning pid.
 */
export async function acquireDirectoryLock(directory: string): Promise<DirectoryLock> {
  const key = await realpath(directory);
  // Checked and claimed with no await in between, so concurrent opens within this process cannot both pass.
  if (held.has(key)) throw new DataDirectoryLockedError(directory, process.pid);
  held.add(key);
  try {
    await claimLockFile(directory, join(directory, LOCK_FILE));
  } catch (error) {
    held.delete(key);
    throw error;
  }
  let released: Promise<void> | undefined;
  return {
    directory,
    release: () => (released ??= releaseLockFile(join(directory, LOCK_FILE)).finally(() => held.delete(key))),
  };
}

async function claimLockFile(directory: string, lockPath: string): Promise<void> {
  let lastPid: number | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (await createLockFile(lockPath)) return;
    const holder = await readHolder(lockPath);
    if (holder === undefined) continue; // released between our create and read: try again
    lastPid = holder.pid;
    if (holder.pid === undefined) {
      if (Date.now() - holder.mtimeMs < UNWRITTEN_GRACE_MS) {
        await delay(RETRY_DELAY_MS);
        continue;
      }
    } else if (holder.pid !== process.pid && isAlive(holder.pid)) {
      throw new DataDirectoryLockedError(directory, holder.pid);
    }
    await discardStaleLock(lockPath, holder);
  }
  throw new DataDirectoryLockedError(directory, lastPid);
}

/** @returns false if a LOCK already exists. */
async function createLockFile(lockPath: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${process.pid}\n`);
  } catch (error) {
    // An empty LOCK would block other openers for the grace period; leave nothing instead.
    await rm(lockPath, { force: true });
    throw error;
  } finally {
    await handle.close();
  }
  return true;
}

interface Holder {
  pid: number | undefined;
  /** Identity of the file we judged, so a takeover never removes a LOCK someone created after that. */
  ino: number;
  mtimeMs: number;
  content: string;
}

async function readHolder(lockPath: string): Promise<Holder | undefined> {
  let handle;
  try {
    handle = await open(lockPath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { ino, mtimeMs } = await handle.stat();
    const content = await handle.readFile('utf8');
    return { pid: parsePid(content), ino, mtimeMs, content };
  } finally {
    await handle.close();
  }
}

function parsePid(content: string): number | undefined {
  const text = content.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const pid = Number(text);
  // 0 and negatives would make process.kill signal a whole process group, so they never count as a pid.
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** EPERM means the process exists but belongs to someone else: still alive, still the owner. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the stale LOCK we judged, and only that one. "Check, then delete" is not atomic: a rival may
 * have replaced the stale file in between, so we first rename whatever is there out of the way (atomic)
 * and look at what we got. If it is not the file we judged, we put the rival's live lock back. Two
 * contenders are therefore always resolved; a third creating a LOCK inside that instant could still collide,
 * which POSIX gives no way to exclude without a lock server.
 */
async function discardStaleLock(lockPath: string, judged: Holder): Promise<void> {
  const aside = tempPathFor(lockPath);
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await stat(aside);
  const content = await readFile(aside, 'utf8');
  if (moved.ino === judged.ino && moved.mtimeMs === judged.mtimeMs && content === judged.content) {
    await rm(aside, { force: true });
  } else {
    await rename(aside, lockPath);
  }
}

/** Deletes the LOCK only if it still names us, so a release can never free another owner's directory. */
async function releaseLockFile(lockPath: string): Promise<void> {
  const holder = await readHolder(lockPath);
  if (holder?.pid === process.pid) await rm(lockPath, { force: true });
}
