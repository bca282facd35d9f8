import { coverageGaps, coverageMatrix, type CoverageCell } from '../../src/analytics/coverage';
import { AnalyticsArgumentError, AnalyticsLimitError } from '../../src/analytics/errors';
import type { Area } from '../../src/domain';
import { actor, networkOf, partnership } from './helpers/gap-fixtures';

// country C ⊃ R1 ⊃ {m1, m2}, C ⊃ R2 ⊃ {m3}; child populations known for m1 and m2 only.
const areas: Area[] = [
  { id: 'c', name: 'Country', level: 'COUNTRY', childPopulation: 1000 },
  { id: 'r1', name: 'Region 1', level: 'REGION', parentId: 'c' },
  { id: 'r2', name: 'Region 2', level: 'REGION', parentId: 'c' },
  { id: 'm1', name: 'Town 1', level: 'MUNICIPALITY', parentId: 'r1', childPopulation: 100 },
  { id: 'm2', name: 'Town 2', level: 'MUNICIPALITY', parentId: 'r1', childPopulation: 200 },
  { id: 'm3', name: 'Town 3', level: 'MUNICIPALITY', parentId: 'r2' },
];
const themes = [
  { id: 't1', name: 'Theme 1' },
  { id: 't2', name: 'Theme 2' },
];
const targetGroups = [
  { id: 'g1', name: 'Group 1' },
  { id: 'g2', name: 'Group 2' },
];
// x takes part in p1 but is not a node (filtered out by sector): it never counts as an actor of a cell.
const network = networkOf(
  [actor('a'), actor('b'), actor('c'), actor('d')],
  [
    partnership('p1', ['a', 'b', 'x'], { areaIds: ['m1'], themeIds: ['t1'] }),
    partnership('p2', ['c'], { areaIds: ['m2'], themeIds: ['t1'], targetGroups: [{ targetGroupId: 'g1' }] }),
    partnership('p3', ['a', 'd'], {
      areaIds: ['r2'],
      themeIds: ['t2'],
      targetGroups: [{ targetGroupId: 'g2' }],
    }),
    partnership('p4', ['b'], { areaIds: ['c'], themeIds: ['t2'] }),
  ],
  { areas, themes, targetGroups },
);

/** A cell as [area, theme, group?, actors, priority?] for compact expectations. */
const row = (cell: CoverageCell) => [
  cell.area.id,
  cell.theme.id,
  ...(cell.targetGroup ? [cell.targetGroup.id] : []),
  cell.actors,
  cell.priority ?? null,
];

