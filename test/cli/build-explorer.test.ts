import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildExplorer } from '../../src/cli/build-explorer';
import { useTempDir } from '../helpers/temp-dir';

describe('buildExplorer', () => {
  const dir = useTempDir('explorer-build-');

  it('writes the page, its script and its stylesheet, with source maps', async () => {
    const built = await buildExplorer(join(dir(), 'explorer'));
    expect(built.files).toEqual([
      'explorer.css',
      'explorer.css.map',
      'explorer.js',
      'explorer.js.map',
      'index.html',
    ]);
    expect(built.bytes).toBeGreaterThan(100_000); // sigma.js and graphology are in the bundle
    const html = await readFile(join(built.dir, 'index.html'), 'utf8');
    expect(html).toContain('<script defer src="explorer.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="explorer.css" />');
  });

  it('ships everything the page needs: no address elsewhere, no inline script or style', async () => {
    const built = await buildExplorer(join(dir(), 'explorer'));
    for (const file of ['index.html', 'explorer.js', 'explorer.css']) {
      const text = await readFile(join(built.dir, file), 'utf8');
      expect({ file, remote: text.match(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//gi) }).toEqual({
        file,
        remote: null,
      });
    }
    const html = await readFile(join(built.dir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script>|<style|\sstyle="|\son[a-z]+="/);
  });

  it('replaces an earlier build whole, leaving nothing half-built beside it', async () => {
    const out = join(dir(), 'explorer');
    await buildExplorer(out);
    await buildExplorer(out);
    expect(await readdir(dir())).toEqual(['explorer']);
  });

  it('leaves a build made from the same inputs as it is, and builds again when an input changed', async () => {
    const out = join(dir(), 'explorer');
    expect((await buildExplorer(out)).upToDate).toBe(false);
    const written = (await stat(join(out, 'explorer.js'))).mtimeMs;
    const again = await buildExplorer(out);
    expect(again).toMatchObject({
      upToDate: true,
      files: expect.arrayContaining(['explorer.js', 'index.html']),
    });
    expect((await stat(join(out, 'explorer.js'))).mtimeMs).toBe(written);
    // As if main.ts had changed since: its recorded hash no longer matches.
    const record = join(out, '.inputs.json');
    const inputs = JSON.parse(await readFile(record, 'utf8')) as Record<string, string>;
    const main = Object.keys(inputs).find((path) => path.endsWith(join('explorer', 'main.ts')))!;
    await writeFile(record, JSON.stringify({ ...inputs, [main]: 'an older hash' }));
    expect((await buildExplorer(out)).upToDate).toBe(false);
    expect((await buildExplorer(out, { force: true })).upToDate).toBe(false);
  });
});
