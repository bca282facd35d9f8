import { appendFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AuditLog } from '../../../src/app/audit/audit-log';
import { OUTSIDE_API, fieldChanges } from '../../../src/app/audit/audit-entry';
import { useTempDir } from '../../helpers/temp-dir';

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
