import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AnalyticsCache } from '../../src/app/analytics/analytics-cache';
import { actorView, type ActorViewOptions } from '../../src/app/analytics/actor-view';
import { withDefaultEvidence, type NetworkFilter } from '../../src/domain';
import { loadSeed } from '../../src/io/seed';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { spawnTs } from '../helpers/child';
import { useTempDir } from '../helpers/temp-dir';
import { exportText } from '../io/export/helpers/fixtures';

const run = (dataDir: string, ...args: string[]) =>
  spawnTs('src/cli/export.ts', args, { env: { DATA_DIR: dataDir } }).closed;

describe('npm run export (src/cli/export.ts)', () => {
  const dir = useTempDir();
  const data = () => join(dir(), 'data');

  beforeEach(async () => {
    const store = await EmbeddedStore.open({ dataDir: data() });
    await loadSeed(store, 'kosovo');
    await store.close();
  });

  /** The export of the seed, written straight from actorView. */
  async function expected(format: 'gexf' | 'json', options: ActorViewOptions, filter: NetworkFilter = {}) {
    const store = await EmbeddedStore.open({ dataDir: data() });
    try {
      const view = await actorView(new AnalyticsCache(store), withDefaultEvidence(filter), options);
      return exportText(format, view, [...(options.metrics ?? [])]);
    } finally {
      await store.close();
    }
  }

  it('writes the filtered network to stdout and nothing else', async () => {
    const result = await run(
      data(),
      '--format',
      'gexf',
      '--sector',
      'CIVIL_SOCIETY,INTERNATIONAL',
      '--as-of=2023-12-31',
      '--metric',
      'DEGREE',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const filter: NetworkFilter = { asOf: '2023-12-31', sectors: ['CIVIL_SOCIETY', 'INTERNATIONAL'] };
    expect(result.stdout).toBe(await expected('gexf', { metrics: ['DEGREE'] }, filter));
  });

  it('places the nodes with the --layout switch, as the network field lays them out', async () => {
    const result = await run(data(), '--format', 'gexf', '--layout', '--sector', 'GOVERNMENT');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<viz:position ');
    expect(result.stdout).toBe(await expected('gexf', { layout: true }, { sectors: ['GOVERNMENT'] }));
  });

  it('writes an ego network to --out, atomically, and says so on stderr', async () => {
    const out = join(dir(), 'ego.json');
    const result = await run(
      data(),
      '--format',
      'json',
      '--ego',
      'syri-i-vizionit',
      '--hops',
      '2',
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^exported \d+ actors and \d+ ties to .*ego\.json\n$/);
    expect(await readFile(out, 'utf8')).toBe(
      await expected('json', { ego: { actorId: 'syri-i-vizionit', hops: 2 } }),
    );
    // No temporary file left beside it.
    expect((await readdir(dir())).sort()).toEqual(['data', 'ego.json']);
  });

  it.each([
    [['--format', 'gexf', '--sector', 'CIVIL_SOCIETY,PIRATES'], '--sector[1]: '],
    [['--format', 'gexf', '--as-of', '2023-02-30'], '--as-of: must be an ISO date'],
    [
      ['--format', 'gexf', '--ego', 'syri-i-vizionit', '--hops', '11'],
      '--hops: must be a whole number from 0 to 10',
    ],
    [['--format', 'gexf', '--colour', 'red'], "Unknown option '--colour'"],
    [['--format', 'gexf', '--ego', 'nobody-at-all'], 'actor "nobody-at-all" does not exist'],
  ])('refuses %j with a clear message and exit code 1', async (args, message) => {
    const result = await run(data(), ...args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});
