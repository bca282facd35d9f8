import { open, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  ensureDirectory,
  FILE_MODE,
  removeTempFiles,
  tempPathFor,
  writeFileAtomic,
} from '../../../lib/atomic-file';
import { ClosedError, CorruptJournalError, LockLostError, RevisionOrderError } from './errors';
import { Journal, type JournalContents } from './journal';
import { acquireDirectoryLock, type DirectoryLock } from './lock';
import { readSnapshot, revisionOf, sealedSnapshot } from './snapshot-file';

export const SNAPSHOT_FILE = 'snapshot.json';
export const JOURNAL_FILE = 'journal.log';
export const DEFAULT_COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

export interface Revisioned {
  revision: number;
}

export interface DataDirectoryOptions {
  /** Journal size at which needsCompaction() turns true. Default 8 MiB. */
  compactAfterBytes?: number;
}

/** What open() found on disk: replay `entries` in order on top of `snapshot` to get the last durable state. */
export interface OpenedDataDirectory<Snapshot extends Revisioned, Entry extends Revisioned> {
  directory: DataDirectory<Snapshot, Entry>;
  snapshot: Snapshot | null;
  /** Journal entries newer than the snapshot, in append order. */
  entries: Entry[];
  recovered: { tornBytes: number };
}

/**
 * A data directory owned by this process: `snapshot.json` (the state at some revision, replaced atomically)
 * plus `journal.log` (every entry appended since). Revisions are what make this crash-safe: entries must
 * have strictly increasing revisions, and a snapshot must cover every entry appended before it, so an entry
 * at or below the snapshot's revision is always already in the snapshot and replay can skip it.
 */
export class DataDirectory<Snapshot extends Revisioned, Entry extends Revisioned> {
  private closing: Promise<void> | undefined;
  private probed: { at: number; problem: string | undefined } | undefined;

  private constructor(
    readonly path: string,
    private readonly lock: DirectoryLock,
    private readonly journal: Journal<Entry>,
    private readonly compactAfterBytes: number,
    /** Highest revision accepted so far (appended, snapshotted, or queued to be). */
    private lastRevision: number,
  ) {}

