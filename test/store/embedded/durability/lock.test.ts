import { spawnSync } from 'node:child_process';
import { access, mkdir, readFile, readlink, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataDirectoryLockedError } from '../../../../src/store/embedded/durability/errors';
import { acquireDirectoryLock, LEASE, LOCK_FILE } from '../../../../src/store/embedded/durability/lock';
import { spawnTs } from '../../../helpers/child';
import { useTempDir } from '../../../helpers/temp-dir';

const FIXTURES = 'test/store/embedded/durability/fixtures';

/** A pid that certainly belonged to a process and no longer does (reaped before spawnSync returns). */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('could not start a child process');
  return pid;
}

async function holderOf(dir: string): Promise<{ owner: string; pid: number; pidSpace?: string }> {
  return JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
}

async function lockExists(dir: string): Promise<boolean> {
  return access(join(dir, LOCK_FILE)).then(
    () => true,
    () => false,
  );
}

describe('acquireDirectoryLock', () => {
  const tempDir = useTempDir();

  it('writes a random owner id, our pid and PID namespace to LOCK (0600) and removes it on release, idempotently', async () => {
    const lock = await acquireDirectoryLock(tempDir());
    const holder = await holderOf(tempDir());
    expect(holder).toMatchObject({ owner: expect.stringMatching(/^[0-9a-f]{32}$/), pid: process.pid });
    expect(holder.pidSpace).toContain(await readlink('/proc/self/ns/pid'));
    await lock.release();
    await lock.release();
    expect(await lockExists(tempDir())).toBe(false);
  });

  it('refuses a second lock in the same process, naming the directory and our pid', async () => {
    const lock = await acquireDirectoryLock(tempDir());
    const second = acquireDirectoryLock(tempDir());
    await expect(second).rejects.toThrow(DataDirectoryLockedError);
    await expect(second).rejects.toThrow(
      `data directory ${tempDir()} is in use by process ${process.pid}; stop it or point DATA_DIR elsewhere`,
    );
    await lock.release();
    await (await acquireDirectoryLock(tempDir())).release();
  });

  it('refuses the same directory reached through a symlink', async () => {
    const data = join(tempDir(), 'data');
    const alias = join(tempDir(), 'alias');
    await mkdir(data);
    await symlink(data, alias);
    const lock = await acquireDirectoryLock(data);
    await expect(acquireDirectoryLock(alias)).rejects.toThrow(DataDirectoryLockedError);
    await lock.release();
  });

  it('lets exactly one of many concurrent acquisitions in this process win', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, () => acquireDirectoryLock(tempDir())),
    );
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const attempt of attempts) {
      if (attempt.status === 'rejected') expect(attempt.reason).toBeInstanceOf(DataDirectoryLockedError);
    }
    await (won[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
  });

  it('takes over a LOCK left by a process that has died', async () => {
    const pid = deadPid();
    await writeFile(join(tempDir(), LOCK_FILE), `${pid}\n`);
    const lock = await acquireDirectoryLock(tempDir());
    expect((await holderOf(tempDir())).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a LOCK naming our own pid that this process does not hold (pid reused after a restart)', async () => {
    await writeFile(join(tempDir(), LOCK_FILE), `${process.pid}\n`);
    const lock = await acquireDirectoryLock(tempDir());
    await lock.release();
    expect(await lockExists(tempDir())).toBe(false);
  });

  it('takes over an unreadable LOCK once it is too old to be mid-creation', async () => {
    await writeFile(join(tempDir(), LOCK_FILE), 'garbage');
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(join(tempDir(), LOCK_FILE), longAgo, longAgo);
    const lock = await acquireDirectoryLock(tempDir());
    expect((await holderOf(tempDir())).pid).toBe(process.pid);
    await lock.release();
  });

  it('waits for a fresh empty LOCK to be written before judging it stale', async () => {
    await writeFile(join(tempDir(), LOCK_FILE), '');
    const started = Date.now();
    const lock = await acquireDirectoryLock(tempDir());
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    await lock.release();
  });

  it('does not delete a LOCK that another process took over', async () => {
    const lock = await acquireDirectoryLock(tempDir());
    await writeFile(join(tempDir(), LOCK_FILE), '1\n');
    await lock.release();
    expect((await readFile(join(tempDir(), LOCK_FILE), 'utf8')).trim()).toBe('1');
  });
});

