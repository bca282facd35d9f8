import { open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { FILE_MODE, fsyncDirectory } from '../../../lib/atomic-file';
import { ClosedError, CorruptJournalError, JournalWriteError } from './errors';
import { SerialQueue } from '../../../lib/serial-queue';

/*
 * Frame layout, little-endian: [u32 payload length][u32 CRC-32 of payload][payload: UTF-8 JSON].
 * Appends are serialised and each is fdatasync'd before the next starts, so a crash can only damage the
 * last frame. Any other damage is corruption, and we refuse to guess past it.
 */
const HEADER_BYTES = 8;

/** What a journal file holds; `offsets[i]` is the byte at which `records[i]`'s frame starts. */
export interface JournalContents<T> {
  records: T[];
  offsets: number[];
  /** Length of the intact prefix: every byte after it belongs to a torn last frame. */
  validBytes: number;
  tornBytes: number;
}

/**
 * Reads every record of the journal at `path`, in append order, without modifying the file. A missing file
 * is an empty journal. A damaged last frame (the crash-torn tail of an append) is excluded and counted in
 * `tornBytes`; a frame counts as the last when it reaches or overruns end-of-file, or when only zero bytes
 * follow it (filesystems may extend a file with zeros before the data lands).
 * @throws CorruptJournalError naming the file and byte offset when a damaged frame is followed by data,
 *   since dropping it would silently drop acknowledged writes.
 */
export async function readJournal<T = unknown>(path: string): Promise<JournalContents<T>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    bytes = Buffer.alloc(0);
  }
  return decodeJournal<T>(path, bytes);
}

function decodeJournal<T>(path: string, bytes: Buffer): JournalContents<T> {
  const records: T[] = [];
  const offsets: number[] = [];
  const torn = (offset: number): JournalContents<T> => ({
    records,
    offsets,
    validBytes: offset,
    tornBytes: bytes.length - offset,
  });
  let offset = 0;
  while (offset < bytes.length) {
    if (bytes.length - offset < HEADER_BYTES) return torn(offset);
    const length = bytes.readUInt32LE(offset);
    const end = offset + HEADER_BYTES + length;
    if (end > bytes.length) return torn(offset);
    const payload = bytes.subarray(offset + HEADER_BYTES, end);
    // We never write an empty payload, so length 0 is damage too (typically a zero-filled header).
    if (length === 0 || crc32(payload) !== bytes.readUInt32LE(offset + 4)) {
      if (end === bytes.length || isZeroFrom(bytes, end)) return torn(offset);
      throw new CorruptJournalError(
        path,
        offset,
        `${length === 0 ? 'empty frame' : 'checksum mismatch'} followed by ${bytes.length - end} more bytes`,
      );
    }
    records.push(parsePayload<T>(path, offset, payload));
    offsets.push(offset);
    offset = end;
  }
  return torn(offset);
}

