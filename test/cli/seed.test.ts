import { spawnTs } from '../helpers/child';
import { tempDir } from '../helpers/temp-dir';

describe('npm run seed (src/cli/seed.ts)', () => {
  it('loads the seed into the configured store, and a second run changes nothing', async () => {
    const dir = await tempDir();
    try {
      const first = await spawnTs('src/cli/seed.ts', [], { env: { DATA_DIR: dir.path } }).closed;
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('seed kosovo: 202 created, 0 updated, 0 unchanged; revision 1');
      const second = await spawnTs('src/cli/seed.ts', [], { env: { DATA_DIR: dir.path } }).closed;
      expect(second.stdout).toContain('seed kosovo: 0 created, 0 updated, 202 unchanged; revision 1');
    } finally {
      await dir.remove();
    }
  });

  it('rejects an unknown seed name', async () => {
    const result = await spawnTs('src/cli/seed.ts', ['atlantis'], {
      env: { DATA_DIR: '/nonexistent/never-created' },
    }).closed;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown seed "atlantis"; known: kosovo');
  });
});
