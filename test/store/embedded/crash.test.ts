import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { spawnTs } from '../../helpers/child';
import { tempDir } from '../../helpers/temp-dir';

/** Writes batches as fast as it can, printing "ack <revision> <actor id>" for each, until killed. */
const WRITE_LOOP = 'test/store/embedded/fixtures/write-loop.ts';

/**
 * A process killed with SIGKILL in the middle of a stream of writes: on reopen every acknowledged write is
 * there, no batch is half there, and the store accepts writes again. Run with a tiny compaction threshold
 * too, so that the kill can land in the middle of a compaction.
 */
describe.each([
  ['journal only', 64 * 1024 * 1024],
  ['compacting every few writes', 4 * 1024],
])('embedded store killed mid-write (%s)', (_label, compactAfterBytes) => {
  it('keeps every acknowledged write and stays readable and writable', async () => {
    const dir = await tempDir();
    try {
      const child = spawnTs(WRITE_LOOP, [dir.path, String(compactAfterBytes)]);
      await child.waitForLine(/^ack (\d+) crash-actor-149$/, 60_000);
      child.process.kill('SIGKILL');
      const { signal, stdout } = await child.closed;
      expect(signal).toBe('SIGKILL');
      const acks = [...stdout.matchAll(/ack (\d+) (crash-actor-\d+)\n/g)].map((m) => ({
        revision: Number(m[1]),
        id: m[2]!,
      }));
      expect(acks.length).toBeGreaterThanOrEqual(150);

      const store = await EmbeddedStore.open({ dataDir: dir.path, compactAfterBytes });
      try {
        const revision = await store.revision();
        const last = acks[acks.length - 1]!;
        // The write in flight at the kill may or may not have become durable; nothing acknowledged is lost.
        expect(revision === last.revision || revision === last.revision + 1).toBe(true);
        const actors = await store.getMany(
          'actors',
          acks.map((a) => a.id),
        );
        expect(actors.every((a) => a !== null)).toBe(true);
        const snapshot = await store.snapshot();
        // revision 1 made the area and the theme; each later revision one actor and its partnership.
        expect(snapshot.actors).toHaveLength(revision - 1);
        expect(snapshot.partnerships).toHaveLength(revision - 1);
        for (const p of snapshot.partnerships) {
          expect(snapshot.actors.some((a) => a.id === p.participants[0]!.actorId)).toBe(true);
        }
        const after = await store.write({
          upsert: { themes: [{ id: 'crash-after', name: 'After the crash' }] },
        });
        expect(after.revision).toBe(revision + 1);
      } finally {
        await store.close();
      }
    } finally {
      await dir.remove();
    }
  });
});
