import { Bfs, MultiBfs, SEARCHES_AT_ONCE } from '../../../src/analytics/centrality/breadth-first';
import { closeness, combineShares, harmonic, pathShare } from '../../../src/analytics/centrality/paths';
import type { ActorNetwork } from '../../../src/analytics/projection';
import { actor, networkOf, partnership } from '../helpers/gap-fixtures';

/** A path p000 – p001 – … of `length` actors, then a triangle t0 t1 t2 apart, then an isolate. */
function pathAndTriangle(length: number): ActorNetwork {
  const path = Array.from({ length }, (_, i) => `p${String(i).padStart(3, '0')}`);
  const ids = [...path, 't0', 't1', 't2', 'zz-alone'];
  return networkOf(
    ids.map((id) => actor(id)),
    [
      ...path.slice(1).map((id, i) => partnership(`${path[i]}-${id}`, [path[i]!, id])),
      partnership('triangle', ['t0', 't1', 't2']),
    ],
  );
}

/** How many nodes a single search from `source` finds at each distance. */
function histogram(network: ActorNetwork, source: number): number[] {
  const bfs = new Bfs(network);
  bfs.run(source);
  const counts = new Array<number>(bfs.levels).fill(0);
  for (let i = 0; i < bfs.reached; i++) counts[bfs.dist[bfs.order[i]!]!]!++;
  return counts;
}

describe('MultiBfs: 32 searches at once', () => {
  const network = pathAndTriangle(50);
  const index = (id: string) => network.indexOf.get(id)!;

  it('finds, for every search, the nodes at each distance that a search of its own finds', () => {
    // 32 sources: both ends, the middle, the triangle, the isolate, and scattered path actors; the path
    // is 49 long, deeper than the counts' first capacity, so the run must widen them mid-search.
    const sources = [0, 49, 25, 1, 2, 3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 48, 26, 24, 5, 9]
      .map((i) => index(`p${String(i).padStart(3, '0')}`))
      .concat(['t0', 't1', 't2', 'zz-alone'].map(index))
      .concat([4, 6, 8, 10, 12].map((i) => index(`p${String(i).padStart(3, '0')}`)));
    expect(sources).toHaveLength(SEARCHES_AT_ONCE);
    const searches = new MultiBfs(network);
    searches.run(sources);
    expect(searches.levels).toBe(50);
    sources.forEach((source, i) => {
      const expected = histogram(network, source);
      const counts = [...searches.atDistance(i).subarray(0, searches.levels)];
      expect(counts).toEqual([...expected, ...new Array(searches.levels - expected.length).fill(0)]);
    });
  });

  it('starts clean on every run: a second, smaller run does not see the first', () => {
    const searches = new MultiBfs(network);
    searches.run([index('p000'), index('p049')]);
    searches.run([index('t0')]);
    expect(searches.levels).toBe(2);
    expect([...searches.atDistance(0).subarray(0, 2)]).toEqual([1, 2]);
    expect([...searches.atDistance(1).subarray(0, 2)]).toEqual([0, 0]);
  });
});

describe('closeness and harmonic from batched searches, against closed forms on a path', () => {
  // 70 actors: three batches of searches, distances up to 69.
  const length = 70;
  const network = pathAndTriangle(length);
  const n = network.actors.length;
  const onPath = (i: number) => network.indexOf.get(`p${String(i).padStart(3, '0')}`)!;
  const harmonicNumber = (k: number) =>
    Array.from({ length: k }, (_, j) => 1 / (j + 1)).reduce((a, b) => a + b, 0);

  it('HARMONIC of the i-th path actor is H(i) + H(length − 1 − i); 2 on the triangle; 0 alone', () => {
    const values = harmonic(network);
    for (let i = 0; i < length; i++)
      expect(values[onPath(i)]).toBeCloseTo(harmonicNumber(i) + harmonicNumber(length - 1 - i), 12);
    expect(values[network.indexOf.get('t1')!]).toBe(2);
    expect(values[network.indexOf.get('zz-alone')!]).toBe(0);
  });

  it('CLOSENESS of the i-th path actor is (r − 1)/Σd · (r − 1)/(n − 1) with Σd = i(i+1)/2 + j(j+1)/2', () => {
    const values = closeness(network);
    const r = length;
    for (let i = 0; i < length; i++) {
      const j = length - 1 - i;
      const total = (i * (i + 1)) / 2 + (j * (j + 1)) / 2;
      expect(values[onPath(i)]).toBeCloseTo(((r - 1) / total) * ((r - 1) / (n - 1)), 14);
    }
    expect(values[network.indexOf.get('t0')!]).toBeCloseTo((2 / 2) * (2 / (n - 1)), 14);
  });

  it.each(['CLOSENESS', 'HARMONIC'] as const)('%s in five shares is the whole, bit for bit', (metric) => {
    const whole = metric === 'CLOSENESS' ? closeness(network) : harmonic(network);
    const shares = [0, 1, 2, 3, 4].map((index) => pathShare(network, metric, {}, { index, of: 5 }));
    expect([...combineShares(network, metric, shares, {})]).toEqual([...whole]);
  });
});
