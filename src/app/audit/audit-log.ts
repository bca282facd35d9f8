import { appendFile, mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../lib/atomic-file';
import type { AuditRecord } from '../../store/network-store';
import { emptyChanged } from '../../domain';
import { OUTSIDE_API, type AuditEntry } from './audit-entry';

/** The audit log's file in DATA_DIR. */
export const AUDIT_FILE = 'audit.jsonl';
/** Where lines the log could not read are kept when it repairs itself, for whoever investigates. */
export const DAMAGED_SUFFIX = '.damaged';

/** Where the log finds the entries committed with the writes (the store: NetworkStore.auditRecordsAfter). */
export interface AuditSource {
  auditRecordsAfter(revision: number): Promise<AuditRecord[]>;
  confirmAudit(revision: number): void;
}

/** The part of a logger the audit log reports repairs and failures to. */
export interface AuditLogReporter {
  warn(details: object, message: string): void;
}

export interface AuditLogOptions {
  source?: AuditSource;
  log?: AuditLogReporter;
}

/**
 * The audit log: append-only JSON lines, one per data-changing mutation, numbered by `seq`. The durable
 * record of a write is the entry its store committed with it (WriteOptions.audit: in the same journal
 * frame, or the same Neo4j transaction), so a write is acknowledged exactly when its entry is durable. This
 * file is the auditor's copy of those entries, kept beside the store so it can be shipped or rotated by
 * ordinary tools: each entry is appended here once its write is committed, and a line that could not be
 * written then (a crash, a full disk) is appended from the store's copy later (catch-up). Without a path
 * (tests, tools) the log lives in memory only.
 *
 * Every revision of the data is accounted for: revisions with no entry anywhere (made outside the API: the
 * seed, `npm run import`) get one OUTSIDE_API entry, at start-up, when live updates poll (accountFor) or
 * before the next entry, so an auditor sees a gap admitted rather than a silent jump.
 */
export class AuditLog {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(entry: AuditEntry) => void>();
  /** True until the store's entries have been compared with the file: at start, and after a failed append. */
  private behind = true;

  private constructor(
    private readonly path: string | undefined,
    private readonly handle: FileHandle | undefined,
    /** Bytes of whole lines in the file: where a failed append is cut back to. */
    private bytes: number,
    private readonly memory: AuditEntry[],
    private nextSeq: number,
    private lastRevision: number,
    private readonly options: AuditLogOptions,
  ) {}

  /**
   * Opens the log at `path` (created 0600 if missing). Lines that cannot be read (torn by a crash or a full
   * disk, or two glued together) never stop the server: they are moved to `<path>.damaged`, the file is
   * rewritten with the whole lines, and the repair is reported to `options.log`. Entries lost that way are
   * appended again from `options.source` by the next catch-up.
   */
  static async open(path?: string, options: AuditLogOptions = {}): Promise<AuditLog> {
    if (path === undefined) return new AuditLog(undefined, undefined, 0, [], 1, 0, options);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const { entries, damaged } = readLines(text);
    if (damaged.length > 0) {
      await appendFile(`${path}${DAMAGED_SUFFIX}`, damaged.map((d) => `${d.text}\n`).join(''), {
        mode: 0o600,
      });
      await writeFileAtomic(path, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
      options.log?.warn(
        { auditLog: path, damagedLines: damaged.map((d) => d.line), keptIn: `${path}${DAMAGED_SUFFIX}` },
        `audit log: ${damaged.length} damaged line(s) moved aside (a write torn by a crash or a full disk); the entries are taken again from the store`,
      );
    }
    const handle = await open(path, 'a+', 0o600);
    const { size } = await handle.stat();
    const last = entries.at(-1);
    return new AuditLog(path, handle, size, [], (last?.seq ?? 0) + 1, last?.revision ?? 0, options);
  }

  /**
   * Appends the entry of a write its store has committed (numbered here); resolves to it once it is on
   * disk, or to undefined when the file cannot be written now: the write stays acknowledged, since its
   * entry is durable in the store, and is appended by the next catch-up. Revisions between the last
   * entry's and this one's get their entries from the store, or an OUTSIDE_API entry, first.
   */
  record(entry: Omit<AuditEntry, 'seq'>): Promise<AuditEntry | undefined> {
    return this.queue(async () => {
      // Not past entries the store still holds: they would be taken for a gap.
      const caughtUp = await this.catchUp();
      if (!caughtUp) return undefined;
      // The store had this entry too: it was just appended from there.
      if (entry.revision <= this.lastRevision) return caughtUp.find((e) => e.revision === entry.revision);
      await this.accountUpTo(entry.revision - 1, entry.at);
      return this.append(entry);
    });
  }

  /**
   * Appends the store's entries the file lacks, then records as one OUTSIDE_API entry the revisions up to
   * the store's `revision` that have no entry anywhere. The server calls it at start-up and when live
   * updates poll.
   */
  accountFor(revision: number, at = new Date().toISOString()): Promise<void> {
    return this.queue(async () => {
      this.behind = true;
      if (await this.catchUp()) await this.accountUpTo(revision, at);
    });
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

  /**
   * Appends what the store committed after the file's last entry.
   * @returns the entries appended, or undefined if the file could not take them.
   */
  private async catchUp(): Promise<AuditEntry[] | undefined> {
    const { source } = this.options;
    if (!this.behind || !source) return [];
    const records = (await source.auditRecordsAfter(this.lastRevision)) as unknown as AuditEntry[];
    const appended: AuditEntry[] = [];
    for (const record of records) {
      await this.accountUpTo(record.revision - 1, record.at);
      const { seq: _ignored, ...entry } = record;
      const full = await this.append(entry);
      if (!full) return undefined;
      appended.push(full);
    }
    this.behind = false;
    return appended;
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

  private async append(entry: Omit<AuditEntry, 'seq'>): Promise<AuditEntry | undefined> {
    const full: AuditEntry = { seq: this.nextSeq, ...entry };
    if (this.handle) {
      const line = Buffer.from(`${JSON.stringify(full)}\n`);
      try {
        // A full disk may take part of a line without an error: only the next write fails.
        for (let written = 0; written < line.length;)
          written += (await this.handle.write(line, written)).bytesWritten;
        await this.handle.datasync();
        this.bytes += line.length;
      } catch (error) {
        // A partial line would glue itself to the next one: cut it off (possible even on a full disk).
        await this.handle.truncate(this.bytes).catch(() => undefined);
        this.behind = true;
        this.options.log?.warn(
          { err: error, auditLog: this.path, revision: entry.revision },
          'audit log: an entry could not be appended; it is kept with its write in the store and appended later',
        );
        return undefined;
      }
    } else this.memory.push(full);
    this.nextSeq += 1;
    this.lastRevision = full.revision;
    this.options.source?.confirmAudit(full.revision);
    for (const listener of this.listeners) listener(full);
    return full;
  }

  /** Every entry, oldest first. Read from the file each time: the log is for admins, not a hot path. */
  async entries(): Promise<AuditEntry[]> {
    if (this.path === undefined) return [...this.memory];
    await this.tail;
    return readLines(await readFile(this.path, 'utf8')).entries;
  }

  async close(): Promise<void> {
    await this.tail;
    await this.handle?.close();
  }
}

/** The whole, readable lines of a log file, and the others with their line numbers (from 1). */
function readLines(text: string): { entries: AuditEntry[]; damaged: { line: number; text: string }[] } {
  const entries: AuditEntry[] = [];
  const damaged: { line: number; text: string }[] = [];
  const lines = text.split('\n');
  // After the last newline: a line whose end was never written.
  const unfinished = lines.pop() ?? '';
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const entry = parseEntry(line);
    if (entry) entries.push(entry);
    else damaged.push({ line: i + 1, text: line });
  });
  if (unfinished !== '') damaged.push({ line: lines.length + 1, text: unfinished });
  return { entries, damaged };
}

function parseEntry(line: string): AuditEntry | undefined {
  try {
    const value = JSON.parse(line) as Partial<AuditEntry>;
    return typeof value === 'object' &&
      value !== null &&
      typeof value.seq === 'number' &&
      typeof value.revision === 'number'
      ? (value as AuditEntry)
      : undefined;
  } catch {
    return undefined;
  }
}