function isZeroFrom(bytes: Buffer, start: number): boolean {
  for (let i = start; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

function parsePayload<T>(path: string, offset: number, payload: Buffer): T {
  try {
    return JSON.parse(payload.toString('utf8')) as T;
  } catch {
    // The checksum matched, so these are the bytes we wrote: not a tear but a writer bug or tampering.
    throw new CorruptJournalError(path, offset, 'payload with a valid checksum is not JSON');
  }
}

function encodeFrame(json: string): Buffer {
  const payloadBytes = Buffer.byteLength(json, 'utf8');
  const frame = Buffer.allocUnsafe(HEADER_BYTES + payloadBytes);
  frame.write(json, HEADER_BYTES, 'utf8');
  frame.writeUInt32LE(payloadBytes, 0);
  frame.writeUInt32LE(crc32(frame.subarray(HEADER_BYTES)), 4);
  return frame;
}

/** An open, append-only journal file. Records are JSON values; `T` is trusted, not validated, on read. */
export class Journal<T> {
  private readonly tail = new SerialQueue();
  private failure: JournalWriteError | undefined;
  private closing: Promise<void> | undefined;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private bytes: number,
  ) {}

  /**
   * Opens (creating if missing) the journal at `path` and returns its records. A torn tail is cut off the
   * file and the truncation fsync'd before returning, so later appends follow the last intact frame instead
   * of garbage. The directory is fsync'd so a newly created journal cannot vanish with its appends.
   * @throws CorruptJournalError as readJournal does.
   */
  static async open<T>(path: string): Promise<{ journal: Journal<T>; contents: JournalContents<T> }> {
    const contents = await readJournal<T>(path);
    const handle = await open(path, 'a', FILE_MODE);
    try {
      if (contents.tornBytes > 0) {
        await handle.truncate(contents.validBytes);
        await handle.sync();
      }
      await fsyncDirectory(dirname(path));
    } catch (error) {
      await handle.close();
      throw error;
    }
    return { journal: new Journal<T>(path, handle, contents.validBytes), contents };
  }

  /** Bytes of acknowledged frames currently in the file. */
  get size(): number {
    return this.bytes;
  }

  /**
   * Appends one record and resolves only after it is on stable storage (fdatasync). Concurrent calls are
   * written one at a time in call order. The record is serialised now, so mutating it afterwards does not
   * change what is written.
   * @throws synchronously, for caller bugs that must not consume a place in the queue: TypeError if the
   *   record is not JSON-serialisable, ClosedError after close(). The promise rejects with JournalWriteError
   *   on I/O failure (a full disk), having cut the file back to its acknowledged frames; see io().
   */
  append(record: T): Promise<void> {
    const json: unknown = JSON.stringify(record);
    if (typeof json !== 'string')
      throw new TypeError(`journal ${this.path}: record is not JSON-serialisable`);
    const frame = encodeFrame(json);
    return this.enqueue(() =>
      this.io(async () => {
        for (let written = 0; written < frame.length;) {
          written += (await this.handle.write(frame, written, frame.length - written)).bytesWritten;
        }
        await this.handle.datasync();
        this.bytes += frame.length;
      }),
    );
  }

  /**
   * Runs `persist` after every earlier append and before any later one, then empties the journal durably:
   * the way to fold the journal into a snapshot without an append slipping in between. If `persist` fails
   * the journal is left as it was and stays usable; a crash leaves either the old journal or an empty one.
   * @throws synchronously ClosedError after close().
   */
  checkpoint(persist: () => Promise<void>): Promise<void> {
    return this.enqueue(async () => {
      await persist();
      await this.io(async () => {
        await this.handle.truncate(0);
        await this.handle.sync();
        this.bytes = 0;
      });
    });
  }

  /** Waits for pending appends, then closes the file. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.tail.idle().then(() => this.handle.close());
    return this.closing;
  }

  /**
   * True when the file holds exactly the acknowledged frames, as far as this process knows: false after a
   * failed write whose partial frame could not be cut off yet (see io()).
   */
  get healthy(): boolean {
    return this.failure === undefined;
  }

  /**
   * Cuts a failed write's partial frame off again, if one is left; the next append does the same. Resolves
   * to whether the file now holds exactly the acknowledged frames.
   */
  recover(): Promise<boolean> {
    if (this.closing) return Promise.resolve(false);
    return this.enqueue(async () => undefined).then(
      () => true,
      () => false,
    );
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    if (this.closing) throw new ClosedError('journal', this.path);
    return this.tail.run(async () => {
      if (this.failure) await this.cutBack(this.failure.cause);
      return operation();
    });
  }

  /**
   * Runs journal I/O. On failure (ENOSPC, EIO) the file is cut back to the acknowledged frames and that
   * length fsync'd, so the journal is exactly as before the write and the next append can succeed once the
   * disk has room again. The frames before were fsync'd when acknowledged, so a failed fsync now cannot
   * have lost them; only the failed frame, which nobody was told about, is dropped. Should the cut itself
   * fail, every later operation tries it again first and fails until it succeeds.
   */
  private async io(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      await this.cutBack(error).catch(() => undefined);
      throw new JournalWriteError(this.path, error);
    }
  }

  private async cutBack(cause: unknown): Promise<void> {
    try {
      await this.handle.truncate(this.bytes);
      await this.handle.sync();
      this.failure = undefined;
    } catch {
      this.failure = new JournalWriteError(this.path, cause);
      throw this.failure;
    }
  }
}
