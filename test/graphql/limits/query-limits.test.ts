import { checkQueryLimits } from '../../../src/graphql/limits/query-limits.plugin';
import { operationOf, schema } from './fixtures';

describe('checkQueryLimits on a document sent again', () => {
  const limits = { maxDepth: 12, maxCost: 1000 };
  const { document, operation } = operationOf(
    'query($n: Int) { actors(first: $n) { edges { node { id } } } }',
  );

  it('prices each set of variables for itself: a page that passed does not let a larger one through', () => {
    expect(checkQueryLimits(limits, schema, document, operation, { n: 5 })).toEqual({
      depth: 4,
      cost: 11,
      analytics: false,
    });
    expect(checkQueryLimits(limits, schema, document, operation, { n: 5 })).toEqual({
      depth: 4,
      cost: 11,
      analytics: false,
    });
    expect(() => checkQueryLimits(limits, schema, document, operation, { n: 500 })).toThrow(
      /query cost 1001 is over the limit of 1000/,
    );
    expect(checkQueryLimits(limits, schema, document, operation, { n: 10 })).toEqual({
      depth: 4,
      cost: 21,
      analytics: false,
    });
  });

  it('prices the same document again under other limits', () => {
    expect(checkQueryLimits(limits, schema, document, operation, { n: 20 })).toEqual({
      depth: 4,
      cost: 41,
      analytics: false,
    });
    expect(() =>
      checkQueryLimits({ maxDepth: 12, maxCost: 40 }, schema, document, operation, { n: 20 }),
    ).toThrow(/query cost 41 is over the limit of 40/);
    expect(() =>
      checkQueryLimits({ maxDepth: 3, maxCost: 1000 }, schema, document, operation, { n: 20 }),
    ).toThrow(/query depth 4 is over the limit of 3/);
  });

  it('prices a document again once the store has grown: searches that passed on a small store are refused on a large one', () => {
    const twice = operationOf(
      '{ a: search(query: "x", first: 1) { slug } b: search(query: "x", first: 1) { slug } }',
    );
    const small = { actors: 100, partnerships: 0 };
    // each search: 1 + ceil(100 / 100) + 1 row
    expect(checkQueryLimits(limits, schema, twice.document, twice.operation, {}, small)).toEqual({
      depth: 2,
      cost: 6,
      analytics: false,
    });
    const large = { actors: 100_000, partnerships: 0 };
    expect(() => checkQueryLimits(limits, schema, twice.document, twice.operation, {}, large)).toThrow(
      /query cost 2004 is over the limit of 1000/,
    );
  });
});