describe('the lease, for holders whose pid means nothing here (another container or machine)', () => {
  const tempDir = useTempDir();
  const defaults = { ...LEASE };
  beforeEach(() => Object.assign(LEASE, { RENEW_MS: 100, LEASE_MS: 600, EXPIRED_MS: 60_000 }));
  afterEach(() => Object.assign(LEASE, defaults));

  /** A LOCK as a process in another PID namespace on `host` writes it: pid 1, like every container's. */
  const foreign = (owner: string) =>
    `${JSON.stringify({ owner, pid: 1, host: 'other-host', pidSpace: 'another-boot/pid:[1]' })}\n`;

  it('is refused while the holder renews its lease, though its pid is not alive here', async () => {
    const lockPath = join(tempDir(), LOCK_FILE);
    await writeFile(lockPath, foreign('a'.repeat(32)));
    const renewing = setInterval(() => void utimes(lockPath, new Date(), new Date()), 100);
    try {
      const attempt = acquireDirectoryLock(tempDir());
      await expect(attempt).rejects.toThrow(
        `data directory ${tempDir()} is in use by process 1 on other-host; stop it or point DATA_DIR elsewhere`,
      );
    } finally {
      clearInterval(renewing);
    }
  });

  it('is taken over once the lease has gone unrenewed for LEASE_MS, not before', async () => {
    await writeFile(join(tempDir(), LOCK_FILE), foreign('b'.repeat(32)));
    const started = Date.now();
    const lock = await acquireDirectoryLock(tempDir());
    expect(Date.now() - started).toBeGreaterThanOrEqual(LEASE.LEASE_MS);
    expect((await holderOf(tempDir())).pid).toBe(process.pid);
    await lock.release();
  });

  it('renews its own lease, and notices when another process took it over', async () => {
    const lock = await acquireDirectoryLock(tempDir());
    const lockPath = join(tempDir(), LOCK_FILE);
    const old = new Date(Date.now() - 30_000);
    await utimes(lockPath, old, old);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Date.now() - (await stat(lockPath)).mtimeMs).toBeLessThan(10_000);
    expect(lock.lost).toBeUndefined();
    await writeFile(lockPath, foreign('c'.repeat(32)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lock.lost).toBe(`the lock of data directory ${tempDir()} was taken over by another process`);
    await lock.release();
    expect(await lockExists(tempDir())).toBe(true); // not ours to remove any more
  });
});

describe('acquireDirectoryLock across processes', () => {
  const tempDir = useTempDir();

  it('is refused while a live child holds the directory, and taken over once the child is killed', async () => {
    const child = spawnTs(`${FIXTURES}/lock-holder.ts`, [tempDir()]);
    try {
      await child.waitForLine((line) => line === 'locked');
      const childPid = child.process.pid;
      const attempt = acquireDirectoryLock(tempDir());
      await expect(attempt).rejects.toThrow(DataDirectoryLockedError);
      await expect(attempt).rejects.toThrow(`is in use by process ${childPid};`);
      await expect(attempt).rejects.toMatchObject({ pid: childPid, directory: tempDir() });
    } finally {
      child.process.kill('SIGKILL');
      await child.closed;
    }
    const lock = await acquireDirectoryLock(tempDir());
    expect((await holderOf(tempDir())).pid).toBe(process.pid);
    await lock.release();
  });

  it('lets exactly one of several racing processes take over a stale LOCK', async () => {
    await writeFile(join(tempDir(), LOCK_FILE), `${deadPid()}\n`);
    const children = Array.from({ length: 6 }, () =>
      spawnTs(`${FIXTURES}/lock-racer.ts`, [tempDir()], { stdin: true }),
    );
    try {
      // Each child starts up at its own pace; once all are ready they are given one instant, shortly ahead,
      // at which all start acquiring, so that they really race.
      await Promise.all(children.map((child) => child.waitForLine((line) => line === 'ready')));
      const startAt = Date.now() + 100;
      for (const child of children) child.process.stdin?.end(`${startAt}\n`);
      const outcomes = await Promise.all(
        children.map((child) => child.waitForLine((line) => line !== 'ready')),
      );
      expect(outcomes.filter((outcome) => outcome === 'won')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome === 'DataDirectoryLockedError')).toHaveLength(5);
    } finally {
      for (const child of children) child.process.kill('SIGKILL');
      await Promise.all(children.map((child) => child.closed));
    }
  });
});
