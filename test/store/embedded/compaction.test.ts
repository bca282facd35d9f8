import { mkdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { tempDir } from '../../helpers/temp-dir';

const theme = (i: number) => ({ upsert: { themes: [{ id: `compaction-theme-${i}`, name: `Theme ${i}` }] } });

/** Polls health() until `done` holds, for at most 20 s (a busy machine): compaction runs after the write returns. */
async function healthWhen(store: EmbeddedStore, done: (detail: string | undefined) => boolean) {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    const health = await store.health();
    if (done(health.detail)) return health;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('health() never reached the expected state');
}

describe('embedded store compaction', () => {
  it('never fails an acknowledged write, reports a failed compaction, and recovers from it', async () => {
    const dir = await tempDir();
    let store = await EmbeddedStore.open({ dataDir: dir.path, compactAfterBytes: 1 });
    try {
      // A directory where the snapshot file should go makes the atomic rename fail.
      await mkdir(join(dir.path, 'snapshot.json'));
      const first = await store.write(theme(1));
      expect(first.revision).toBe(1);
      const failing = await healthWhen(store, (detail) => detail !== undefined);
      expect(failing).toMatchObject({ ok: true, revision: 1 });
      expect(failing.detail).toMatch(/^journal compaction failed, the journal still holds every write: /);

      await rmdir(join(dir.path, 'snapshot.json'));
      await store.write(theme(2));
      expect(await healthWhen(store, (detail) => detail === undefined)).toEqual({
        ok: true,
        store: 'embedded',
        revision: 2,
      });
      await store.close();
      store = await EmbeddedStore.open({ dataDir: dir.path });
      expect((await store.listThemes()).map((t) => t.id)).toEqual([
        'compaction-theme-1',
        'compaction-theme-2',
      ]);
      expect(await store.revision()).toBe(2);
    } finally {
      await store.close();
      await dir.remove();
    }
  });
});
