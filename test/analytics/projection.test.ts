import type { Actor, Partnership } from '../../src/domain';
import { actorNetwork, degreeOf, type NetworkRecords } from '../../src/analytics/projection';

const actor = (id: string, sector: Actor['sector'] = 'CIVIL_SOCIETY'): Actor => ({
  id,
  name: id,
  sector,
  kind: 'NGO',
  tags: [],
});

const partnership = (id: string, actorIds: string[]): Partnership => ({
  id,
  title: id,
  kind: 'COORDINATION',
  participants: actorIds.map((actorId) => ({ actorId, role: 'PARTICIPANT' as const })),
  areaIds: [],
  themeIds: [],
  targetGroups: [],
});

function records(actors: Actor[], partnerships: Partnership[]): NetworkRecords {
  return { revision: 7, actors, partnerships, areas: [], themes: [], targetGroups: [] };
}

/** The tie between two actors as {weight, partnerships}, read from the CSR lists of both ends. */
function tie(network: ReturnType<typeof actorNetwork>, a: string, b: string) {
  const read = (from: string, to: string) => {
    const i = network.indexOf.get(from)!;
    const j = network.indexOf.get(to)!;
    for (let at = network.offsets[i]!; at < network.offsets[i + 1]!; at++)
      if (network.neighbours[at] === j)
        return { weight: network.weights[at]!, partnerships: network.tiePartnerships[at]! };
    return undefined;
  };
  const there = read(a, b);
  expect(read(b, a)).toEqual(there);
  return there;
}

describe('actorNetwork', () => {
  // p1 has four participants (k = 4: each pair weighs 1/3); p2 ties b and c again (k = 2: weight 1).
  const network = actorNetwork(
    records(
      [actor('d'), actor('c'), actor('b'), actor('a'), actor('lonely')],
      [partnership('p1', ['a', 'b', 'c', 'd']), partnership('p2', ['b', 'c']), partnership('p3', ['a'])],
    ),
  );

  it('orders nodes by id and keeps isolates', () => {
    expect(network.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'lonely']);
    expect(degreeOf(network, network.indexOf.get('lonely')!)).toBe(0);
  });

  it("weighs each shared partnership 1/(k−1) (Newman's collaboration weight) and counts them", () => {
    expect(tie(network, 'a', 'b')!.weight).toBeCloseTo(1 / 3, 12);
    expect(tie(network, 'a', 'b')!.partnerships).toBe(1);
    expect(tie(network, 'b', 'c')!.weight).toBeCloseTo(1 / 3 + 1, 12);
    expect(tie(network, 'b', 'c')!.partnerships).toBe(2);
    expect(network.ties).toHaveLength(6);
  });

  it("lists every node's neighbours in ascending order", () => {
    for (let i = 0; i < network.actors.length; i++) {
      const list = [...network.neighbours.subarray(network.offsets[i], network.offsets[i + 1])];
      expect(list).toEqual([...list].sort((x, y) => x - y));
    }
    expect(degreeOf(network, network.indexOf.get('b')!)).toBe(3);
  });

  it('keeps one-member partnerships for reach but ties nobody through them', () => {
    expect(network.partnerships.map((p) => [p.partnership.id, p.members])).toEqual([
      ['p1', [0, 1, 2, 3]],
      ['p2', [1, 2]],
      ['p3', [0]],
    ]);
  });

  it('ignores participants that are not nodes (filtered out by sector) and repeated participants', () => {
    const filtered = actorNetwork(
      records(
        [actor('a'), actor('b')],
        [
          {
            ...partnership('p', ['a', 'b', 'gov']),
            participants: [
              { actorId: 'a', role: 'LEAD' },
              { actorId: 'a', role: 'FUNDER' },
              { actorId: 'b', role: 'IMPLEMENTER' },
              { actorId: 'gov', role: 'FUNDER' },
            ],
          },
          partnership('q', ['gov', 'other']),
        ],
      ),
    );
    // k counts distinct participants among the nodes: a and b only, so the tie weighs 1/(2−1).
    expect(tie(filtered, 'a', 'b')).toEqual({ weight: 1, partnerships: 1 });
    expect(filtered.partnerships.map((p) => p.partnership.id)).toEqual(['p']);
  });

  it('gives the same bytes whatever order the store returned the records in (id order)', () => {
    // Float addition is not associative: 1 + 1 + 1/3 and 1/3 + 1 + 1 differ in the last digit. Stores
    // return partnerships in their own order (insertion, or id), so the projection adds in id order.
    const actors = [actor('a'), actor('b'), actor('c'), actor('d')];
    const shared = [
      partnership('p1', ['a', 'b']),
      partnership('p2', ['b', 'a']),
      partnership('p3', ['a', 'b', 'c', 'd']),
    ];
    const inIdOrder = actorNetwork(records(actors, shared));
    const reversed = actorNetwork(records([...actors].reverse(), [...shared].reverse()));
    expect(1 + 1 + 1 / 3).not.toBe(1 / 3 + 1 + 1); // the premise: order shows in the sum
    expect(tie(inIdOrder, 'a', 'b')).toEqual({ weight: 1 + 1 + 1 / 3, partnerships: 3 });
    expect(tie(reversed, 'a', 'b')).toEqual({ weight: 1 + 1 + 1 / 3, partnerships: 3 });
    expect(reversed.partnerships.map((p) => p.partnership.id)).toEqual(['p1', 'p2', 'p3']);
    expect(reversed.records.partnerships.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(reversed.records.actors.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