describe('coverageGaps', () => {
  it('by municipality × theme: a partnership covers its area and the areas containing it, not those inside', () => {
    const report = coverageGaps(network);
    expect(report.cells).toBe(6);
    expect(report.coverage).toBeCloseTo(2 / 6, 12);
    // Priority = childPopulation × (1 − area coverage): m2 200 × ½, m1 100 × ½, m3 unknown (last).
    expect(report.uncovered.map(row)).toEqual([
      ['m2', 't2', 0, 100],
      ['m1', 't2', 0, 50],
      ['m3', 't1', 0, null],
      ['m3', 't2', 0, null],
    ]);
    expect(report.thin.map(row)).toEqual([['m2', 't1', 1, 100]]);
    expect(report.byArea.map((a) => [a.area.id, a.coverage])).toEqual([
      ['m1', 0.5],
      ['m2', 0.5],
      ['m3', 0],
    ]);
    expect(report.byTheme.map((t) => [t.theme.id, t.coverage])).toEqual([
      ['t1', 2 / 3],
      ['t2', 0],
    ]);
  });

  it('with includeParentAreas, country- and region-wide partnerships cover the municipalities inside', () => {
    const report = coverageGaps(network, { includeParentAreas: true });
    expect(report.coverage).toBeCloseTo(5 / 6, 12);
    expect(report.uncovered.map(row)).toEqual([['m3', 't1', 0, null]]);
    // m1 and m2 are fully covered (priority 0); m3 (t2: p3's a, d and p4's b) has 3 actors, not thin.
    expect(report.thin.map(row)).toEqual([
      ['m1', 't2', 1, 0],
      ['m2', 't1', 1, 0],
      ['m2', 't2', 1, 0],
    ]);
  });

  it('by region: partnerships in the municipalities inside count, distinct actors across them', () => {
    const report = coverageGaps(network, { areaLevel: 'REGION', minActors: 3 });
    expect(report.cells).toBe(4);
    expect(report.uncovered.map(row)).toEqual([
      ['r1', 't2', 0, null],
      ['r2', 't1', 0, null],
    ]);
    expect(report.thin.map(row)).toEqual([['r2', 't2', 2, null]]); // r1 × t1 has a, b (p1) and c (p2)
  });

  it('by target group: a partnership for no group is for every group', () => {
    const report = coverageGaps(network, { byTargetGroup: true, includeParentAreas: true });
    expect(report.cells).toBe(12);
    expect(report.coverage).toBeCloseTo(9 / 12, 12);
    // m2 has 3 of its 4 cells covered: priority 200 × ¼.
    expect(report.uncovered.map(row)).toEqual([
      ['m2', 't1', 'g2', 0, 50],
      ['m3', 't1', 'g1', 0, null],
      ['m3', 't1', 'g2', 0, null],
    ]);
    expect(report.thin.map(row)).toEqual([
      ['m2', 't1', 'g1', 1, 50],
      ['m2', 't2', 'g1', 1, 50],
      ['m2', 't2', 'g2', 1, 50],
      ['m1', 't2', 'g1', 1, 0],
      ['m1', 't2', 'g2', 1, 0],
      ['m3', 't2', 'g1', 1, null],
    ]);
    expect(report.byTheme.map((t) => t.coverage)).toEqual([3 / 6, 6 / 6]);
  });

  it("keeps to the filter's areas (and those inside) and themes", () => {
    const report = coverageGaps(network, { areaIds: ['r1'], themeIds: ['t1'], minActors: 1 });
    expect(report.cells).toBe(2);
    expect(report.coverage).toBe(1);
    expect(report.uncovered).toEqual([]);
    expect(report.thin).toEqual([]);
    expect(coverageGaps(network, { areaIds: ['m3'], areaLevel: 'REGION' }).cells).toBe(0);
    expect(coverageGaps(network, { areaIds: ['m3'], areaLevel: 'REGION' }).coverage).toBe(0);
  });

  it('refuses minActors below 1 and reports that are too large, naming what to change', () => {
    expect(() => coverageGaps(network, { minActors: 0 })).toThrow(AnalyticsArgumentError);
    expect(() => coverageGaps(network, { minActors: 0 })).toThrow(
      'invalid coverageGaps argument: minActors: must be a whole number ≥ 1',
    );
    const many = networkOf([], [], {
      areas: Array.from({ length: 600 }, (_, i) => ({ id: `m${i}`, name: `m${i}`, level: 'MUNICIPALITY' })),
      themes: Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, name: `t${i}` })),
      targetGroups: Array.from({ length: 20 }, (_, i) => ({ id: `g${i}`, name: `g${i}` })),
    });
    expect(() => coverageGaps(many, { byTargetGroup: true })).toThrow(AnalyticsLimitError);
    expect(coverageGaps(many).cells).toBe(18_000);
  });
});

describe('coverageMatrix', () => {
  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  it('counts the distinct actors of every municipality × theme, uncovered rows included', () => {
    const matrix = coverageMatrix(network);
    expect(ids(matrix.rows)).toEqual(['m1', 'm2', 'm3']);
    expect(ids(matrix.columns)).toEqual(['t1', 't2']);
    // m1 × t1: a and b of p1 (x is not a node); m2 × t1: c of p2; nothing else is in a municipality.
    expect(matrix.counts).toEqual([
      [2, 0],
      [1, 0],
      [0, 0],
    ]);
    expect(matrix.max).toBe(2);
  });

  it('agrees with coverageGaps: with includeParentAreas, within the filter’s areas and themes', () => {
    // Country-wide p4 (b) covers every t2 cell; region-wide p3 (a, d) covers m3 × t2 too.
    const matrix = coverageMatrix(network, { includeParentAreas: true });
    expect(matrix.counts).toEqual([
      [2, 1],
      [1, 1],
      [0, 3],
    ]);
    expect(matrix.max).toBe(3);
    const gaps = coverageGaps(network, { includeParentAreas: true, minActors: 1000 });
    for (const cell of [...gaps.uncovered, ...gaps.thin])
      expect(
        matrix.counts[ids(matrix.rows).indexOf(cell.area.id)]![ids(matrix.columns).indexOf(cell.theme.id)],
      ).toBe(cell.actors);
    const narrowed = coverageMatrix(network, { areaIds: ['r1'], themeIds: ['t2'] });
    expect([ids(narrowed.rows), ids(narrowed.columns), narrowed.counts, narrowed.max]).toEqual([
      ['m1', 'm2'],
      ['t2'],
      [[0], [0]],
      0,
    ]);
  });
});
