import { join } from 'node:path';
import { DataDirectory } from '../../../../src/store/embedded/durability/data-directory';
import { spawnTs } from '../../../helpers/child';
import { useTempDir } from '../../../helpers/temp-dir';
import type { WriterEntry, WriterState } from './fixtures/writer';

/** Recovers what is on disk, then appends (printing "ack N") and compacts until killed. */
const WRITER = 'test/store/embedded/durability/fixtures/writer.ts';

/** Entry sizes vary with the revision, so frames and compaction points fall at irregular offsets. */
const PADDING_CYCLE = 700;

describe('crash recovery with a real process kill', () => {
  const tempDir = useTempDir();

  it('keeps every acknowledged append, in order, across repeated SIGKILLs mid-stream', async () => {
    const dataDir = join(tempDir(), 'data');
    let lastAcknowledged = 0;
    for (const killAfter of [150, 233, 97, 310]) {
      const child = spawnTs(WRITER, [dataDir, String(PADDING_CYCLE)]);
      const opened = await child.waitForLine((line) => line.startsWith('opened '));
      // The restarted writer sees all it had acknowledged before being killed (the LOCK it left is stale).
      expect(Number(opened.slice('opened '.length)) - lastAcknowledged).toBeGreaterThanOrEqual(0);
      expect(Number(opened.slice('opened '.length)) - lastAcknowledged).toBeLessThanOrEqual(1);
      const target = lastAcknowledged + killAfter;
      await child.waitForLine((line) => line === `ack ${target}`);
      child.process.kill('SIGKILL');
      const { signal, stderr } = await child.closed;
      expect({ signal, stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
      const acks = child.lines.filter((line) => line.startsWith('ack ')).map((line) => Number(line.slice(4)));
      lastAcknowledged = Math.max(...acks);
    }

    const { directory, snapshot, entries } = await DataDirectory.open<WriterState, WriterEntry>(dataDir);
    await directory.close();
    const revisions = [...(snapshot?.revisions ?? []), ...entries.map((entry) => entry.revision)];
    // A prefix of everything attempted: all acknowledged appends, plus at most the one in flight at the kill.
    expect(revisions.length === lastAcknowledged || revisions.length === lastAcknowledged + 1).toBe(true);
    expect(revisions).toEqual(Array.from({ length: revisions.length }, (_, i) => i + 1));
    expect(snapshot).not.toBeNull();
    for (const entry of entries) expect(entry.padding).toBe('p'.repeat(entry.revision % PADDING_CYCLE));
  });
});
