import { brokerage } from '../../src/analytics/brokerage';
import { actor, networkOf, partnership } from './helpers/gap-fixtures';

describe('brokerage', () => {
  // b (GOVERNMENT) is tied to a1, a2, a3 (GOVERNMENT), c1, c2 (CIVIL_SOCIETY) and x (ACADEMIA); only a1–a2
  // are tied among them (p1 has three participants). Of b's 15 neighbour pairs, a1–a2 is tied; the rest:
  // coordinator a1a3, a2a3 (2); itinerant c1c2 (1); representative a{1,2,3} × {c1, c2, x} (9);
  // liaison c1x, c2x (2).
  const network = networkOf(
    [
      actor('b', 'GOVERNMENT'),
      actor('a1', 'GOVERNMENT'),
      actor('a2', 'GOVERNMENT'),
      actor('a3', 'GOVERNMENT'),
      actor('c1'),
      actor('c2'),
      actor('x', 'ACADEMIA'),
      actor('alone'),
    ],
    [
      partnership('p1', ['b', 'a1', 'a2']),
      ...['a3', 'c1', 'c2', 'x'].map((id) => partnership(`p-${id}`, ['b', id])),
    ],
  );
  const rows = brokerage(network).map((r) => [
    r.actor.id,
    r.coordinator,
    r.itinerant,
    r.representative,
    r.liaison,
    r.total,
  ]);

  it("counts each role over the broker's untied neighbour pairs", () => {
    expect(rows[0]).toEqual(['b', 2, 1, 9, 2, 14]);
  });

  it('lists every actor, highest total first, then by id (those brokering nothing too)', () => {
    expect(rows.map((r) => r[0])).toEqual(['b', 'a1', 'a2', 'a3', 'alone', 'c1', 'c2', 'x']);
    expect(rows.slice(1).every((r) => r[5] === 0)).toBe(true);
  });

  it('removes a tied pair from the role it would have had', () => {
    // Tie c1–c2: b's itinerant pair goes, and c1, c2 broker nothing (their neighbours are tied).
    const tied = networkOf(
      [...network.actors],
      [...network.records.partnerships, partnership('q', ['c1', 'c2'])],
    );
    const b = brokerage(tied).find((r) => r.actor.id === 'b')!;
    expect([b.coordinator, b.itinerant, b.representative, b.liaison, b.total]).toEqual([2, 0, 9, 2, 13]);
  });

  it('gives c the liaison and itinerant roles on a path of three sectors and of two', () => {
    const path = networkOf(
      [
        actor('a', 'GOVERNMENT'),
        actor('c', 'ACADEMIA'),
        actor('e', 'PRIVATE_SECTOR'),
        actor('f', 'GOVERNMENT'),
      ],
      [partnership('1', ['a', 'c']), partnership('2', ['c', 'e']), partnership('3', ['c', 'f'])],
    );
    const c = brokerage(path)[0]!;
    // Pairs of c's neighbours: a–e (G, P: liaison), a–f (G, G: itinerant), e–f (P, G: liaison).
    expect([c.actor.id, c.coordinator, c.itinerant, c.representative, c.liaison]).toEqual(['c', 0, 1, 0, 2]);
  });
});
