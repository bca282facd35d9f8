import { appendFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClosedError, CorruptJournalError } from '../../../../src/store/embedded/durability/errors';
import { Journal, readJournal } from '../../../../src/store/embedded/durability/journal';
import { useTempDir } from '../../../helpers/temp-dir';

interface Row {
  revision: number;
  text: string;
}

const row = (revision: number): Row => ({ revision, text: `row ${revision} ${'é'.repeat(revision % 7)}` });

/** Writes rows 1..count through a Journal and closes it; returns the frame offsets and the file size. */
async function writeRows(path: string, count: number): Promise<{ offsets: number[]; size: number }> {
  const { journal } = await Journal.open<Row>(path);
  for (let revision = 1; revision <= count; revision++) await journal.append(row(revision));
  await journal.close();
  const { offsets } = await readJournal<Row>(path);
  return { offsets, size: (await stat(path)).size };
}

describe('Journal', () => {
  const tempDir = useTempDir();
  const journalPath = () => join(tempDir(), 'journal.log');

  it('reads a missing journal as empty and creates it on open', async () => {
    expect(await readJournal(journalPath())).toEqual({
      records: [],
      offsets: [],
      validBytes: 0,
      tornBytes: 0,
    });
    const { journal, contents } = await Journal.open<Row>(journalPath());
    expect(contents.records).toEqual([]);
    expect((await stat(journalPath())).size).toBe(0);
    await journal.close();
  });

  it('round-trips many records in order', async () => {
    const { size } = await writeRows(journalPath(), 500);
    const contents = await readJournal<Row>(journalPath());
    expect(contents.records).toEqual(Array.from({ length: 500 }, (_, i) => row(i + 1)));
    expect(contents).toMatchObject({ validBytes: size, tornBytes: 0 });
  });

  it('serialises concurrent appends without interleaving, in call order', async () => {
    const { journal } = await Journal.open<Row>(journalPath());
    const rows = Array.from({ length: 300 }, (_, i) => ({
      revision: i + 1,
      text: 'x'.repeat((i * 37) % 5000),
    }));
    await Promise.all(rows.map((r) => journal.append(r)));
    expect(journal.size).toBe((await stat(journalPath())).size);
    await journal.close();
    expect((await readJournal<Row>(journalPath())).records).toEqual(rows);
  });

  it('writes the record as it was when append was called', async () => {
    const { journal } = await Journal.open<Row>(journalPath());
    const mutable = row(1);
    const written = journal.append(mutable);
    mutable.text = 'changed';
    await written;
    await journal.close();
    expect((await readJournal<Row>(journalPath())).records).toEqual([row(1)]);
  });

  it('rejects records that JSON cannot represent', async () => {
    const { journal } = await Journal.open<unknown>(journalPath());
    expect(() => journal.append(undefined)).toThrow(TypeError);
    expect(() => journal.append({ big: 1n })).toThrow(TypeError);
    await journal.append({ ok: true });
    await journal.close();
    expect((await readJournal(journalPath())).records).toEqual([{ ok: true }]);
  });

  it('refuses appends after close, and close is idempotent', async () => {
    const { journal } = await Journal.open<Row>(journalPath());
    await Promise.all([journal.close(), journal.close()]);
    expect(() => journal.append(row(1))).toThrow(ClosedError);
    expect(() => journal.append(row(1))).toThrow(journalPath());
  });

  it('empties the journal in a checkpoint ordered after earlier appends and before later ones', async () => {
    const { journal } = await Journal.open<Row>(journalPath());
    const seenByCheckpoint: number[] = [];
    const done = Promise.all([
      journal.append(row(1)),
      journal.append(row(2)),
      journal.checkpoint(async () => {
        seenByCheckpoint.push(...(await readJournal<Row>(journalPath())).records.map((r) => r.revision));
      }),
      journal.append(row(3)),
    ]);
    await done;
    await journal.close();
    expect(seenByCheckpoint).toEqual([1, 2]);
    expect((await readJournal<Row>(journalPath())).records).toEqual([row(3)]);
  });

  it('leaves the journal untouched and usable when the checkpoint work fails', async () => {
    const { journal } = await Journal.open<Row>(journalPath());
    await journal.append(row(1));
    await expect(journal.checkpoint(() => Promise.reject(new Error('disk full')))).rejects.toThrow(
      'disk full',
    );
    await journal.append(row(2));
    await journal.close();
    expect((await readJournal<Row>(journalPath())).records).toEqual([row(1), row(2)]);
  });
});

