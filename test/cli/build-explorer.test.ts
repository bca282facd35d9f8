import { readFile, readdir } from 'node:fs/promises';
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
});
