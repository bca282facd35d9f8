import { finished, spawnTs } from '../helpers/child';
import { tempDir } from '../helpers/temp-dir';

describe('npm run seed (src/cli/seed.ts)', () => {
  it('loads the seed into the configured store, and a second run changes nothing', async () => {
    const dir = await tempDir();
    try {
      const first = await finished(spawnTs('src/cli/seed.ts', [], { DATA_DIR: dir.path }));
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('seed kosovo: 169 created, 0 updated, 0 unchanged; revision 1');
      const second = await finished(spawnTs('src/cli/seed.ts', [], { DATA_DIR: dir.path }));
      expect(second.stdout).toContain('seed kosovo: 0 created, 0 updated, 169 unchanged; revision 1');
    } finally {
      await dir.remove();
    }
  });

  it('rejects an unknown seed name', async () => {
    const result = await finished(spawnTs('src/cli/seed.ts', ['atlantis'], { DATA_DIR: '/nonexistent/never-created' }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown seed "atlantis"; known: kosovo');
  });
});
