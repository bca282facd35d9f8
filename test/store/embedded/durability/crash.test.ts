import { join } from 'node:path';
import { DataDirectory } from '../../../../src/store/embedded/durability/data-directory';
import { compileDurabilityModule, runNodeScript } from './helpers/child-process';
import { useTempDir } from './helpers/temp-dir';

interface State {
  revision: number;
  revisions: number[];
}
interface Entry {
  revision: number;
  padding: string;
}

/** Entry sizes vary with the revision, so frames and compaction points fall at irregular offsets. */
const PADDING_CYCLE = 700;

/**
 * The writer a crashing store would be: it recovers whatever is on disk, then appends forever, printing
 * "ack N" only once append(N) has resolved, and compacts (without awaiting, so compactions queue up between
 * appends) whenever the journal passes a small threshold, so the kill can land in any phase.
 */
const WRITER = `
const { DataDirectory } = require('./data-directory');
const padding = (revision) => 'p'.repeat(revision % ${PADDING_CYCLE});
(async () => {
  const { directory, snapshot, entries } = await DataDirectory.open(process.argv[2], { compactAfterBytes: 8 * 1024 });
  const revisions = [...(snapshot ? snapshot.revisions : []), ...entries.map((entry) => entry.revision)];
  let revision = revisions.length === 0 ? 0 : revisions[revisions.length - 1];
  let compacting = false;
  console.log('opened ' + revision);
  for (;;) {
    revision += 1;
    await directory.append({ revision, padding: padding(revision) });
    revisions.push(revision);
    console.log('ack ' + revision);
    if (!compacting && directory.needsCompaction()) {
      compacting = true;
      directory.compact({ revision, revisions }).then(
        () => { compacting = false; },
        (error) => { console.error(error); process.exit(1); },
      );
    }
  }
})().catch((error) => { console.error(error); process.exit(1); });
`;

describe('crash recovery with a real process kill', () => {
  const tempDir = useTempDir();
  let compiled: { dir: string; dispose(): Promise<void> };

  beforeAll(async () => {
    compiled = await compileDurabilityModule();
  });
  afterAll(async () => {
    await compiled.dispose();
  });

  it('keeps every acknowledged append, in order, across repeated SIGKILLs mid-stream', async () => {
    const dataDir = join(tempDir(), 'data');
    let lastAcknowledged = 0;
    for (const killAfter of [150, 233, 97, 310]) {
      const child = await runNodeScript(compiled.dir, WRITER, [dataDir]);
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

    const { directory, snapshot, entries } = await DataDirectory.open<State, Entry>(dataDir);
    await directory.close();
    const revisions = [...(snapshot?.revisions ?? []), ...entries.map((entry) => entry.revision)];
    // A prefix of everything attempted: all acknowledged appends, plus at most the one in flight at the kill.
    expect(revisions.length === lastAcknowledged || revisions.length === lastAcknowledged + 1).toBe(true);
    expect(revisions).toEqual(Array.from({ length: revisions.length }, (_, i) => i + 1));
    expect(snapshot).not.toBeNull();
    for (const entry of entries) expect(entry.padding).toBe('p'.repeat(entry.revision % PADDING_CYCLE));
  });
});
