import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { open, realpath, rm, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { FILE_MODE } from '../../../lib/atomic-file';
import { DataDirectoryLockedError } from './errors';

export const LOCK_FILE = 'LOCK';
/** Held while removing a stale LOCK; see removeStaleLock. */
const TAKEOVER_FILE = 'LOCK.takeover';

/**
 * Ownership of a data directory; release() gives it up and is safe to call more than once. `lost` says why
 * the directory is no longer ours (another process took the lease over while we could not renew it, e.g.
 * this process was frozen); from then on nothing may be written there.
 */
export interface DirectoryLock {
  readonly directory: string;
  readonly lost: string | undefined;
  release(): Promise<void>;
}

/** A LOCK without a readable holder younger than this is presumed to be between its creation and its write. */
const UNWRITTEN_GRACE_MS = 1_000;
const RETRY_DELAY_MS = 20;
const MAX_ATTEMPTS = 250;
/**
 * The lease. The owner touches LOCK every RENEW_MS. A holder this process can check directly (same machine,
 * same PID namespace) is judged by whether its pid is alive. Any other (another container on the volume,
 * another machine) is taken over only once its LOCK has gone LEASE_MS without being touched, as watched
 * from here, so the clocks of different machines never need to agree; or at once when the LOCK's mtime is
 * EXPIRED_MS old.
 */
export const LEASE = { RENEW_MS: 2_000, LEASE_MS: 10_000, EXPIRED_MS: 60_000 };

/**
 * Directories this process holds, by real path. A lock file naming our own pid is then either held here (a
 * second open, refused) or left by an earlier process that had the same pid (a container restarted after a
 * crash runs as the same pid again; without this it could never reopen its own data). Kept on globalThis so
 * that two copies of this module in one process still see each other's locks.
 */
const HELD_KEY = '__durabilityHeldDataDirectories';
const held = ((globalThis as Record<string, unknown>)[HELD_KEY] ??= new Set<string>()) as Set<string>;

/** Who we are, written into LOCK: a random owner id, and where our pid means something. */
interface Identity {
  owner: string;
  pid: number;
  host: string;
  /** The kernel's boot and PID namespace: equal only for processes that can see each other's pids. */
  pidSpace: string | undefined;
}

const ME: Omit<Identity, 'owner'> = { pid: process.pid, host: hostname(), pidSpace: pidSpace() };

function pidSpace(): string | undefined {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${boot}/${readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return undefined; // no /proc: no pid is trusted, only the lease
  }
}

/**
 * Makes this process the only owner of `directory` (which must exist) by creating `directory/LOCK`
 * exclusively, holding a random owner id, our pid and our PID namespace, and renewing it (see LEASE). A
 * LOCK whose holder is gone (a crash) is taken over, by exactly one of several processes racing for it;
 * one whose holder is alive or renewing, including this process, is refused. This holds across PID
 * namespaces and machines sharing the volume, where pids mean nothing.
 * @throws DataDirectoryLockedError naming the directory and the owning pid.
 */
export async function acquireDirectoryLock(directory: string): Promise<DirectoryLock> {
  const key = await realpath(directory);
  // Checked and claimed with no await in between, so concurrent opens within this process cannot both pass.
  if (held.has(key)) throw new DataDirectoryLockedError(directory, process.pid);
  held.add(key);
  const lockPath = join(directory, LOCK_FILE);
  const me: Identity = { ...ME, owner: randomBytes(16).toString('hex') };
  try {
    await claim(directory, lockPath, me);
  } catch (error) {
    held.delete(key);
    throw error;
  }
  let lost: string | undefined;
  const renew = async () => {
    const holder = await readHolder(lockPath).catch(() => 'unknown' as const);
    if (holder === 'unknown') return; // an I/O hiccup: try again next time, the lease still runs
    if (holder?.identity?.owner !== me.owner) {
      lost = `the lock of data directory ${directory} was taken over by another process`;
      clearInterval(timer);
      return;
    }
    const now = new Date();
    await utimes(lockPath, now, now).catch(() => undefined);
  };
  const timer = setInterval(() => void renew(), LEASE.RENEW_MS);
  timer.unref();
  let released: Promise<void> | undefined;
  return {
    directory,
    get lost() {
      return lost;
    },
    release: () => {
      clearInterval(timer);
      return (released ??= releaseLockFile(lockPath, me).finally(() => held.delete(key)));
    },
  };
}

async function claim(directory: string, lockPath: string, me: Identity): Promise<void> {
  let lastPid: number | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (await createLockFile(lockPath, me)) return;
    const holder = await readHolder(lockPath);
    if (holder === undefined) continue; // released between our create and read: try again
    lastPid = holder.identity?.pid;
    const state = await judge(holder, lockPath);
    if (state === 'live') {
      const elsewhere = holder.identity?.pidSpace !== ME.pidSpace || ME.pidSpace === undefined;
      throw new DataDirectoryLockedError(directory, lastPid, elsewhere ? holder.identity?.host : undefined);
    }
    if (state === 'unwritten') await delay(RETRY_DELAY_MS);
    else await removeStaleLock(lockPath, holder);
  }
  throw new DataDirectoryLockedError(directory, lastPid);
}

