import { readdir } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { spawnTs } from '../helpers/child';
import { postGraphQL } from '../helpers/graphql';
import { tempDir } from '../helpers/temp-dir';

/** `npm start` as a process: configuration errors, seeding on first start, graceful shutdown, data kept. */
describe('server process (src/server/main.ts)', () => {
  it('exits non-zero naming the variable when the configuration is bad, touching nothing', async () => {
    const dir = await tempDir();
    try {
      const result = await spawnTs('src/server/main.ts', [], {
        env: { PORT: 'forty', DATA_DIR: `${dir.path}/data` },
      }).closed;
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('PORT="forty"');
      expect(await readdir(dir.path)).toEqual([]); // no data directory created
    } finally {
      await dir.remove();
    }
  });

  it('seeds an empty store, serves GraphQL, shuts down on SIGTERM and keeps the data', async () => {
    const dir = await tempDir();
    // NODE_ENV as a user has it: jest's "test" would switch off Apollo's own signal handling.
    const env = { PORT: '0', DATA_DIR: dir.path, NODE_ENV: 'development' };
    try {
      const first = spawnTs('src/server/main.ts', [], { env });
      const [, url] = await first.waitForLine(/at (http:\S+\/graphql)/);
      const res = await postGraphQL(url!, '{ about { revision } actors(first: 0) { totalCount } }');
      const body = res;
      expect(body.data.about.revision).toBe(1);
      const actors = body.data.actors.totalCount;
      expect(actors).toBeGreaterThanOrEqual(60);

      // While it runs, a second server on the same DATA_DIR is refused, naming the owner.
      const intruder = await spawnTs('src/server/main.ts', [], { env }).closed;
      expect(intruder.code).toBe(1);
      expect(intruder.stderr).toContain(`is in use by process ${first.process.pid}`);

      first.process.kill('SIGTERM');
      expect((await first.closed).code).toBe(0);
      // A clean shutdown closes the store, which releases the directory.
      expect(await readdir(dir.path)).not.toContain('LOCK');

      // Second start: the data is still there, so the seed is not loaded again.
      const second = spawnTs('src/server/main.ts', [], { env });
      const [, secondUrl] = await second.waitForLine(/at (http:\S+\/graphql)/);
      const again = await postGraphQL(secondUrl!, '{ about { revision } actors(first: 0) { totalCount } }');
      expect(again.data).toEqual({
        about: { revision: 1 },
        actors: { totalCount: actors },
      });
      second.process.kill('SIGTERM');
      const { code, stdout } = await second.closed;
      expect(code).toBe(0);
      expect(stdout).not.toContain('loaded the kosovo seed');
    } finally {
      await dir.remove();
    }
  });

  it('names PORT when the port is taken, and leaves the data directory free', async () => {
    const dir = await tempDir();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as AddressInfo).port;
      const result = await spawnTs('src/server/main.ts', [], {
        env: { PORT: String(port), DATA_DIR: dir.path, SEED: 'none' },
      }).closed;
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`PORT=${port}: another process is already listening on it`);
      expect(await readdir(dir.path)).not.toContain('LOCK');
    } finally {
      blocker.close();
      await dir.remove();
    }
  });

  it('starts empty with SEED=none', async () => {
    const dir = await tempDir();
    try {
      const child = spawnTs('src/server/main.ts', [], {
        env: { PORT: '0', DATA_DIR: dir.path, SEED: 'none' },
      });
      const [, url] = await child.waitForLine(/at (http:\S+\/graphql)/);
      const res = await postGraphQL(url!, '{ about { revision } }');
      expect(res.data.about.revision).toBe(0);
      child.process.kill('SIGTERM');
      expect((await child.closed).code).toBe(0);
    } finally {
      await dir.remove();
    }
  });
});
