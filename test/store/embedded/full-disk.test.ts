import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UnavailableError } from '../../../src/domain';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { fillDisk, mountSmallDisk, type SmallDisk } from '../../helpers/tmpfs';

const theme = (i: number) => ({ upsert: { themes: [{ id: `full-disk-theme-${i}`, name: `Theme ${i}` }] } });
/** Over a page of journal: the last page of the file may still have room when the disk has none. */
const manyThemes = (i: number) => ({
  upsert: {
    themes: Array.from({ length: 100 }, (_, j) => ({
      id: `full-disk-theme-${i}-${j}`,
      name: `Theme ${i}.${j}`,
    })),
  },
});
/** health() probes the disk at most once a second. */
const PROBE_INTERVAL_MS = 1_100;

const disk = mountSmallDisk(1024 * 1024);

if (typeof disk === 'string') {
  describe('embedded store on a full disk', () => {
    it.skip(`skipped: ${disk}`, () => {});
  });
} else {
  describe('embedded store on a full disk', () => {
    const smallDisk: SmallDisk = disk;
    afterAll(() => smallDisk.unmount());

    it('refuses writes without changing anything, says so without paths, is unready, and recovers', async () => {
      const dataDir = join(smallDisk.path, 'data');
      const errors: object[] = [];
      const log = { warn: () => {}, error: (details: object) => errors.push(details) };
      let store = await EmbeddedStore.open({ dataDir, log });
      try {
        expect((await store.write(theme(1))).revision).toBe(1);
        const filler = fillDisk(smallDisk.path);

        for (const attempt of [2, 3]) {
          const failed = store.write(manyThemes(attempt));
          await expect(failed).rejects.toThrow(UnavailableError);
          await expect(failed).rejects.toThrow(
            'the embedded store could not save this write (no space left on the data volume); nothing was changed',
          );
          await failed.catch((error: Error) => expect(error.message).not.toContain(smallDisk.path));
        }
        expect(errors).toHaveLength(2);
        expect(await store.revision()).toBe(1);
        expect((await store.listThemes()).map((t) => t.id)).toEqual(['full-disk-theme-1']);
        await sleep(PROBE_INTERVAL_MS);
        expect(await store.health()).toEqual({
          ok: false,
          store: 'embedded',
          revision: 1,
          detail: 'the data directory cannot be written (ENOSPC)',
        });

        rmSync(filler);
        await sleep(PROBE_INTERVAL_MS);
        expect(await store.health()).toEqual({ ok: true, store: 'embedded', revision: 1 });
        expect((await store.write(theme(4))).revision).toBe(2);
        await store.close();

        store = await EmbeddedStore.open({ dataDir, log });
        expect(await store.revision()).toBe(2);
        expect((await store.listThemes()).map((t) => t.id)).toEqual([
          'full-disk-theme-1',
          'full-disk-theme-4',
        ]);
      } finally {
        await store.close();
      }
    });
  });
}
