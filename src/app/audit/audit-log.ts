import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyChanged } from '../../domain';
import { OUTSIDE_API, type AuditEntry } from './audit-entry';

/** The audit log's file in DATA_DIR. */
export const AUDIT_FILE = 'audit.jsonl';

/**
 * The audit log: append-only JSON lines, each fsync'd before the mutation it records is acknowledged. It is
 * a file beside the store rather than in it so that it is the same for both stores, can never be changed
 * by the writes it records, and can be shipped or rotated by ordinary tools. A line torn by a crash is cut
 * off when the log is opened. Without a path (tests, tools) the log lives in memory only.
 *
 * Every revision of the data is accounted for: revisions the log has no entry for (made outside the API,
 * or written just before a crash that cut off their entry) get one OUTSIDE_API entry, at start-up and
 * when live updates poll (accountFor) or before the next entry, so an auditor sees a gap admitted rather
 * than a silent jump.
 */
export class AuditLog {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(entry: AuditEntry) => void>();

  private constructor(
    private readonly path: string | undefined,
    private readonly handle: FileHandle | undefined,
    private readonly memory: AuditEntry[],
    private nextSeq: number,
    private lastRevision: number,
  ) {}

  static async open(path?: string): Promise<AuditLog> {
    if (path === undefined) return new AuditLog(undefined, undefined, [], 1, 0);
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(path, 'a+', 0o600);
    try {
      const text = await handle.readFile('utf8');
      const end = text.lastIndexOf('\n') + 1;
      // Whatever follows the last newline is a line a crash cut short: it was never acknowledged.
      if (end < Buffer.byteLength(text)) await handle.truncate(Buffer.byteLength(text.slice(0, end)));
      const last = parseLines(text.slice(0, end)).at(-1);
      return new AuditLog(path, handle, [], (last?.seq ?? 0) + 1, last?.revision ?? 0);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /**
   * Appends an entry (numbered here) and resolves once it is on disk. Appends are written in call order.
   * Revisions between the last entry's and this one's get an OUTSIDE_API entry first.
   */
  record(entry: Omit<AuditEntry, 'seq'>): Promise<AuditEntry> {
    return this.queue(async () => {
      await this.accountUpTo(entry.revision - 1, entry.at);
      return this.append(entry);
    });
  }

  /**
   * Records, as one OUTSIDE_API entry, the revisions up to the store's `revision` that the log has no entry
   * for; nothing when there are none. The server calls it at start-up.
   */
  accountFor(revision: number, at = new Date().toISOString()): Promise<void> {
    return this.queue(() => this.accountUpTo(revision, at));
  }

  /**
   * Calls `listener` with every entry appended from now on, once it is on disk, in log order (live updates
   * are told of each change this way). It must not throw. Returns what stops the calls.
   */
  onAppend(listener: (entry: AuditEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private queue<T>(work: () => Promise<T>): Promise<T> {
    const done = this.tail.then(work);
    this.tail = done.catch(() => undefined);
    return done;
  }

  private async accountUpTo(revision: number, at: string): Promise<void> {
    if (revision <= this.lastRevision) return;
    await this.append({
      at,
      keyId: 'system',
      role: 'system',
      operation: OUTSIDE_API,
      fromRevision: this.lastRevision + 1,
      revision,
      changed: emptyChanged(),
      records: [],
    });
  }

  private async append(entry: Omit<AuditEntry, 'seq'>): Promise<AuditEntry> {
    const full: AuditEntry = { seq: this.nextSeq, ...entry };
    if (this.handle) {
      await this.handle.write(`${JSON.stringify(full)}\n`);
      await this.handle.datasync();
    } else this.memory.push(full);
    this.nextSeq += 1;
    this.lastRevision = full.revision;
    for (const listener of this.listeners) listener(full);
    return full;
  }

  /** Every entry, oldest first. Read from the file each time: the log is for admins, not a hot path. */
  async entries(): Promise<AuditEntry[]> {
    if (this.path === undefined) return [...this.memory];
    await this.tail;
    return parseLines(await readFile(this.path, 'utf8'));
  }

  async close(): Promise<void> {
    await this.tail;
    await this.handle?.close();
  }
}

function parseLines(text: string): AuditEntry[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AuditEntry);
}
