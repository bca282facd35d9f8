import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { appendKey } from '../../src/app/access/api-key-file';
import { generateKey, hashKey } from '../../src/app/access/api-keys';
import { startTestApi } from '../helpers/api';
import { spawnTs } from '../helpers/child';
import { postGraphQL } from '../helpers/graphql';
import { tempDir } from '../helpers/temp-dir';
import { mountSmallDisk } from '../helpers/tmpfs';

/** The server exits 1 with one line on stderr, naming the variable, and no stack trace. */
async function refusedStart(env: Record<string, string>): Promise<string> {
  const result = await spawnTs('src/server/main.ts', [], { env: { PORT: '0', SEED: 'kosovo', ...env } })
    .closed;
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

/** A process's state letter (R, S, Z for a zombie nobody reaped yet…), or 'gone'. */
function processState(pid: number): string {
  try {
    return /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]!;
  } catch {
    return 'gone';
  }
}

/** Configuration problems found before anything is written, and what the operator is told (issue 20 item 7). */
describe('starting the server with a bad DATA_DIR or keys file', () => {
  it('names DATA_DIR in one line when it is a file, or lies under one', async () => {
    const dir = await tempDir();
    try {
      const file = join(dir.path, 'not-a-dir');
      await writeFile(file, 'x');
      expect(await refusedStart({ DATA_DIR: file })).toBe(
        `error: invalid configuration: DATA_DIR="${file}": is not a directory (or lies under a file): point it at a directory, or at a path that can be created`,
      );
      expect(await refusedStart({ DATA_DIR: join(file, 'data') })).toMatch(
        /^error: invalid configuration: DATA_DIR=".*not-a-dir\/data": is not a directory/,
      );
    } finally {
      await dir.remove();
    }
  });

  const disk = mountSmallDisk(1024 * 1024);
  const onReadOnlyDisk = typeof disk === 'string' ? it.skip : it;
  if (typeof disk === 'string') console.log(`skipped: a read-only DATA_DIR: ${disk}`);
  afterAll(() => {
    if (typeof disk !== 'string') disk.unmount();
  });

  onReadOnlyDisk('names DATA_DIR in one line when its file system is read-only', async () => {
    const { path } = disk as Exclude<typeof disk, string>;
    execFileSync('mount', ['-o', 'remount,ro', path]);
    expect(await refusedStart({ DATA_DIR: join(path, 'data') })).toBe(
      `error: invalid configuration: DATA_DIR="${join(path, 'data')}": is on a read-only file system: the store must write its journal there`,
    );
  });

  it('refuses a bad API_KEYS_FILE before it creates DATA_DIR or loads the seed', async () => {
    const dir = await tempDir();
    try {
      const keys = join(dir.path, 'keys');
      await writeFile(keys, 'dashboard editor not-a-digest\n');
      const line = await refusedStart({ DATA_DIR: join(dir.path, 'data'), API_KEYS_FILE: keys });
      expect(line).toMatch(/^error: invalid configuration: API_KEYS_FILE=".*keys": line 1/);
      // Nothing written: no data directory, so no seed.
      expect(await readdir(dir.path)).toEqual(['keys']);
      const missing = await refusedStart({
        DATA_DIR: join(dir.path, 'data'),
        API_KEYS_FILE: join(dir.path, 'none'),
      });
      expect(missing).toMatch(/API_KEYS_FILE=".*none"/);
      expect(await readdir(dir.path)).toEqual(['keys']);
    } finally {
      await dir.remove();
    }
  });
});

describe('the keys file of a running server', () => {
  it('is read again, and the reload logged, when it changes: a new key works without SIGHUP', async () => {
    const api = await startTestApi({ captureLogs: true, seed: false });
    try {
      const key = generateKey();
      const asNew = () => postGraphQL(api.server.url, '{ about { revision } }', undefined, { key });
      expect((await asNew()).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      await appendKey(api.access.config.API_KEYS_FILE, {
        id: 'added-later',
        role: 'reader',
        sha256: hashKey(key),
      });
      const reloaded = () => api.logs.find((line) => line.msg === 'keys reloaded');
      for (let waited = 0; !reloaded() && waited < 20_000; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(reloaded()).toMatchObject({
        keysFile: api.access.config.API_KEYS_FILE,
        keys: 4,
        reason: 'the keys file changed',
      });
      expect((await asNew()).errors).toBeUndefined();

      // A broken file keeps the keys in use, and says why in the log.
      await writeFile(api.access.config.API_KEYS_FILE, 'garbage\n', { flag: 'a' });
      const refused = () => api.logs.find((line) => /^keys not reloaded/.test(line.msg));
      for (let waited = 0; !refused() && waited < 20_000; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(refused()!.msg).toMatch(/line 6/);
      expect((await asNew()).errors).toBeUndefined();
    } finally {
      await api.stop();
    }
  }, 60_000);
});

describe('npm start', () => {
  it('stops the server when npm, its parent, dies: no orphan holding the port', async () => {
    const dir = await tempDir();
    try {
      // As under npm: the server is the child of a process that may be killed without passing anything on.
      const npm = spawnTs('src/server/main.ts', [], {
        env: { PORT: '0', DATA_DIR: dir.path, SEED: 'none', npm_lifecycle_event: 'start' },
        wrapper: ['sh', '-c', '"$@" & echo "server pid $!"; wait', 'sh'],
      });
      const [, pid] = await npm.waitForLine(/^server pid (\d+)/);
      const [, port] = await npm.waitForLine(/at http:\/\/127\.0\.0\.1:(\d+)\/graphql/);
      npm.process.kill('SIGKILL');
      // stdout closes when the server, which holds it too, has exited.
      await npm.closed;
      expect(npm.lines.some((line) => line.includes('npm start exited: stopping with it'))).toBe(true);
      expect(npm.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
      expect(['gone', 'Z']).toContain(processState(Number(pid)));
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1');
        socket.once('connect', () => resolve(socket.destroy() && false));
        socket.once('error', () => resolve(true));
      });
      expect(refused).toBe(true);
      // Stopped cleanly: the lock is released.
      expect(await readdir(dir.path)).not.toContain('LOCK');
    } finally {
      await dir.remove();
    }
  }, 60_000);

  it('does not watch its parent when started by other means', async () => {
    const dir = await tempDir();
    await mkdir(join(dir.path, 'data'));
    try {
      const server = spawnTs('src/server/main.ts', [], {
        env: { PORT: '0', DATA_DIR: join(dir.path, 'data'), SEED: 'none', npm_lifecycle_event: '' },
        wrapper: ['sh', '-c', '"$@" & echo "server pid $!"; wait', 'sh'],
      });
      const [, pid] = await server.waitForLine(/^server pid (\d+)/);
      await server.waitForLine(/at http:\/\/127\.0\.0\.1:\d+\/graphql/);
      server.process.kill('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      // Still alive: `nohup node dist/src/server/main.js &` must survive its shell.
      expect(['gone', 'Z']).not.toContain(processState(Number(pid)));
      process.kill(Number(pid), 'SIGTERM');
      await server.closed;
    } finally {
      await dir.remove();
    }
  }, 60_000);
});
