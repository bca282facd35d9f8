import { AnalyticsArgumentError } from '../../src/analytics/errors';
import { networkGaps } from '../../src/analytics/network-gaps';
import { actor, ids, networkOf, partnership } from './helpers/gap-fixtures';

// Ties: g1–g2 (I), g1–a1, a1–y1, y1–y2 (I), c1–y3, p1–c1 (E). i1 is an isolate; d0 (a donor) is filtered out.
// y1 is 2 hops from government, y2 3 hops, y3 has no path.
const network = networkOf(
  [
    actor('g1', 'GOVERNMENT'),
    actor('g2', 'GOVERNMENT'),
    actor('a1', 'ACADEMIA'),
    actor('p1', 'PRIVATE_SECTOR'),
    actor('c1', 'CIVIL_SOCIETY'),
    actor('y1', 'CHILDREN_AND_YOUTH'),
    actor('y2', 'CHILDREN_AND_YOUTH'),
    actor('y3', 'CHILDREN_AND_YOUTH'),
    actor('i1', 'INTERNATIONAL'),
  ],
  [
    partnership('P1', [['g1', 'LEAD'], 'g2']),
    partnership('P2', [
      ['g1', 'FUNDER'],
      ['a1', 'IMPLEMENTER'],
    ]),
    partnership('P3', [['a1', 'LEAD'], 'y1', ['d0', 'FUNDER']]),
    // y1 funds P4 and is a member of it too: it does not depend on itself.
    partnership('P4', [['y1', 'FUNDER'], 'y2', ['y1', 'MEMBER']]),
    partnership('P5', [['c1', 'FUNDER'], 'y3']),
    partnership('P6', [
      ['p1', 'FUNDER'],
      ['c1', 'LEAD'],
    ]),
    partnership('P7', [
      ['c1', 'IMPLEMENTER'],
      ['p1', 'FUNDER'],
    ]),
  ],
);

/** Shannon entropy in bits of a distribution given by counts. */
const H = (...counts: number[]) => {
  const total = counts.reduce((s, c) => s + c, 0);
  return -counts.reduce((s, c) => s + (c / total) * Math.log2(c / total), 0);
};

