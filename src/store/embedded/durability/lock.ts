import { open, realpath, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { FILE_MODE } from './atomic-file';
import { DataDirectoryLockedError } from './errors';

export const LOCK_FILE = 'LOCK';
/** Held while removing a stale LOCK; see removeStaleLock. */
const TAKEOVER_FILE = 'LOCK.takeover';

/** Ownership of a data directory; release() gives it up and is safe to call more than once. */
export interface DirectoryLock {
  readonly directory: string;
  release(): Promise<void>;
}

/** A pid-less lock file younger than this is presumed to be between its creation and its write. */
const UNWRITTEN_GRACE_MS = 1_000;
const RETRY_DELAY_MS = 20;
const MAX_ATTEMPTS = 250;

/**
 * Directories this process holds, by real path. A lock file naming our own pid is then either held here (a
 * second open, refused) or left by an earlier process that had the same pid (a container restarted after a
 * crash runs as the same pid again; without this it could never reopen its own data). Kept on globalThis so
 * that two copies of this module in one process still see each other's locks.
 */
const HELD_KEY = '__durabilityHeldDataDirectories';
const held = ((globalThis as Record<string, unknown>)[HELD_KEY] ??= new Set<string>()) as Set<string>;

/**
 * Makes this process the only owner of `directory` (which must exist) by creating `directory/LOCK`
 * exclusively with our pid in it. A LOCK whose process is gone (a crash) is taken over, by exactly one
 * of several processes racing for it; one whose process is alive, including this process, is refused.
 * @throws DataDirectoryLockedError naming the directory and the owning pid.
 */
export async function acquireDirectoryLock(directory: string): Promise<DirectoryLock> {
  const key = await realpath(directory);
  // Checked and claimed with no await in between, so concurrent opens within this process cannot both pass.
  if (held.has(key)) throw new DataDirectoryLockedError(directory, process.pid);
  held.add(key);
  const lockPath = join(directory, LOCK_FILE);
  try {
    await claim(directory, lockPath);
  } catch (error) {
    held.delete(key);
    throw error;
  }
  let released: Promise<void> | undefined;
  return {
    directory,
    release: () => (released ??= releaseLockFile(lockPath).finally(() => held.delete(key))),
  };
}

async function claim(directory: string, lockPath: string): Promise<void> {
  let lastPid: number | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (await createLockFile(lockPath)) return;
    const holder = await readHolder(lockPath);
    if (holder === undefined) continue; // released between our create and read: try again
    lastPid = holder.pid;
    const state = judge(holder);
    if (state === 'live') throw new DataDirectoryLockedError(directory, holder.pid);
    if (state === 'unwritten') await delay(RETRY_DELAY_MS);
    else await removeStaleLock(lockPath, holder);
  }
  throw new DataDirectoryLockedError(directory, lastPid);
}

/**
 * Deletes the LOCK we judged stale, and only that one. "Check, then delete" is not atomic: between them a
 * rival may delete the stale LOCK and create its own, which we would then delete. So deletions of stale
 * LOCKs are serialised by an exclusively created takeover file, and the LOCK is re-checked under it; a live
 * owner never has its LOCK removed. If the takeover file itself was left by a crash, it is cleared by the
 * same plain check-then-delete: only a crash during a takeover, raced by other openers, could slip through.
 */
async function removeStaleLock(lockPath: string, judged: Holder): Promise<void> {
  const takeoverPath = join(dirname(lockPath), TAKEOVER_FILE);
  if (!(await createLockFile(takeoverPath))) {
    const rival = await readHolder(takeoverPath);
    if (rival !== undefined && judge(rival) === 'stale') await rm(takeoverPath, { force: true });
    else await delay(RETRY_DELAY_MS);
    return;
  }
  try {
    const current = await readHolder(lockPath);
    if (current !== undefined && sameFile(current, judged)) await rm(lockPath, { force: true });
  } finally {
    await rm(takeoverPath, { force: true });
  }
}

/** Creates `path` exclusively holding our pid. @returns false if it already exists. */
async function createLockFile(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx', FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${process.pid}\n`);
  } catch (error) {
    // A pid-less file would stall other openers for the grace period; leave nothing instead.
    await rm(path, { force: true });
    throw error;
  } finally {
    await handle.close();
  }
  return true;
}

interface Holder {
  pid: number | undefined;
  /** Identity of the file, so a takeover never removes one created after it was judged. */
  ino: number;
  mtimeMs: number;
  content: string;
}

async function readHolder(path: string): Promise<Holder | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
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

function sameFile(a: Holder, b: Holder): boolean {
  return a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.content === b.content;
}

function parsePid(content: string): number | undefined {
  const text = content.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const pid = Number(text);
  // 0 would make process.kill signal our whole process group, so it never counts as a pid.
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Our own pid counts as stale: acquireDirectoryLock has already ruled out that this process holds the
 * directory, so the file was written by an earlier process with the same pid.
 */
function judge(holder: Holder): 'live' | 'unwritten' | 'stale' {
  if (holder.pid === undefined) {
    return Date.now() - holder.mtimeMs < UNWRITTEN_GRACE_MS ? 'unwritten' : 'stale';
  }
  return holder.pid !== process.pid && isAlive(holder.pid) ? 'live' : 'stale';
}

/** EPERM means the process exists but belongs to another user: still alive, still the owner. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Deletes the LOCK only if it still names us, so a release can never free another owner's directory. */
async function releaseLockFile(lockPath: string): Promise<void> {
  const holder = await readHolder(lockPath);
  if (holder?.pid === process.pid) await rm(lockPath, { force: true });
}
