import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSeed } from '../../src/io/seed';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { spawnTs } from '../helpers/child';
import { useTempDir } from '../helpers/temp-dir';

const SAMPLES = join(__dirname, '..', '..', 'seeds', 'samples');
const run = (dataDir: string, ...args: string[]) =>
  spawnTs('src/cli/import.ts', args, { env: { DATA_DIR: dataDir } }).closed;

/** Seeds a data directory with the Kosovo network (revision 1) and closes it again. */
async function seeded(dir: string): Promise<void> {
  const store = await EmbeddedStore.open({ dataDir: dir });
  await loadSeed(store, 'kosovo');
  await store.close();
}

async function revisionOf(dir: string): Promise<number> {
  const store = await EmbeddedStore.open({ dataDir: dir });
  try {
    return await store.revision();
  } finally {
    await store.close();
  }
}

describe('npm run import (src/cli/import.ts)', () => {
  const dir = useTempDir();

  it('imports a CSV directory with a summary, and a second run changes nothing', async () => {
    await seeded(dir());
    const first = await run(dir(), '--format', 'csv', join(SAMPLES, 'csv'));
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'imported: 17 rows from 4 file(s); 6 created, 0 updated, 0 unchanged; revision 2',
    );
    expect(first.stdout).toContain('  partnerships: 3 created, 0 updated, 0 unchanged');
    // Not a terminal: no progress bar.
    expect(first.stderr).toBe('');
    const second = await run(dir(), '--format', 'csv', join(SAMPLES, 'csv'));
    expect(second.stdout).toContain('0 created, 0 updated, 6 unchanged; revision 2');
  });

  it('--dry-run reports and writes nothing', async () => {
    await seeded(dir());
    const result = await run(dir(), '--format', 'iati', '--dry-run', join(SAMPLES, 'iati-activities.xml'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('dry run (nothing written): 3 rows from 1 file(s); 4 created');
    expect(result.stdout).toContain('sector code 99810 is not mapped to a theme');
    expect(await revisionOf(dir())).toBe(1);
  });

  it('lists every problem, exits 1 and writes nothing', async () => {
    await seeded(dir());
    const bad = join(dir(), 'bad-3w.csv');
    await writeFile(
      bad,
      'Org,Municipality,Start\n#org,#adm2,#date+start\nUNICEF,Atlantis,2025-01-01\nUNICEF,Pejë,someday\n',
    );
    const result = await run(dir(), '--format', 'hxl', bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('import failed, nothing written: 2 problem(s)');
    expect(result.stderr).toContain(
      `${bad}:row 3:#adm2: no municipality area has the id, name or acronym "Atlantis"`,
    );
    expect(result.stderr).toContain(`${bad}:row 4:#date+start: must be an ISO date YYYY-MM-DD`);
    expect(await revisionOf(dir())).toBe(1);
  });

  it('refuses a data directory a running server holds, and says what to do', async () => {
    const store = await EmbeddedStore.open({ dataDir: dir() });
    try {
      const result = await run(dir(), '--format', 'json', join(SAMPLES, '..', 'kosovo.json'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`is in use by process ${process.pid}`);
      expect(result.stderr).toContain('stop it, or import through the API (importNetwork)');
    } finally {
      await store.close();
    }
  });

  it('on a store never seeded, says that the seed network may be what the files refer to', async () => {
    const result = await run(dir(), '--format', 'csv', join(SAMPLES, 'csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no area has the id, name or acronym "prizren"/);
    expect(result.stderr).toMatch(/the store is empty: `npm run seed` loads the Kosovo seed network/);
    expect(await revisionOf(dir())).toBe(0);
  });

  it('refuses a Windows-1252 sheet naming file, row and byte offset; --encoding windows-1252 reads it', async () => {
    await seeded(dir());
    const sheet = join(dir(), 'actors.csv');
    // "Fëmijët e Pejës" as a spreadsheet program on Windows saves it (ë is the byte 0xEB).
    await writeFile(
      sheet,
      Buffer.from('id,name,sector,kind\nfemijet-e-pejes,Fëmijët e Pejës,Civil society,NGO\n', 'latin1'),
    );
    const refused = await run(dir(), '--format', 'csv', sheet);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${sheet}:row 2: is not UTF-8 text: byte offset 37 (0xeb) starts no UTF-8 character`,
    );
    expect(refused.stderr).toContain('--encoding windows-1252');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await revisionOf(dir())).toBe(1);
    const read = await run(dir(), '--format', 'csv', '--encoding', 'windows-1252', sheet);
    expect(read.code).toBe(0);
    const store = await EmbeddedStore.open({ dataDir: dir() });
    try {
      expect((await store.getMany('actors', ['femijet-e-pejes']))[0]?.name).toBe('Fëmijët e Pejës');
    } finally {
      await store.close();
    }
  });

  it('refuses an IATI file with an external entity as bad input, without a stack trace', async () => {
    await seeded(dir());
    const xml = join(dir(), 'xxe.xml');
    await writeFile(
      xml,
      '<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<iati-activities version="2.03"><iati-activity><iati-identifier>XM-1</iati-identifier><title><narrative>&xxe;</narrative></title></iati-activity></iati-activities>\n',
    );
    const result = await run(dir(), '--format', 'iati', xml);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${xml}:XML line 2: an external XML entity`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toContain('root:');
    expect(await revisionOf(dir())).toBe(1);
  });

  it('rejects a bad format with the usage', async () => {
    const result = await run(dir(), '--format', 'xlsx', 'x.xlsx');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--format must be one of json, csv, iati, hxl');
    expect(result.stderr).toContain(
      'usage: npm run import -- --format json|csv|iati|hxl [--encoding utf-8|windows-1252] [--dry-run] [--merge-actors] FILE|DIRECTORY…',
    );
  });
});