describe('Journal recovery from a torn tail', () => {
  const tempDir = useTempDir();
  const journalPath = () => join(tempDir(), 'journal.log');

  /** Checks that open drops exactly the damaged tail, truncates the file, and appends cleanly after it. */
  async function expectRecovered(validBytes: number, records: number): Promise<void> {
    const size = (await stat(journalPath())).size;
    const { journal, contents } = await Journal.open<Row>(journalPath());
    expect(contents.records.map((r) => r.revision)).toEqual(Array.from({ length: records }, (_, i) => i + 1));
    expect(contents).toMatchObject({ validBytes, tornBytes: size - validBytes });
    expect((await stat(journalPath())).size).toBe(validBytes);
    await journal.append(row(records + 1));
    await journal.close();
    expect((await readJournal<Row>(journalPath())).records).toEqual(
      Array.from({ length: records + 1 }, (_, i) => row(i + 1)),
    );
  }

  it('drops a last frame cut short anywhere in its header or payload', async () => {
    const { offsets, size } = await writeRows(journalPath(), 5);
    const lastFrame = offsets[4] as number;
    const original = await readFile(journalPath());
    for (let cut = 1; cut < size - lastFrame; cut++) {
      await writeFile(journalPath(), original);
      await truncate(journalPath(), size - cut);
      await expectRecovered(lastFrame, 4);
    }
  });

  it('drops a half-written header appended after the last frame', async () => {
    const { size } = await writeRows(journalPath(), 3);
    await appendFile(journalPath(), Buffer.from([0x2a, 0x00, 0x00]));
    await expectRecovered(size, 3);
  });

  it('drops a last frame whose payload does not match its checksum', async () => {
    const { offsets, size } = await writeRows(journalPath(), 3);
    const bytes = await readFile(journalPath());
    bytes[size - 2] = (bytes[size - 2] as number) ^ 0xff;
    await writeFile(journalPath(), bytes);
    await expectRecovered(offsets[2] as number, 2);
  });

  it('drops a zero-filled tail, as left when the file grew but its data never reached the disk', async () => {
    const { size } = await writeRows(journalPath(), 3);
    await appendFile(journalPath(), Buffer.alloc(4096));
    await expectRecovered(size, 3);
  });
});

describe('Journal corruption before the tail', () => {
  const tempDir = useTempDir();
  const journalPath = () => join(tempDir(), 'journal.log');

  it('refuses a damaged early frame, naming the file and the byte offset', async () => {
    const { offsets } = await writeRows(journalPath(), 5);
    const damaged = offsets[1] as number;
    const bytes = await readFile(journalPath());
    bytes[damaged + 10] = (bytes[damaged + 10] as number) ^ 0x01;
    await writeFile(journalPath(), bytes);
    const reading = readJournal<Row>(journalPath());
    await expect(reading).rejects.toThrow(CorruptJournalError);
    await expect(reading).rejects.toThrow(`journal ${journalPath()} is corrupt at byte ${damaged}`);
    await expect(reading).rejects.toMatchObject({ path: journalPath(), offset: damaged });
    await expect(Journal.open(journalPath())).rejects.toThrow(CorruptJournalError);
    expect(await readFile(journalPath())).toEqual(bytes);
  });

  it('refuses a damaged length that still lands inside the file', async () => {
    const { offsets } = await writeRows(journalPath(), 5);
    const bytes = await readFile(journalPath());
    bytes.writeUInt32LE(3, offsets[0] as number);
    await writeFile(journalPath(), bytes);
    await expect(readJournal(journalPath())).rejects.toMatchObject({ offset: 0 });
  });
});
