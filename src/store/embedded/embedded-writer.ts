import { StaleRevisionError, UnavailableError, parseWriteBatch } from '../../domain';
import type { AuditRecord, NetworkSnapshot, WriteOptions, WriteResult } from '../network-store';
import { keptBy } from '../write-plan';
import { DataDirectory } from './durability/data-directory';
import { DataDirectoryLockedError, DurabilityError } from './durability/errors';
import { StoreInUseError } from '../store-errors';
import { NetworkState, type ChangeSet } from './network-state';
import { SerialQueue } from '../../lib/serial-queue';
import { shareStrings } from '../../lib/shared-strings';

/** The part of a logger (pino's) the store reports to. */
export interface StoreLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * snapshot.json: the network, and the audit records the audit log has not confirmed yet (so that a
 * compaction never drops the only copy of an acknowledged write's entry).
 */
type StoredSnapshot = NetworkSnapshot & { audit?: AuditRecord[] };

/**
 * The embedded store's write path: recovery on open, serialised writes journalled before they are
 * applied, compaction of the journal into a new snapshot, and the audit records not yet confirmed.
 */
export class EmbeddedWriter {
  private readonly writes = new SerialQueue();
  private compacting: Promise<unknown> | undefined;
  /** Why the last compaction failed; cleared by one that succeeds. */
  compactionFailure: string | undefined;

  private constructor(
    private readonly directory: DataDirectory<StoredSnapshot, ChangeSet>,
    private readonly state: NetworkState,
    private readonly log: StoreLog | undefined,
    /** Audit records committed but not yet confirmed as in the audit log; kept in snapshots too. */
    private unconfirmedAudit: AuditRecord[],
  ) {}

  /** Loads the snapshot in `dataDir`, replays the journal and takes the directory lock. */
  static async open(options: {
    dataDir: string;
    compactAfterBytes?: number;
    log?: StoreLog;
  }): Promise<{ writer: EmbeddedWriter; state: NetworkState }> {
    const opened = await DataDirectory.open<StoredSnapshot, ChangeSet>(options.dataDir, {
      compactAfterBytes: options.compactAfterBytes,
    }).catch((error: unknown) => {
      // The port's errors, not the durability layer's: callers do not depend on the adapter.
      if (error instanceof DataDirectoryLockedError) throw new StoreInUseError(error.message);
      if (error instanceof DurabilityError) throw new UnavailableError(error.message);
      throw error;
    });
    const { tornBytes } = opened.recovered;
    if (tornBytes > 0)
      options.log?.warn(
        { dataDir: opened.directory.path, tornBytes },
        `journal: cut off a torn last write of ${tornBytes} bytes (a crash during a write that was never acknowledged)`,
      );
    // The records stay in memory for the store's life: one copy of each repeated string (shareStrings).
    const strings = new Map<string, string>();
    const state = opened.snapshot
      ? NetworkState.fromSnapshot(shareStrings(opened.snapshot, strings))
      : new NetworkState();
    const audit = [...(opened.snapshot?.audit ?? [])];
    for (const entry of opened.entries) {
      state.replay(shareStrings(entry, strings));
      if (entry.audit) audit.push(entry.audit);
    }
    return { writer: new EmbeddedWriter(opened.directory, state, options.log, audit), state };
  }

  /** Queues the write after those before it; `ensureOpen` runs on its turn, as a close may come first. */
  write(input: unknown, options: WriteOptions, ensureOpen: () => void): Promise<WriteResult> {
    return this.writes.run(() => this.writeNow(input, options, ensureOpen));
  }

  auditRecordsAfter(revision: number): AuditRecord[] {
    return this.unconfirmedAudit.filter((record) => record.revision > revision);
  }

  confirmAudit(revision: number): void {
    this.unconfirmedAudit = this.unconfirmedAudit.filter((record) => record.revision > revision);
  }

  /** Why the data directory cannot be written, or undefined when it can. */
  unwritable(): Promise<string | undefined> {
    return this.directory.writable();
  }

  /** Waits for the writes queued, then releases the data directory. */
  async close(): Promise<void> {
    await this.writes.idle();
    await this.directory.close();
  }

  private async writeNow(
    input: unknown,
    options: WriteOptions,
    ensureOpen: () => void,
  ): Promise<WriteResult> {
    ensureOpen();
    const batch = parseWriteBatch(input);
    const expected = options.expectedRevision;
    if (expected !== undefined && expected !== this.state.revision)
      throw new StaleRevisionError(expected, this.state.revision);
    const { changes, result } = this.state.plan(batch);
    if (NetworkState.isEmpty(changes)) return result;
    if (options.audit) changes.audit = options.audit(result, keptBy(changes));
    // Durable first, visible second: a write is acknowledged only once the journal holds it. A failed
    // append leaves journal and state as they were, so the client may simply try again later.
    await this.directory.append(changes).catch((error: unknown) => {
      this.log?.error({ err: error }, 'embedded store: a write could not be saved');
      // The client hears why, not where: server paths are the operator's business (the log line above).
      throw new UnavailableError(
        `the embedded store could not save this write (${ioProblem(error)}); nothing was changed, try again later`,
      );
    });
    this.state.apply(changes);
    if (changes.audit) this.unconfirmedAudit.push(changes.audit);
    this.compactIfDue();
    return result;
  }

  /**
   * Queues a compaction when the journal has grown enough, without making this write wait for it: the
   * write is already durable in the journal and is acknowledged first. The snapshot is taken on the next
   * turn of the event loop, in the write queue, so no write is half done then; it is then serialised a
   * slice per turn (the whole network: about half a second at a hundred thousand records), readers going
   * on between slices, and later writes' journal appends wait for it on disk. A failed compaction loses
   * nothing (the journal still holds every write); it is reported by health() and tried again after a
   * later write.
   */
  private compactIfDue(): void {
    if (this.compacting || !this.directory.needsCompaction()) return;
    const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
    // Wrapped so that later writes wait here only for the snapshot to be taken.
    const started = this.writes.run(async () => {
      await nextTurn();
      return {
        done: this.directory.compact({ ...this.state.toSnapshot(), audit: this.unconfirmedAudit }),
      };
    });
    this.compacting = started
      .then(({ done }) => done)
      .then(
        () => (this.compactionFailure = undefined),
        (error: Error) => (this.compactionFailure = error.message),
      )
      .finally(() => (this.compacting = undefined));
  }
}

/** What went wrong with a failed write, in words without paths: the errno of the cause, if there is one. */
function ioProblem(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause ?? error;
  switch ((cause as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the data volume';
    case 'EROFS':
      return 'the data volume is read-only';
    case 'EIO':
      return 'an I/O error on the data volume';
    default:
      return 'the data directory cannot be written';
  }
}
