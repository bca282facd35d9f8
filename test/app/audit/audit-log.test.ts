import { appendFile, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditLog } from '../../../src/app/audit/audit-log';
import { OUTSIDE_API, fieldChanges } from '../../../src/app/audit/audit-entry';
import type { AuditRecord } from '../../../src/store/network-store';
import { useTempDir } from '../../helpers/temp-dir';
import { fillDisk, mountSmallDisk } from '../../helpers/tmpfs';

/** The entries a store committed with its writes, as NetworkStore.auditRecordsAfter hands them out. */
class MemorySource {
  confirmed = 0;
  constructor(private readonly records: object[]) {}
  commit<T extends object>(record: T): T {
    this.records.push(record);
    return record;
  }
  async auditRecordsAfter(revision: number): Promise<AuditRecord[]> {
    return (this.records as AuditRecord[]).filter((r) => r.revision > revision);
  }
  confirmAudit(revision: number): void {
    this.confirmed = revision;
  }
}

const entry = (revision: number) => ({
  at: '2025-01-01T00:00:00.000Z',
  keyId: 'ci',
  role: 'editor',
  operation: 'createTheme',
  revision,
  changed: { actors: [], partnerships: [], areas: [], themes: [`t-${revision}`], targetGroups: [] },
  records: [],
});

describe('AuditLog', () => {
  const dir = useTempDir();

  it('appends numbered JSON lines (mode 0600) that survive a reopen, in call order', async () => {
    const path = join(dir(), 'audit.jsonl');
    const log = await AuditLog.open(path);
    await Promise.all([1, 2, 3].map((r) => log.record(entry(r))));
    await log.close();
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const again = await AuditLog.open(path);
    await again.record(entry(4));
    expect((await again.entries()).map((e) => [e.seq, e.revision])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
    await again.close();
  });

  it('cuts off a line torn by a crash, and goes on after the last whole one', async () => {
    const path = join(dir(), 'audit.jsonl');
    const log = await AuditLog.open(path);
    await log.record(entry(1));
    await log.close();
    await appendFile(path, '{"seq":2,"at":"2025-01-0');
    const reopened = await AuditLog.open(path);
    await reopened.record(entry(2));
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.filter(Boolean).map((l) => JSON.parse(l).seq)).toEqual([1, 2]);
    await reopened.close();
  });

  it('survives damaged lines anywhere: moves them aside, says so, and takes the entries again from the store', async () => {
    const path = join(dir(), 'audit.jsonl');
    const log = await AuditLog.open(path);
    await log.record(entry(1));
    await log.close();
    // What the old writer left on a full disk: a torn line with the next entry glued on, then a torn tail.
    const glued = `{"seq":2,"at":"2025-01-0{"seq":3,"revision":3}`;
    await appendFile(path, `${glued}\n${JSON.stringify({ seq: 4, ...entry(4) })}\n{"seq":5,"rev`);
    const warnings: string[] = [];
    const store = new MemorySource([entry(2), entry(3), entry(4), entry(5)]);
    const reopened = await AuditLog.open(path, {
      source: store,
      log: { warn: (_details, message) => warnings.push(message) },
    });
    expect(warnings).toEqual([expect.stringMatching(/^audit log: 2 damaged line\(s\) moved aside/)]);
    expect(await readFile(`${path}.damaged`, 'utf8')).toBe(`${glued}\n{"seq":5,"rev\n`);
    await reopened.accountFor(5);
    expect((await reopened.entries()).map((e) => [e.seq, e.revision, e.operation])).toEqual([
      [1, 1, 'createTheme'],
      [4, 4, 'createTheme'],
      [5, 5, 'createTheme'],
    ]);
    // Revisions 2 and 3 were before the file's last whole entry: not lost, they are in the .damaged file.
    expect(store.confirmed).toBe(5);
    await reopened.close();
  });

  it('on a failed append, cuts the partial line off, keeps the write acknowledged, and appends it later', async () => {
    const disk = mountSmallDisk(256 * 1024);
    if (typeof disk === 'string') {
      console.warn(`skipped the full-disk part: ${disk}`);
      return;
    }
    try {
      const path = join(disk.path, 'audit.jsonl');
      const store = new MemorySource([]);
      const log = await AuditLog.open(path, { source: store, log: { warn: () => {} } });
      await log.record(store.commit(entry(1)));
      const before = await readFile(path, 'utf8');
      const filler = fillDisk(disk.path);
      const big = { ...entry(2), records: [{ note: 'x'.repeat(8000) }] } as never;
      expect(await log.record(store.commit(big))).toBeUndefined();
      expect(await readFile(path, 'utf8')).toBe(before);
      await rm(filler);
      expect(await log.record(store.commit(entry(3)))).toMatchObject({ seq: 3, revision: 3 });
      expect((await log.entries()).map((e) => [e.seq, e.revision, e.operation])).toEqual([
        [1, 1, 'createTheme'],
        [2, 2, 'createTheme'],
        [3, 3, 'createTheme'],
      ]);
      await log.close();
    } finally {
      disk.unmount();
    }
  });

  it('admits revisions it has no entry for: one outsideApi entry before the next entry, or at start-up', async () => {
    const path = join(dir(), 'audit.jsonl');
    const log = await AuditLog.open(path);
    await log.accountFor(2, '2025-01-01T00:00:00.000Z'); // e.g. the seed and an import before the server
    await log.record(entry(3));
    await log.record(entry(6)); // 4 and 5 were made elsewhere
    await log.close();
    const reopened = await AuditLog.open(path);
    await reopened.accountFor(6); // nothing new since
    await reopened.accountFor(7);
    const outside = (e: { operation: string }) => e.operation === OUTSIDE_API;
    expect(
      (await reopened.entries()).map((e) => [
        e.seq,
        outside(e) ? e.keyId : e.operation,
        e.fromRevision,
        e.revision,
      ]),
    ).toEqual([
      [1, 'system', 1, 2],
      [2, 'createTheme', undefined, 3],
      [3, 'system', 4, 5],
      [4, 'createTheme', undefined, 6],
      [5, 'system', 7, 7],
    ]);
    await reopened.close();
  });

  it('lists changed fields only, redacts contacts and cuts long texts', () => {
    const long = 'x'.repeat(500);
    expect(
      fieldChanges(
        'actors',
        { id: 'a', name: 'A', contact: 'old@example.org', tags: ['x'] },
        { id: 'a', name: 'A', contact: 'new@example.org', tags: ['x', 'y'], description: long },
      ),
    ).toEqual([
      { field: 'contact', before: '[redacted]', after: '[redacted]' },
      { field: 'tags', before: ['x'], after: ['x', 'y'] },
      { field: 'description', before: undefined, after: `${'x'.repeat(200)}…` },
    ]);
  });
});