describe('networkGaps', () => {
  const report = networkGaps(network);

  it('counts ties per sector pair and the E-I index over them', () => {
    expect(report.eiIndex).toBeCloseTo((4 - 2) / 6, 12);
    expect(report.mixing).toHaveLength(21); // 6 sectors have nodes: 6 + 15 pairs
    const tiesOf = (a: string, b: string) => report.mixing.find((m) => m.a === a && m.b === b)?.ties;
    expect(tiesOf('GOVERNMENT', 'GOVERNMENT')).toBe(1);
    expect(tiesOf('GOVERNMENT', 'ACADEMIA')).toBe(1);
    expect(tiesOf('ACADEMIA', 'CHILDREN_AND_YOUTH')).toBe(1);
    expect(tiesOf('PRIVATE_SECTOR', 'CIVIL_SOCIETY')).toBe(1);
    expect(tiesOf('CHILDREN_AND_YOUTH', 'CHILDREN_AND_YOUTH')).toBe(1);
    expect(tiesOf('GOVERNMENT', 'INTERNATIONAL')).toBe(0);
    expect(report.mixing.reduce((s, m) => s + m.ties, 0)).toBe(6);
    expect(report.sectorPairsWithoutTies).toHaveLength(15 - 4);
    expect(report.sectorPairsWithoutTies).toContainEqual({ a: 'GOVERNMENT', b: 'PRIVATE_SECTOR' });
    expect(report.sectorPairsWithoutTies).not.toContainEqual({ a: 'CIVIL_SOCIETY', b: 'CHILDREN_AND_YOUTH' });
  });

  it('gives each actor its own E-I index, none for isolates', () => {
    const value = (id: string) => report.actorEiIndex.find((x) => x.actor.id === id)!.value;
    expect(value('g1')).toBe(0);
    expect(value('g2')).toBe(-1);
    expect(value('a1')).toBe(1);
    expect(value('y1')).toBe(0);
    expect(value('i1')).toBeUndefined();
    expect(ids(report.actorEiIndex.map((x) => x.actor))).toEqual(ids(network.actors));
    expect(ids(report.isolates)).toEqual(['i1']);
  });

  it('finds children and youth groups too far from government, or cut off from it', () => {
    expect(ids(report.voiceGap)).toEqual(['y2', 'y3']);
    expect(ids(networkGaps(network, { voiceHops: 1 }).voiceGap)).toEqual(['y1', 'y2', 'y3']);
    expect(ids(networkGaps(network, { voiceHops: 3 }).voiceGap)).toEqual(['y3']);
    // Without government nodes (sector filter), every children's group has a voice gap.
    const noGovernment = networkOf(
      network.actors.filter((a) => a.sector !== 'GOVERNMENT'),
      [...network.records.partnerships],
    );
    expect(ids(networkGaps(noGovernment).voiceGap)).toEqual(['y1', 'y2', 'y3']);
  });

  it('finds actors whose funded partnerships all have one same funder, even one outside the network', () => {
    // a1 has two funders (g1 in P2, d0 in P3). c1 (funded by p1 alone) and y1 (by d0 alone) fund others
    // themselves (c1 P5, y1 y2's partnership): channels of funding, not dependants, so not listed.
    expect(report.funderDependencies.map((d) => [d.actor.id, d.funderId, d.partnerships])).toEqual([
      ['y2', 'y1', 1],
      ['y3', 'c1', 1],
    ]);
    expect(ids(report.singleFunderDependent)).toEqual(['y2', 'y3']);
  });

  it("computes Leydesdorff's triple-helix T from the partnerships' sector patterns", () => {
    // (G, A, P) per partnership: P1 100, P2 110, P3 010, P4 000, P5 000, P6 001, P7 001.
    const expected = 3 * H(2, 5) - H(1, 1, 1, 4) - 2 * H(2, 2, 3) + H(1, 1, 1, 2, 2);
    expect(report.tripleHelixT).toBeCloseTo(expected, 12);
    // (G, A, P, C): adds C on P5, P6, P7. Singles: 3 × H(2,5) + H(3,4); pairs: GA H(1,1,1,4), GP H(2,2,3),
    // AP H(2,2,3), GC H(2,3,2), AC H(2,3,2), PC H(2,1,4); triples: GAP H(1,1,1,2,2), GAC H(1,1,1,1,3),
    // GPC H(2,1,2,2), APC H(2,1,2,2); all four: H(1,1,1,1,1,2).
    const quadruple =
      3 * H(2, 5) +
      H(3, 4) -
      (H(1, 1, 1, 4) + 2 * H(2, 2, 3) + 2 * H(2, 3, 2) + H(2, 1, 4)) +
      (H(1, 1, 1, 2, 2) + H(1, 1, 1, 1, 3) + 2 * H(2, 1, 2, 2)) -
      H(1, 1, 1, 1, 1, 2);
    expect(report.quadrupleHelixT).toBeCloseTo(quadruple, 12);
    expect(networkGaps(networkOf([...network.actors], [])).tripleHelixT).toBeUndefined();
  });

  it('has no E-I index without ties, and refuses a negative voiceHops naming it', () => {
    const lonely = networkGaps(networkOf([actor('a'), actor('b', 'GOVERNMENT')], []));
    expect(lonely.eiIndex).toBeUndefined();
    expect(lonely.sectorPairsWithoutTies).toEqual([{ a: 'GOVERNMENT', b: 'CIVIL_SOCIETY' }]);
    expect(() => networkGaps(network, { voiceHops: -1 })).toThrow(AnalyticsArgumentError);
    expect(() => networkGaps(network, { voiceHops: -1 })).toThrow(
      'invalid networkGaps argument: voiceHops: must be a whole number ≥ 0',
    );
  });
});