  /**
   * Opens `dir` (created if missing) for exclusive use by this process and loads its durable state. Temp
   * files from interrupted atomic writes are removed and a torn journal tail is cut off (reported in
   * `recovered.tornBytes`); nothing else is ever discarded.
   * @throws DataDirectoryLockedError if another live process, or this one, has it open;
   *   CorruptSnapshotError / CorruptJournalError naming the damaged file.
   */
  static async open<Snapshot extends Revisioned, Entry extends Revisioned>(
    dir: string,
    options: DataDirectoryOptions = {},
  ): Promise<OpenedDataDirectory<Snapshot, Entry>> {
    const path = resolve(dir);
    const compactAfterBytes = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES;
    if (!(compactAfterBytes > 0))
      throw new RangeError(`compactAfterBytes must be positive, got ${compactAfterBytes}`);
    await ensureDirectory(path);
    const lock = await acquireDirectoryLock(path);
    try {
      await removeTempFiles(path);
      const snapshot = await readSnapshot<Snapshot>(join(path, SNAPSHOT_FILE));
      const { journal, contents } = await Journal.open<Entry>(join(path, JOURNAL_FILE));
      try {
        const snapshotRevision = snapshot?.revision ?? Number.NEGATIVE_INFINITY;
        const { entries, lastRevision } = entriesAfter(journal.path, contents, snapshotRevision);
        return {
          directory: new DataDirectory(path, lock, journal, compactAfterBytes, lastRevision),
          snapshot,
          entries,
          recovered: { tornBytes: contents.tornBytes },
        };
      } catch (error) {
        await journal.close();
        throw error;
      }
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /**
   * Appends `entry` to the journal; resolves only once it is on stable storage. Appends and compactions are
   * applied in call order, never interleaved. A rejected append is not acknowledged: after a reopen it may
   * or may not be among the entries, exactly as if the process had crashed during it.
   * @throws RevisionOrderError unless entry.revision exceeds every revision appended or compacted before;
   *   TypeError if the entry is not JSON-serialisable; JournalWriteError on I/O failure; ClosedError.
   */
  async append(entry: Entry): Promise<void> {
    this.assertOpen();
    if (this.lock.lost) throw new LockLostError(this.path, this.lock.lost);
    const revision = entry.revision;
    if (!Number.isFinite(revision) || revision <= this.lastRevision) {
      throw new RevisionOrderError(
        this.path,
        `entry revision ${revision} must be greater than the last revision ${this.lastRevision}`,
      );
    }
    const previous = this.lastRevision;
    const written = this.journal.append(entry);
    this.lastRevision = revision;
    // The journal is as before a failed append, so its revision may be used again; unless a later append
    // has been accepted meanwhile, which then must stay the one to beat.
    written.catch(() => {
      if (this.lastRevision === revision) this.lastRevision = previous;
    });
    return written;
  }

  /**
   * Whether the directory can be written right now: a failed journal write has been undone, and a small
   * file can be written, fsync'd and removed (it cannot on a full disk or a volume remounted read-only).
   * Probes at most once a second; readiness checks call it often.
   * @returns undefined when writable, else why not (without paths: readiness answers are public).
   */
  async writable(): Promise<string | undefined> {
    this.assertOpen();
    if (this.lock.lost) return 'the data directory was taken over by another process';
    const now = Date.now();
    if (this.probed && now - this.probed.at < PROBE_INTERVAL_MS) return this.probed.problem;
    const problem = (await this.journal.recover())
      ? await probeWrite(this.path)
      : 'the journal cannot be written since a failed write';
    this.probed = { at: now, problem };
    return problem;
  }

  /** True once the journal has grown to `compactAfterBytes`: time to call compact() with the current state. */
  needsCompaction(): boolean {
    this.assertOpen();
    return this.journal.size >= this.compactAfterBytes;
  }

  /**
   * Replaces snapshot.json atomically with `snapshot` and then empties the journal. The snapshot must be
   * the state after every append made so far; it is taken now (its lists copied) and written after those
   * appends are durable and before any later one. It is serialised a slice of records per turn of the
   * event loop (see jsonInSlices), so other requests go on meanwhile: the records in its lists must not
   * change (the store's are frozen). A crash between the two steps leaves the new snapshot with the old
   * journal, whose entries are all at or below the snapshot's revision and so skipped by open().
   * @throws RevisionOrderError if snapshot.revision is below an already appended revision (the journal reset
   *   would lose those entries); TypeError if not JSON-serialisable; AtomicWriteError / JournalWriteError on
   *   I/O failure (the previous state stays readable); ClosedError.
   */
  async compact(snapshot: Snapshot): Promise<void> {
    this.assertOpen();
    const revision = snapshot.revision;
    if (!Number.isFinite(revision) || revision < this.lastRevision) {
      throw new RevisionOrderError(
        this.path,
        `snapshot revision ${revision} must cover the last appended revision ${this.lastRevision}`,
      );
    }
    // Started now, so that the snapshot's lists are taken before the caller goes on.
    const sealed = sealedSnapshot(snapshot);
    sealed.catch(() => undefined); // reported by the checkpoint below
    const snapshotPath = join(this.path, SNAPSHOT_FILE);
    const done = this.journal.checkpoint(async () => writeFileAtomic(snapshotPath, await sealed));
    this.lastRevision = revision;
    return done;
  }

  /**
   * Waits for pending appends and compactions, closes the journal and releases the lock, even if a pending
   * write failed (that failure was already reported to its caller). Idempotent; every other method throws
   * ClosedError once this has been called.
   */
  close(): Promise<void> {
    this.closing ??= this.journal.close().finally(() => this.lock.release());
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closing) throw new ClosedError('data directory', this.path);
  }
}

/** Checks the revision rules on what was read, so a violation is reported instead of replayed wrongly. */
function entriesAfter<Entry extends Revisioned>(
  journalPath: string,
  contents: JournalContents<Entry>,
  snapshotRevision: number,
): { entries: Entry[]; lastRevision: number } {
  const entries: Entry[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  contents.records.forEach((record, index) => {
    const revision = revisionOf(record);
    const offset = contents.offsets[index] ?? 0;
    if (!Number.isFinite(revision))
      throw new CorruptJournalError(journalPath, offset, 'entry has no numeric "revision"');
    if (revision <= previous) {
      throw new CorruptJournalError(
        journalPath,
        offset,
        `entry revision ${revision} does not follow ${previous}`,
      );
    }
    previous = revision;
    if (revision > snapshotRevision) entries.push(record);
  });
  return { entries, lastRevision: Math.max(snapshotRevision, previous) };
}

const PROBE_INTERVAL_MS = 1_000;
/** About what a small write needs; a disk without this much room cannot take one. */
const PROBE_BYTES = 4096;

async function probeWrite(directory: string): Promise<string | undefined> {
  // A temp file's name, so that one left by a crash right now is removed at the next open.
  const path = tempPathFor(join(directory, 'probe'));
  try {
    const handle = await open(path, 'wx', FILE_MODE);
    try {
      await handle.write(Buffer.alloc(PROBE_BYTES));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    return undefined;
  } catch (error) {
    // Said without the path: readiness answers reach whoever asks.
    return `the data directory cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
  } finally {
    await rm(path, { force: true }).catch(() => undefined);
  }
}
