import { checkQueryLimits } from '../../../src/graphql/limits/query-limits.plugin';
import { operationOf, schema } from './fixtures';

describe('checkQueryLimits on a document sent again', () => {
  const limits = { maxDepth: 12, maxCost: 1000 };
  const { document, operation } = operationOf(
    'query($n: Int) { actors(first: $n) { edges { node { id } } } }',
  );

  it('prices each set of variables for itself: a page that passed does not let a larger one through', () => {
    expect(checkQueryLimits(limits, schema, document, operation, { n: 5 })).toEqual({ depth: 4, cost: 11 });
    expect(checkQueryLimits(limits, schema, document, operation, { n: 5 })).toEqual({ depth: 4, cost: 11 });
    expect(() => checkQueryLimits(limits, schema, document, operation, { n: 500 })).toThrow(
      /query cost 1001 is over the limit of 1000/,
    );
    expect(checkQueryLimits(limits, schema, document, operation, { n: 10 })).toEqual({ depth: 4, cost: 21 });
  });

  it('prices the same document again under other limits', () => {
    expect(checkQueryLimits(limits, schema, document, operation, { n: 20 })).toEqual({ depth: 4, cost: 41 });
    expect(() =>
      checkQueryLimits({ maxDepth: 12, maxCost: 40 }, schema, document, operation, { n: 20 }),
    ).toThrow(/query cost 41 is over the limit of 40/);
    expect(() =>
      checkQueryLimits({ maxDepth: 3, maxCost: 1000 }, schema, document, operation, { n: 20 }),
    ).toThrow(/query depth 4 is over the limit of 3/);
  });
});
