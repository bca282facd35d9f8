import { Budget } from '../../src/analytics/budget';
import { centrality } from '../../src/analytics/centrality';
import { betweenness } from '../../src/analytics/centrality/paths';
import { AnalyticsArgumentError, AnalyticsLimitError } from '../../src/analytics/errors';
import { actorNetwork, tieObjects, type ActorNetwork } from '../../src/analytics/projection';
import { fragility } from '../../src/analytics/structure/fragility';
import { shortestPath } from '../../src/analytics/structure/shortest-path';
import { networkStats } from '../../src/analytics/structure/stats';
import type { Actor, Partnership } from '../../src/domain';

/** A network of actors `ids` and one partnership per group of participants. */
function network(ids: string[], groups: string[][]): ActorNetwork {
  const actors = ids.map((id): Actor => ({ id, name: id, sector: 'CIVIL_SOCIETY', kind: 'NGO', tags: [] }));
  const partnerships = groups.map((members, i): Partnership => ({
    id: `p${i}`,
    title: `p${i}`,
    kind: 'ADVOCACY',
    participants: members.map((actorId) => ({ actorId, role: 'PARTICIPANT' })),
    areaIds: [],
    themeIds: [],
    targetGroups: [],
  }));
  return actorNetwork({ revision: 1, actors, partnerships, areas: [], themes: [], targetGroups: [] });
}
const values = (net: ActorNetwork, metric: Parameters<typeof centrality>[1]) => [...centrality(net, metric)];

describe('centralities computed by hand', () => {
  const path = network(
    ['a', 'b', 'c'],
    [
      ['a', 'b'],
      ['b', 'c'],
    ],
  );
  const star = network(
    ['hub', 'x', 'y', 'z'],
    [
      ['hub', 'x'],
      ['hub', 'y'],
      ['hub', 'z'],
    ],
  );

  it('a path a–b–c', () => {
    expect(values(path, 'DEGREE')).toEqual([0.5, 1, 0.5]);
    expect(values(path, 'BETWEENNESS')).toEqual([0, 1, 0]);
    expect(values(path, 'CLOSENESS')).toEqual([2 / 3, 1, 2 / 3]);
    expect(values(path, 'HARMONIC')).toEqual([1.5, 2, 1.5]);
    const eigen = values(path, 'EIGENVECTOR');
    expect(eigen[1]).toBe(1);
    expect(eigen[0]).toBeCloseTo(Math.SQRT1_2, 10); // Perron vector of a 3-path: (1, √2, 1)/2
  });

  it('a star: the hub brokers every pair, unconstrained; leaves are fully constrained', () => {
    expect(values(star, 'BETWEENNESS')).toEqual([1, 0, 0, 0]);
    const c = values(star, 'CONSTRAINT');
    expect(c[0]).toBeCloseTo(1 / 3, 12);
    expect(c.slice(1)).toEqual([1, 1, 1]);
    expect(values(star, 'EFFECTIVE_SIZE')).toEqual([3, 1, 1, 1]);
    const pr = values(star, 'PAGERANK');
    expect(pr.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(pr[1]).toBeCloseTo(pr[2]!, 12);
  });

  it('a three-party partnership weighs 1/(k−1) per pair; an isolate has no constraint', () => {
    const net = network(
      ['x', 'y', 'z', 'zz-alone'],
      [
        ['x', 'y', 'z'],
        ['x', 'y'],
      ],
    );
    expect(values(net, 'STRENGTH')).toEqual([2, 2, 1, 0]);
    expect(tieObjects(net.ties).map((t) => t.weight)).toEqual([1.5, 0.5, 0.5]);
    expect(values(net, 'CONSTRAINT')[3]).toBeNaN();
    expect(values(net, 'DEGREE')).toEqual([2 / 3, 2 / 3, 2 / 3, 0]);
  });

  it('a triangle with a pendant: the cut point, the bridge, clustering, shortest paths', () => {
    const net = network(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['c', 'd'],
      ],
    );
    const found = fragility(net);
    expect(found.articulationPoints).toEqual([2]);
    expect(found.bridges).toEqual([[2, 3]]);
    const stats = networkStats(net);
    expect(stats.averageClustering).toBeCloseTo((1 + 1 + 1 / 3 + 0) / 4, 12);
    expect(stats.transitivity).toBeCloseTo(3 / 5, 12);
    expect(stats.diameter).toBe(2);
    expect(stats.density).toBeCloseTo(4 / 6, 12);
    expect(shortestPath(net, 'a', 'd')).toEqual([0, 2, 3]);
    expect(shortestPath(net, 'd', 'd')).toEqual([3]);
    expect(() => shortestPath(net, 'a', 'nobody')).toThrow(AnalyticsArgumentError);
  });

  it('the smallest ids win among equally short paths; unconnected actors have no path', () => {
    const square = network(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'c'],
        ['a', 'b'],
        ['c', 'd'],
        ['b', 'd'],
      ],
    );
    expect(shortestPath(square, 'a', 'd')).toEqual([0, 1, 3]);
    expect(shortestPath(square, 'd', 'a')).toEqual([3, 1, 0]);
    expect(shortestPath(square, 'a', 'e')).toBeNull();
  });
});

describe('sampled betweenness and limits', () => {
  const net = network(
    Array.from({ length: 30 }, (_, i) => `n${String(i).padStart(2, '0')}`),
    Array.from({ length: 40 }, (_, i) => [
      `n${String(i % 30).padStart(2, '0')}`,
      `n${String((i * 7 + 3) % 30).padStart(2, '0')}`,
    ]),
  );

  it('the same seed gives the same estimate; samples = n is exact', () => {
    const exact = betweenness(net);
    expect(betweenness(net, { samples: 10, seed: 5 })).toEqual(betweenness(net, { samples: 10, seed: 5 }));
    expect(betweenness(net, { samples: 10, seed: 5 })).not.toEqual(
      betweenness(net, { samples: 10, seed: 6 }),
    );
    expect(betweenness(net, { samples: 30, seed: 5 })).toEqual(exact);
    expect(() => betweenness(net, { samples: 1 })).toThrow(AnalyticsArgumentError);
  });

  it('a computation past its time budget stops with AnalyticsLimitError', () => {
    let now = 0;
    const budget = new Budget({ timeBudgetMs: 5, maxAllPairsWork: Infinity }, () => (now += 1));
    expect(() => betweenness(net, { budget })).toThrow(/betweenness: ran past its time budget of 5 ms/);
  });

  it('all-pairs work over the limit is refused up front, suggesting samples', () => {
    const budget = new Budget({ timeBudgetMs: 1000, maxAllPairsWork: 100 });
    expect(() => betweenness(net, { budget })).toThrow(AnalyticsLimitError);
    expect(() => betweenness(net, { budget })).toThrow(/samples/);
    expect(() => centrality(net, 'CLOSENESS', { budget })).toThrow(/closeness: needs about/);
    // Sampled, it is priced at k searches × ties (27 here): 5 are over the limit, 3 within it.
    expect(() => betweenness(net, { budget, samples: 5 })).toThrow(/5 searches × 27 ties.*fewer `samples`/);
    expect(() => betweenness(net, { budget, samples: 3 })).not.toThrow();
  });
});
