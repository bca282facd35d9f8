import { canonicalJson, sameJson } from '../../src/lib/canonical-json';

/** Pairs whose canonicalJson decides whether a store counts a re-imported record unchanged. */
const PAIRS: [unknown, unknown][] = [
  [
    { id: 'cj-a', tags: ['x', 'y'] },
    { tags: ['x', 'y'], id: 'cj-a' },
  ],
  [
    { id: 'cj-a', tags: ['x', 'y'] },
    { id: 'cj-a', tags: ['y', 'x'] },
  ],
  [{ id: 'cj-a', note: undefined }, { id: 'cj-a' }],
  [{ id: 'cj-a', note: null }, { id: 'cj-a' }],
  [
    { id: 'cj-a', note: null },
    { id: 'cj-a', note: null },
  ],
  [
    { id: 'cj-a', n: 1 },
    { id: 'cj-a', n: '1' },
  ],
  [
    { id: 'cj-a', n: 0 },
    { id: 'cj-a', n: -0 },
  ],
  [
    { id: 'cj-a', list: [] },
    { id: 'cj-a', list: {} },
  ],
  [
    { id: 'cj-a', list: [undefined] },
    { id: 'cj-a', list: [null] },
  ],
  [{ p: [{ actorId: 'cj-b', role: 'LEAD' }] }, { p: [{ role: 'LEAD', actorId: 'cj-b' }] }],
  [{ p: [{ actorId: 'cj-b', role: 'LEAD' }] }, { p: [{ actorId: 'cj-b', role: 'PARTNER' }] }],
  [{ p: [{ actorId: 'cj-b' }] }, { p: [{ actorId: 'cj-b' }, { actorId: 'cj-c' }] }],
  [{ a: { b: { c: 1 } } }, { a: { b: { c: 1, d: undefined } } }],
  [{ a: { b: { c: 1 } } }, { a: { b: { c: 1, d: 2 } } }],
  [{ a: 1 }, { b: 1 }],
  ['text', 'text'],
  [1.5, 1.5],
  [null, {}],
];

describe('sameJson', () => {
  it.each(PAIRS)('agrees with comparing canonicalJson: %j and %j', (a, b) => {
    expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
    expect(sameJson(b, a)).toBe(canonicalJson(a) === canonicalJson(b));
  });
});
