import { AnalyticsArgumentError } from '../../src/analytics/errors';
import { recommendations } from '../../src/analytics/recommendations';
import { actor, ids, networkOf, partnership } from './helpers/gap-fixtures';

// x is tied to z1 and z2; z1 (4 ties) to y1, y2, y3; z2 (2 ties) to y1; w only to y1.
const network = networkOf(
  [
    actor('x'),
    actor('z1'),
    actor('z2'),
    actor('y1', 'ACADEMIA'),
    actor('y2'),
    actor('y3', 'GOVERNMENT'),
    actor('w'),
    actor('alone'),
  ],
  [
    partnership('a', ['x', 'z1']),
    partnership('b', ['x', 'z2']),
    partnership('c', ['z1', 'y1']),
    partnership('d', ['z1', 'y2']),
    partnership('e', ['z1', 'y3']),
    partnership('f', ['z2', 'y1']),
    partnership('g', ['y1', 'w']),
  ],
);

describe('recommendations', () => {
  it('ranks untied actors sharing partners by Adamic–Adar, equal scores by id', () => {
    const found = recommendations(network, 'x');
    expect(found.map((r) => r.actor.id)).toEqual(['y1', 'y2', 'y3']);
    expect(found[0]!.score).toBeCloseTo(1 / Math.log(4) + 1 / Math.log(2), 12);
    expect(found[1]!.score).toBeCloseTo(1 / Math.log(4), 12);
    expect(found[2]!.score).toBe(found[1]!.score);
    expect(ids(found[0]!.commonPartners)).toEqual(['z1', 'z2']);
    expect(ids(found[1]!.commonPartners)).toEqual(['z1']);
  });

  it('keeps other sectors only when asked, and the top ones', () => {
    expect(recommendations(network, 'x', { crossSectorOnly: true }).map((r) => r.actor.id)).toEqual([
      'y1',
      'y3',
    ]);
    expect(recommendations(network, 'x', { top: 1 }).map((r) => r.actor.id)).toEqual(['y1']);
    expect(recommendations(network, 'x', { top: 0 })).toEqual([]);
  });

  it('never proposes an actor already tied, and none to an isolate or an actor outside the network', () => {
    // For y1: x (via z1, z2) and the partners of w… w has no other partner. z1's other partners y2, y3.
    expect(recommendations(network, 'y1').map((r) => r.actor.id)).toEqual(['x', 'y2', 'y3']);
    expect(recommendations(network, 'alone')).toEqual([]);
    expect(recommendations(network, 'unknown')).toEqual([]);
  });

  it('refuses a negative or fractional top, naming it', () => {
    expect(() => recommendations(network, 'x', { top: -1 })).toThrow(AnalyticsArgumentError);
    expect(() => recommendations(network, 'x', { top: 2.5 })).toThrow(
      'invalid recommendations argument: top: must be a whole number ≥ 0',
    );
  });
});
