import { createHash } from 'node:crypto';
import { access, appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../../src/lib/atomic-file';
import {
  DataDirectory,
  JOURNAL_FILE,
  SNAPSHOT_FILE,
  type DataDirectoryOptions,
} from '../../../../src/store/embedded/durability/data-directory';
import {
  ClosedError,
  CorruptJournalError,
  CorruptSnapshotError,
  DataDirectoryLockedError,
  RevisionOrderError,
} from '../../../../src/store/embedded/durability/errors';
import { Journal } from '../../../../src/store/embedded/durability/journal';
import { LOCK_FILE } from '../../../../src/store/embedded/durability/lock';
import { useTempDir } from '../../../helpers/temp-dir';

interface State {
  revision: number;
  names: string[];
}
interface Entry {
  revision: number;
  add: string;
}

const entry = (revision: number): Entry => ({ revision, add: `actor-${revision}` });
const open = (dir: string, options?: DataDirectoryOptions) => DataDirectory.open<State, Entry>(dir, options);

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Opens, runs `work`, closes: one process lifetime. */
async function session(
  dir: string,
  work: (directory: DataDirectory<State, Entry>) => Promise<void>,
): Promise<void> {
  const { directory } = await open(dir);
  try {
    await work(directory);
  } finally {
    await directory.close();
  }
}

describe('DataDirectory', () => {
  const tempDir = useTempDir();

  it('creates a missing directory and starts empty', async () => {
    const dir = join(tempDir(), 'nested', 'data');
    const { directory, snapshot, entries, recovered } = await open(dir);
    expect({ snapshot, entries, recovered }).toEqual({
      snapshot: null,
      entries: [],
      recovered: { tornBytes: 0 },
    });
    expect((await readdir(dir)).sort()).toEqual([JOURNAL_FILE, LOCK_FILE].sort());
    await directory.close();
    expect(await readdir(dir)).toEqual([JOURNAL_FILE]);
  });

  it('returns appended entries on reopen', async () => {
    await session(tempDir(), async (directory) => {
      for (let revision = 1; revision <= 10; revision++) await directory.append(entry(revision));
    });
    const { directory, snapshot, entries } = await open(tempDir());
    expect(snapshot).toBeNull();
    expect(entries).toEqual(Array.from({ length: 10 }, (_, i) => entry(i + 1)));
    await directory.close();
  });

  it('after compaction, reopens to the snapshot plus only the entries appended after it', async () => {
    await session(tempDir(), async (directory) => {
      for (let revision = 1; revision <= 5; revision++) await directory.append(entry(revision));
      await directory.compact({ revision: 5, names: ['a', 'b'] });
      expect((await stat(join(tempDir(), JOURNAL_FILE))).size).toBe(0);
      await directory.append(entry(6));
      await directory.append(entry(7));
    });
    const { directory, snapshot, entries } = await open(tempDir());
    expect(snapshot).toEqual({ revision: 5, names: ['a', 'b'] });
    expect(entries).toEqual([entry(6), entry(7)]);
    await directory.close();
  });

  it('skips entries already in the snapshot after a crash between snapshot rename and journal reset', async () => {
    await session(tempDir(), async (directory) => {
      for (let revision = 1; revision <= 5; revision++) await directory.append(entry(revision));
    });
    // What compact() leaves if the process dies right after the rename: new snapshot, old journal.
    await writeFileAtomic(join(tempDir(), SNAPSHOT_FILE), JSON.stringify({ revision: 3, names: ['x'] }));
    await session(tempDir(), async () => undefined);
    const reopened = await open(tempDir());
    expect(reopened.snapshot).toEqual({ revision: 3, names: ['x'] });
    expect(reopened.entries).toEqual([entry(4), entry(5)]);
    // Appends continue after the leftovers and are kept on the next open.
    await expect(reopened.directory.append(entry(5))).rejects.toThrow(RevisionOrderError);
    await reopened.directory.append(entry(6));
    await reopened.directory.close();
    const again = await open(tempDir());
    expect(again.entries).toEqual([entry(4), entry(5), entry(6)]);
    await again.directory.close();
  });

  it('never interleaves a compaction with appends: it lands exactly between earlier and later calls', async () => {
    const { directory } = await open(tempDir());
    const state: State = { revision: 2, names: ['one', 'two'] };
    await Promise.all([
      directory.append(entry(1)),
      directory.append(entry(2)),
      directory.compact(state),
      directory.append(entry(3)),
    ]);
    await directory.close();
    const reopened = await open(tempDir());
    expect(reopened.snapshot).toEqual({ revision: 2, names: ['one', 'two'] });
    expect(reopened.entries).toEqual([entry(3)]);
    await reopened.directory.close();
  });

  it('stores the snapshot as it was when compact was called', async () => {
    const { directory } = await open(tempDir());
    const state: State = { revision: 1, names: ['before'] };
    const compacted = directory.compact(state);
    state.names.push('after');
    await compacted;
    await directory.close();
    const sealed = JSON.parse(await readFile(join(tempDir(), SNAPSHOT_FILE), 'utf8'));
    expect(sealed.snapshot).toEqual({ revision: 1, names: ['before'] });
    expect(sealed.sha256).toBe(createHash('sha256').update(JSON.stringify(sealed.snapshot)).digest('hex'));
  });

  it('refuses a snapshot with any byte changed, by its checksum', async () => {
    await session(tempDir(), (directory) => directory.compact({ revision: 7, names: ['Fëmijët'] }));
    const snapshotPath = join(tempDir(), SNAPSHOT_FILE);
    const good = await readFile(snapshotPath);
    const at = good.indexOf('7');
    const changed = Buffer.from(good);
    changed[at] = '8'.charCodeAt(0); // still valid JSON, still a numeric revision
    await writeFile(snapshotPath, changed);
    await expect(open(tempDir())).rejects.toThrow(
      `snapshot ${snapshotPath} is corrupt: its content does not match its checksum`,
    );
    await writeFile(snapshotPath, good);
    const { directory, snapshot } = await open(tempDir());
    expect(snapshot).toEqual({ revision: 7, names: ['Fëmijët'] });
    await directory.close();
  });

  it('creates its directory 0700 and its files 0600: they hold contacts', async () => {
    const dir = join(tempDir(), 'fresh');
    await session(dir, async (directory) => {
      await directory.append(entry(1));
      await directory.compact({ revision: 1, names: [] });
      expect((await stat(join(dir, LOCK_FILE))).mode & 0o777).toBe(0o600);
    });
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, JOURNAL_FILE))).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, SNAPSHOT_FILE))).mode & 0o777).toBe(0o600);
  });

  it('enforces revision order so that replay can never skip or lose an entry', async () => {
    const { directory } = await open(tempDir());
    await directory.append(entry(2));
    await expect(directory.append(entry(2))).rejects.toThrow(RevisionOrderError);
    await expect(directory.append(entry(1))).rejects.toThrow(tempDir());
    await expect(directory.append(entry(Number.NaN))).rejects.toThrow(RevisionOrderError);
    await expect(directory.compact({ revision: 1, names: [] })).rejects.toThrow(RevisionOrderError);
    await directory.compact({ revision: 4, names: [] });
    await expect(directory.append(entry(4))).rejects.toThrow(RevisionOrderError);
    await directory.append(entry(5));
    await directory.close();
  });

  it('does not use up a revision on an entry JSON cannot represent', async () => {
    const { directory } = await open(tempDir());
    await expect(directory.append({ revision: 1, add: 1n } as unknown as Entry)).rejects.toThrow(TypeError);
    await directory.append(entry(1));
    await directory.close();
  });

  it('asks for compaction once the journal reaches the threshold', async () => {
    const { directory } = await open(tempDir(), { compactAfterBytes: 200 });
    let revision = 0;
    while (!directory.needsCompaction()) await directory.append(entry(++revision));
    expect((await stat(join(tempDir(), JOURNAL_FILE))).size).toBeGreaterThanOrEqual(200);
    await directory.compact({ revision, names: [] });
    expect(directory.needsCompaction()).toBe(false);
    await directory.close();
    await expect(open(tempDir(), { compactAfterBytes: 0 })).rejects.toThrow(RangeError);
  });

  it('refuses a second open while the directory is open', async () => {
    const { directory } = await open(tempDir());
    await expect(open(tempDir())).rejects.toThrow(DataDirectoryLockedError);
    await directory.close();
    await (await open(tempDir())).directory.close();
  });

  it('closes idempotently and refuses any use afterwards', async () => {
    const { directory } = await open(tempDir());
    const pending = directory.append(entry(1));
    await Promise.all([directory.close(), directory.close()]);
    await pending;
    await expect(directory.append(entry(2))).rejects.toThrow(ClosedError);
    await expect(directory.compact({ revision: 2, names: [] })).rejects.toThrow(
      `data directory ${tempDir()}`,
    );
    expect(() => directory.needsCompaction()).toThrow(ClosedError);
    expect(await exists(join(tempDir(), LOCK_FILE))).toBe(false);
    const reopened = await open(tempDir());
    expect(reopened.entries).toEqual([entry(1)]);
    await reopened.directory.close();
  });

  it('reports a torn journal tail and carries on after it', async () => {
    await session(tempDir(), async (directory) => {
      await directory.append(entry(1));
    });
    await appendFile(join(tempDir(), JOURNAL_FILE), Buffer.from([0x10, 0x00, 0x00, 0x00, 0xaa]));
    const { directory, entries, recovered } = await open(tempDir());
    expect(entries).toEqual([entry(1)]);
    expect(recovered).toEqual({ tornBytes: 5 });
    await directory.append(entry(2));
    await directory.close();
    const reopened = await open(tempDir());
    expect(reopened.entries).toEqual([entry(1), entry(2)]);
    await reopened.directory.close();
  });

  it('removes temp files left by an interrupted snapshot write', async () => {
    await writeFile(join(tempDir(), `.${SNAPSHOT_FILE}.4242.0123456789ab.tmp`), '{"revision":');
    const { directory } = await open(tempDir());
    expect((await readdir(tempDir())).sort()).toEqual([JOURNAL_FILE, LOCK_FILE].sort());
    await directory.close();
  });

  it('refuses a corrupt snapshot, naming the file, and releases the directory', async () => {
    const snapshotPath = join(tempDir(), SNAPSHOT_FILE);
    await writeFile(snapshotPath, '{"revision": 3, "names": [');
    await expect(open(tempDir())).rejects.toThrow(CorruptSnapshotError);
    await expect(open(tempDir())).rejects.toThrow(`snapshot ${snapshotPath} is corrupt`);
    await writeFile(snapshotPath, '{"names": []}');
    await expect(open(tempDir())).rejects.toThrow('no numeric "revision"');
    expect(await exists(join(tempDir(), LOCK_FILE))).toBe(false);
  });

  it('refuses a journal whose entries break the revision rules', async () => {
    await session(tempDir(), async (directory) => {
      await directory.append(entry(1));
    });
    const { journal } = await Journal.open<unknown>(join(tempDir(), JOURNAL_FILE));
    await journal.append({ revision: 1, add: 'again' });
    await journal.close();
    await expect(open(tempDir())).rejects.toThrow(CorruptJournalError);
    await expect(open(tempDir())).rejects.toThrow('entry revision 1 does not follow 1');
    expect(await exists(join(tempDir(), LOCK_FILE))).toBe(false);
  });
});
