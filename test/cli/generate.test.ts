import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnTs } from '../helpers/child';
import { useTempDir } from '../helpers/temp-dir';

/** `npm run generate` as a user runs it (the TypeScript source), then `npm run import` of its file. */
describe('npm run generate (src/cli/generate.ts)', () => {
  const dir = useTempDir();
  const generate = (...args: string[]) => spawnTs('src/cli/generate.ts', args).closed;

  it('writes the same bytes for the same arguments, and the file imports as JSON', async () => {
    const file = join(dir(), 'network.json');
    const written = await generate('--actors', '300', '--seed', '5', '--out', file);
    expect([written.code, written.stderr]).toEqual([0, `wrote 300 actors (seed 5) to ${file}\n`]);
    const printed = await generate('--actors', '300', '--seed', '5');
    expect(printed.stdout).toBe(await readFile(file, 'utf8'));

    const imported = await spawnTs('src/cli/import.ts', ['--format', 'json', file], {
      env: { DATA_DIR: join(dir(), 'data') },
    }).closed;
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/actors: 300 created/);
    expect(imported.stdout).toMatch(/partnerships: 300 created/);
  });

  it('refuses bad arguments with a message naming the option, and writes nothing', async () => {
    const missing = await generate('--seed', '2');
    expect([missing.code, missing.stdout]).toEqual([1, '']);
    expect(missing.stderr).toContain('--actors is required');
    const bad = await generate('--actors', '1.5', '--seed', 'x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--actors must be a whole number');
    expect(bad.stderr).toContain('--seed must be a number');
    const small = await generate('--actors', '1');
    expect(small.stderr).toContain('--actors must be at least 2');
    const unknown = await generate('--actors', '10', '--size', '3');
    expect(unknown.stderr).toMatch(/Unknown option '--size'/);
  });
});
