import { AnalyticsArgumentError } from '../../src/analytics/errors';
import { reach } from '../../src/analytics/reach';
import { actor, ids, networkOf, partnership } from './helpers/gap-fixtures';

// Ties: a–b (p1 and p5), b–c (p2), c–d (p3); p4 is a's alone; e is an isolate.
const actors = [
  actor('a'),
  actor('b', 'GOVERNMENT'),
  actor('c', 'CHILDREN_AND_YOUTH'),
  actor('d', 'CHILDREN_AND_YOUTH'),
  actor('e'),
];
const partnerships = [
  partnership('p1', ['a', 'b'], {
    areaIds: ['m1'],
    themeIds: ['t1'],
    targetGroups: [{ targetGroupId: 'g1', targeted: 100, reached: 40 }],
  }),
  partnership('p2', ['b', 'c'], {
    areaIds: ['m2'],
    themeIds: ['t2'],
    targetGroups: [{ targetGroupId: 'g1', targeted: 50 }],
  }),
  partnership('p3', ['c', 'd'], {
    areaIds: ['m3'],
    themeIds: ['t1'],
    targetGroups: [{ targetGroupId: 'g2', reached: 5 }],
  }),
  partnership('p4', ['a'], { areaIds: ['m4'], themeIds: ['t3'], targetGroups: [{ targetGroupId: 'g2' }] }),
  partnership('p5', ['b', 'a'], {
    areaIds: ['m1'],
    targetGroups: [{ targetGroupId: 'g1', targeted: 10, reached: 10 }],
  }),
];
const vocabulary = {
  // Names order differently from ids, to show lists are by name.
  areas: ['m1', 'm2', 'm3', 'm4'].map((id, i) => ({
    id,
    name: `Area ${4 - i}`,
    level: 'MUNICIPALITY' as const,
  })),
  themes: ['t1', 't2', 't3'].map((id) => ({ id, name: id })),
  targetGroups: [
    { id: 'g1', name: 'Girls' },
    { id: 'g2', name: 'All children' },
    { id: 'g3', name: 'Unused' },
  ],
};
const network = networkOf(actors, partnerships, vocabulary);
const reached = (r: ReturnType<typeof reach>) => r.actors.map((x) => [x.actor.id, x.hops]);

describe('reach', () => {
  it('with 0 hops covers what the origin works on, shared partnerships once', () => {
    const r = reach(network, 'a', 0);
    expect(r.actors).toEqual([]);
    expect(r.bySector).toEqual([]);
    expect(r.partnerships).toBe(3); // p1, p4, p5
    expect(ids(r.areas)).toEqual(['m4', 'm1']); // Area 1 (m4), Area 4 (m1)
    expect(ids(r.themes)).toEqual(['t1', 't3']);
    // g2 only through p4, which gives no number: both sums are absent rather than 0.
    expect(r.targetGroups).toEqual([
      { targetGroupId: 'g2' },
      { targetGroupId: 'g1', targeted: 110, reached: 50 },
    ]);
  });

  it('counts each partnership once although both ends of a tie take part in it', () => {
    const r = reach(network, 'a', 1);
    expect(reached(r)).toEqual([['b', 1]]);
    expect(r.bySector).toEqual([{ sector: 'GOVERNMENT', count: 1 }]);
    expect(r.partnerships).toBe(4); // p1, p2, p4, p5: p1 and p5 are a's and b's, counted once
    expect(r.targetGroups).toEqual([
      { targetGroupId: 'g2' },
      { targetGroupId: 'g1', targeted: 160, reached: 50 },
    ]);
  });

  it('goes ring by ring, by hops then id, and stops at the network edge', () => {
    expect(reached(reach(network, 'a', 2))).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
    const r = reach(network, 'a', 10);
    expect(reached(r)).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
    expect(r.bySector).toEqual([
      { sector: 'CHILDREN_AND_YOUTH', count: 2 },
      { sector: 'GOVERNMENT', count: 1 },
    ]);
    expect(r.partnerships).toBe(5);
    expect(ids(r.areas)).toEqual(['m4', 'm3', 'm2', 'm1']);
    expect(r.targetGroups).toEqual([
      { targetGroupId: 'g2', reached: 5 },
      { targetGroupId: 'g1', targeted: 160, reached: 50 },
    ]);
    expect(reached(reach(network, 'd', 1))).toEqual([['c', 1]]);
  });

  it('reaches nobody from an isolate, an unknown actor or an actor filtered out', () => {
    const empty = { actors: [], bySector: [], areas: [], themes: [], targetGroups: [], partnerships: 0 };
    expect(reach(network, 'e', 3)).toEqual(empty);
    expect(reach(network, 'nobody', 3)).toEqual(empty);
    // The sector filter drops b: a keeps its own partnerships but reaches no one through b.
    const withoutGovernment = networkOf(
      actors.filter((x) => x.sector !== 'GOVERNMENT'),
      partnerships,
      vocabulary,
    );
    const r = reach(withoutGovernment, 'a', 3);
    expect(r.actors).toEqual([]);
    expect(r.partnerships).toBe(3);
    expect(reach(withoutGovernment, 'b', 3)).toEqual(empty);
  });

  it('refuses hops that are negative or fractional, naming the argument', () => {
    for (const hops of [-1, 1.5]) {
      const error = (() => {
        try {
          reach(network, 'a', hops);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AnalyticsArgumentError);
      expect((error as AnalyticsArgumentError).issues).toEqual([
        { path: 'hops', message: 'must be a whole number ≥ 0' },
      ]);
      expect((error as Error).message).toBe('invalid reach argument: hops: must be a whole number ≥ 0');
    }
  });
});
