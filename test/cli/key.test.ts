import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashKey } from '../../src/app/access/api-keys';
import { spawnTs } from '../helpers/child';
import { useTempDir } from '../helpers/temp-dir';

/** `npm run key` as a user runs it (the TypeScript source, without a build), on a keys file of its own. */
describe('npm run key', () => {
  const dir = useTempDir();
  const file = () => join(dir(), 'keys');
  const key = (...args: string[]) =>
    spawnTs('src/cli/key.ts', args, { env: { API_KEYS_FILE: file(), DATA_DIR: dir() } }).closed;

  it('create prints the key once; the file (0600) holds only its hash; duplicate ids are refused', async () => {
    const created = await key('create', '--role', 'editor', '--id', 'dashboard');
    expect(created.code).toBe(0);
    const printed = created.stdout.trim();
    expect(printed).toMatch(/^pnk_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).not.toContain(printed);
    const text = await readFile(file(), 'utf8');
    expect(text).toBe(`dashboard editor ${hashKey(printed)}\n`);
    expect((await stat(file())).mode & 0o777).toBe(0o600);

    const again = await key('create', '--role', 'admin', '--id', 'dashboard');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/a key with id "dashboard" exists already/);
    expect(again.stdout).toBe('');
    expect(await readFile(file(), 'utf8')).toBe(text);
  });

  it('creates the first key in DATA_DIR/api-keys before the server has ever made DATA_DIR', async () => {
    const fresh = join(dir(), 'not-yet', 'data');
    const created = await spawnTs('src/cli/key.ts', ['create', '--role', 'admin', '--id', 'first'], {
      env: { DATA_DIR: fresh },
    }).closed;
    expect(created.code).toBe(0);
    const text = await readFile(join(fresh, 'api-keys'), 'utf8');
    expect(text).toBe(`first admin ${hashKey(created.stdout.trim())}\n`);
  });

  it('list shows ids and roles, never hashes; revoke removes one line and keeps the rest', async () => {
    await writeFile(file(), `# ours\nops admin ${hashKey('a')}\nci reader ${hashKey('b')}`, { mode: 0o600 });
    expect((await key('create', '--role', 'reader', '--id', 'bi')).code).toBe(0);
    const listed = await key('list');
    expect(listed.stdout).toBe('ops admin\nci reader\nbi reader\n');
    expect(listed.stdout).not.toContain(hashKey('a'));

    expect((await key('revoke', '--id', 'ci')).code).toBe(0);
    const text = await readFile(file(), 'utf8');
    expect(text).toMatch(new RegExp(`^# ours\\nops admin ${hashKey('a')}\\nbi reader [0-9a-f]{64}\\n$`));
    expect((await stat(file())).mode & 0o777).toBe(0o600);
    const missing = await key('revoke', '--id', 'ci');
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('no key with id "ci"')]);
  });

  it('refuses bad arguments with a message naming the option', async () => {
    const bad = await key('create', '--role', 'owner', '--id', 'x');
    expect([bad.code, bad.stderr]).toEqual([
      1,
      expect.stringContaining('--role must be one of reader, editor, admin, not "owner"'),
    ]);
    const noId = await key('create', '--role', 'reader');
    expect([noId.code, noId.stderr]).toEqual([1, expect.stringContaining('--id is required')]);
  });
});
