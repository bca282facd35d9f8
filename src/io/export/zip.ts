import { crc32 } from 'node:zlib';

/** A file of a zip archive, its content produced as it is written. */
export interface ZipEntry {
  name: string;
  content: Iterable<string | Uint8Array>;
}

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
// Bit 3: sizes and CRC follow the data (so it streams); bit 11: names are UTF-8.
const FLAGS = 0x0008 | 0x0800;
const VERSION = 20;
const STORED = 0;
const MAX_32 = 0xffffffff;

/**
 * A zip archive (PKWARE APPNOTE 6.3) of `entries`, streamed: each entry is stored uncompressed with a data
 * descriptor, so its CRC-32 and size are computed while its chunks pass through and nothing is held but the
 * directory. Without ZIP64, so an entry or the archive beyond 4 GiB is refused. `modified` dates every entry.
 */
export function* zip(entries: readonly ZipEntry[], modified: Date): Generator<Buffer> {
  const { time, date } = dosDateTime(modified);
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(STORED, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    // CRC and sizes (14–25) stay 0: the data descriptor carries them.
    header.writeUInt16LE(name.length, 26);
    yield Buffer.concat([header, name]);
    const start = offset;
    offset += header.length + name.length;
    let crc = 0;
    let size = 0;
    for (const chunk of entry.content) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      if (bytes.length === 0) continue;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (size > MAX_32) throw new RangeError(`zip: ${entry.name} is larger than 4 GiB, which needs ZIP64`);
      yield bytes;
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(size, 8);
    descriptor.writeUInt32LE(size, 12);
    yield descriptor;
    offset += size + descriptor.length;
    if (offset > MAX_32) throw new RangeError('zip: the archive is larger than 4 GiB, which needs ZIP64');
    directory.push(centralHeader(name, { time, date, crc, size, offset: start }));
  }
  const centralSize = directory.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([...directory, end]);
}

function centralHeader(
  name: Buffer,
  entry: { time: number; date: number; crc: number; size: number; offset: number },
): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(STORED, 10);
  header.writeUInt16LE(entry.time, 12);
  header.writeUInt16LE(entry.date, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.size, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, name]);
}

/** MS-DOS date and time fields (UTC; two-second resolution; years from 1980). */
function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(when.getUTCFullYear(), 1980);
  return {
    time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
  };
}
