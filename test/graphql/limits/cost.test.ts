import { getIntrospectionQuery, type GraphQLObjectType } from 'graphql';
import { ANALYTICS_COSTS, queryCost } from '../../../src/graphql/limits/cost';
import { buildNetworkSchema } from '../../../src/graphql/schema';
import { operationOf, schema } from './fixtures';

const cost = (source: string, variables?: Record<string, unknown>) => {
  const { document, operation } = operationOf(source);
  return queryCost(schema, document, variables, operation.name?.value);
};
const measured = (c: number) => ({ kind: 'measured', cost: c });

// Rules (cost.ts): an object 1 (analytics: fixed), scalars 0, a list multiplies what is below it by
// first (default 50) / top (default 500), both at most 500; edges of a connection by 1; other lists by 10;
// a row costs at least 1.
describe('queryCost', () => {
  it('prices plain objects at 1 and scalars at nothing', () => {
    expect(cost('{ about { version } }')).toEqual(measured(1));
    expect(cost('{ actor(id: "x") { id name homeArea { id } } }')).toEqual(measured(2));
  });

  it('multiplies a connection by its page size, 50 by default, and counts its edges once', () => {
    // node 1; edges 1 + 1×1 = 2; actors 1 + 50×2
    expect(cost('{ actors { totalCount edges { node { id } } } }')).toEqual(measured(101));
    // partners 1 + 10×1 = 11; node 1 + 11 = 12; edges 13; actors 1 + 10×13
    expect(cost('{ actors(first: 10) { edges { node { partners { id } } } } }')).toEqual(measured(131));
  });

  it('takes page sizes from variables and argument defaults', () => {
    const query = 'query($n: Int) { actors(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 5 })).toEqual(measured(11));
    // search's `first` defaults to 20 in the schema: 1 + 20×(partners 11)
    expect(cost('{ search(query: "a") { partners { id } } }')).toEqual(measured(221));
    // rows of scalars still cost 1 each: 1000 aliases of this are not cheap
    expect(cost('{ actors(first: 500) { totalCount } }')).toEqual(measured(501));
  });

  it('counts a page size at most 500 (more is refused by the field) and never below 0', () => {
    expect(cost('{ actors(first: 100000) { edges { node { id } } } }')).toEqual(measured(1001));
    expect(cost('{ actors(first: -5) { edges { node { id } } } }')).toEqual(measured(1));
  });

  it('prices only fields the API has', async () => {
    const api = await buildNetworkSchema();
    const missing = Object.entries(ANALYTICS_COSTS).flatMap(([type, fields]) =>
      Object.keys(fields)
        .filter((field) => !(api.getType(type) as GraphQLObjectType | undefined)?.getFields()[field])
        .map((field) => `${type}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it('prices analytics fields at a fixed high cost, ranked lists by top (all = 500)', () => {
    expect(cost('{ centrality { actor { name } value } }')).toEqual(measured(250 + 500 * 1));
    expect(cost('{ centrality(top: 3) { actor { name } value } }')).toEqual(measured(253));
    // metrics 25; actor 1 + 25
    expect(cost('{ actor(id: "x") { metrics { degree } } }')).toEqual(measured(26));
  });

  it('prices the lists of a network view, which return every row, as 500 rows', async () => {
    const api = await buildNetworkSchema();
    const real = (source: string) => queryCost(api, operationOf(source).document, undefined, undefined);
    expect(real('{ network { nodes { id } edges { source } } }')).toEqual(measured(250 + 500 + 500));
    expect(real('{ network { nodes { actor { name } } } }')).toEqual(measured(250 + 500 * 1));
    expect(real('{ bipartiteNetwork { actors { id } partnerships { id } edges { roles } } }')).toEqual(
      measured(250 + 3 * 500),
    );
    expect(real('{ coverageMatrix { rows { id } counts } }')).toEqual(measured(250 + 1 + 10 * 1));
  });

  it('prices a plain list with `first` by it, and without it as any unbounded list', async () => {
    const api = await buildNetworkSchema();
    const real = (source: string) => queryCost(api, operationOf(source).document, undefined, undefined);
    // actor 1 + partners (1 + rows × its actor 1)
    expect(real('{ actor(id: "x") { partners(first: 3) { actor { id } } } }')).toEqual(measured(1 + 1 + 3));
    expect(real('{ actor(id: "x") { partners { actor { id } } } }')).toEqual(measured(1 + 1 + 10));
    expect(real('{ actor(id: "x") { partners(first: 100000) { actor { id } } } }')).toEqual(
      measured(1 + 1 + 500),
    );
  });

  it('multiplies nested lists: a huge nested page is priced as such', () => {
    // partners { id } 11; partners { partners { id } } 1 + 10×11 = 111; node 112; edges 113; actors 1 + 500×113
    expect(cost('{ actors(first: 500) { edges { node { partners { partners { id } } } } } }')).toEqual(
      measured(56501),
    );
  });

  it('skips fields under @skip / @include(if: false)', () => {
    expect(cost('{ about { version } centrality @skip(if: true) { value } }')).toEqual(measured(1));
  });

  it('prices introspection like any field: __schema 1000 whatever is asked of it, __type 20', () => {
    expect(cost(getIntrospectionQuery())).toEqual(measured(1000));
    expect(cost('{ __schema { queryType { name } } about { version } }')).toEqual(measured(1001));
    // 3000 aliases of a small __type: 60 000, over the default limit of 50 000
    const aliases = Array.from({ length: 3000 }, (_, i) => `t${i}: __type(name: "Actor") { name }`);
    expect(cost(`{ ${aliases.join(' ')} }`)).toEqual(measured(60_000));
    expect(cost('{ __typename }')).toEqual(measured(0));
  });

  it('leaves variables that do not fit to execution, which refuses them', () => {
    expect(cost('query($n: Int) { actors(first: $n) { totalCount } }', { n: 'many' })).toEqual({
      kind: 'bad-variables',
    });
  });

  it('gives up on documents with too many fields to evaluate (fragments spread into fragments)', () => {
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Actor { a: partners { ...F${i + 1} } b: partners { ...F${i + 1} } }`,
    ).join('\n');
    expect(cost(`{ actor(id: "x") { ...F0 } } ${fragments} fragment F20 on Actor { id }`)).toEqual({
      kind: 'too-many-nodes',
    });
  });
});