/**
 * Deletes the LOCK we judged stale, and only that one. "Check, then delete" is not atomic: between them a
 * rival may delete the stale LOCK and create its own, which we would then delete. So deletions of stale
 * LOCKs are serialised by an exclusively created takeover file, and the LOCK is re-checked under it; a live
 * owner never has its LOCK removed. If the takeover file itself was left by a crash, it is cleared once it
 * is older than the grace period: only a crash during a takeover, raced by other openers, could slip through.
 */
async function removeStaleLock(lockPath: string, judged: Holder): Promise<void> {
  const takeoverPath = join(dirname(lockPath), TAKEOVER_FILE);
  if (!(await createLockFile(takeoverPath, { ...ME, owner: 'takeover' }))) {
    const rival = await readHolder(takeoverPath);
    if (rival !== undefined && Date.now() - rival.mtimeMs > UNWRITTEN_GRACE_MS * 5)
      await rm(takeoverPath, { force: true });
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

/** Creates `path` exclusively holding `identity`. @returns false if it already exists. */
async function createLockFile(path: string, identity: Identity): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx', FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(`${JSON.stringify(identity)}\n`);
  } catch (error) {
    // A holder-less file would stall other openers for the grace period; leave nothing instead.
    await rm(path, { force: true });
    throw error;
  } finally {
    await handle.close();
  }
  return true;
}

interface Holder {
  identity: Identity | undefined;
  /** Identity of the file, so a takeover never removes one created (or renewed) after it was judged. */
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
    return { identity: parseIdentity(content), ino, mtimeMs, content };
  } finally {
    await handle.close();
  }
}

function sameFile(a: Holder, b: Holder): boolean {
  return a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.content === b.content;
}

/** Our LOCK's JSON; or a bare pid, as earlier versions wrote it (a process on this machine, in our namespace). */
function parseIdentity(content: string): Identity | undefined {
  const text = content.trim();
  if (/^\d+$/.test(text)) {
    const pid = Number(text);
    // 0 would make process.kill signal our whole process group, so it never counts as a pid.
    return Number.isSafeInteger(pid) && pid > 0 ? { ...ME, owner: 'legacy', pid } : undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<Identity>;
    return typeof value.owner === 'string' && Number.isSafeInteger(value.pid) && (value.pid ?? 0) > 0
      ? (value as Identity)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Our own pid in our namespace counts as stale: acquireDirectoryLock has already ruled out that this
 * process holds the directory, so the file was written by an earlier process with the same pid.
 */
async function judge(holder: Holder, lockPath: string): Promise<'live' | 'unwritten' | 'stale'> {
  const { identity } = holder;
  if (identity === undefined) {
    return Date.now() - holder.mtimeMs < UNWRITTEN_GRACE_MS ? 'unwritten' : 'stale';
  }
  if (ME.pidSpace !== undefined && identity.pidSpace === ME.pidSpace)
    return identity.pid !== process.pid && isAlive(identity.pid) ? 'live' : 'stale';
  if (Date.now() - holder.mtimeMs > LEASE.EXPIRED_MS) return 'stale';
  // Released meanwhile: 'unwritten' makes the caller simply try again.
  const watched = await watchLease(lockPath, holder, LEASE.LEASE_MS);
  return watched === 'expired' ? 'stale' : watched === 'gone' ? 'unwritten' : 'live';
}

/** Watches LOCK for up to `ms`: whether its holder renews (or replaces) it, releases it, or lets it expire. */
async function watchLease(
  lockPath: string,
  judged: Holder,
  ms: number,
): Promise<'renewed' | 'gone' | 'expired'> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await delay(Math.min(LEASE.RENEW_MS / 4, until - Date.now()));
    const current = await readHolder(lockPath);
    if (current === undefined) return 'gone';
    if (!sameFile(current, judged)) return 'renewed';
  }
  return 'expired';
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

/** Deletes the LOCK only if it is still ours, so a release can never free another owner's directory. */
async function releaseLockFile(lockPath: string, me: Identity): Promise<void> {
  const holder = await readHolder(lockPath);
  if (holder?.identity?.owner === me.owner) await rm(lockPath, { force: true });
}
