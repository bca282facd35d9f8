import { getIntrospectionQuery, type GraphQLObjectType } from 'graphql';
import { ANALYTICS_COSTS, RECORDS_PER_SCAN_COST, queryCost } from '../../../src/graphql/limits/cost';
import type { StoreSizes } from '../../../src/store/network-store';
import { buildNetworkSchema } from '../../../src/graphql/schema';
import { operationOf, schema } from './fixtures';

const cost = (source: string, variables?: Record<string, unknown>, sizes?: StoreSizes) => {
  const { document, operation } = operationOf(source);
  return queryCost(schema, document, variables, operation.name?.value, sizes);
};
const measured = (c: number, analytics = false) => ({ kind: 'measured', cost: c, analytics });

// Rules (cost.ts): an object 1 (analytics: fixed), scalars 0, a list multiplies what is below it by
// first (default 50) / top (default 500), both at most 500; edges of a connection by 1; other lists by 10;
// a row costs at least 1.
describe('queryCost', () => {
  it('prices plain objects at 1 and scalars at nothing', () => {
    expect(cost('{ about { version } }')).toEqual(measured(1));
    expect(cost('{ actor(id: "x") { id: slug name homeArea { id: slug } } }')).toEqual(measured(2));
  });

  it('multiplies a connection by its page size, 50 by default, and counts its edges once', () => {
    // node 1; edges 1 + 1×1 = 2; actors 1 + 50×2
    expect(cost('{ actors { totalCount edges { node { id: slug } } } }')).toEqual(measured(101));
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
    expect(cost('{ actors(first: 100000) { edges { node { id: slug } } } }')).toEqual(measured(1001));
    expect(cost('{ actors(first: -5) { edges { node { id: slug } } } }')).toEqual(measured(1));
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
    expect(cost('{ centrality { actor { name } value } }')).toEqual(measured(250 + 500 * 1, true));
    expect(cost('{ centrality(top: 3) { actor { name } value } }')).toEqual(measured(253, true));
    // metrics 25; actor 1 + 25
    expect(cost('{ actor(id: "x") { metrics { degree } } }')).toEqual(measured(26, true));
  });

  it('prices the lists of a network view, which return every row, as 500 rows', async () => {
    const api = await buildNetworkSchema();
    const real = (source: string) => queryCost(api, operationOf(source).document, undefined, undefined);
    expect(real('{ network { nodes { id: actorId } edges { source } } }')).toEqual(
      measured(250 + 500 + 500, true),
    );
    expect(real('{ network { nodes { actor { name } } } }')).toEqual(measured(250 + 500 * 1, true));
    expect(
      real('{ bipartiteNetwork { actors { id: slug } partnerships { id: slug } edges { roles } } }'),
    ).toEqual(measured(250 + 3 * 500, true));
    expect(real('{ coverageMatrix { rows { id: slug } counts: actorCounts } }')).toEqual(
      measured(250 + 1 + 10 * 1, true),
    );
  });

  it('prices a plain list with `first` by it, and without it as any unbounded list', async () => {
    const api = await buildNetworkSchema();
    const real = (source: string) => queryCost(api, operationOf(source).document, undefined, undefined);
    // actor 1 + partners (1 + rows × its actor 1)
    expect(real('{ actor(id: "x") { partners(first: 3) { actor { id: slug } } } }')).toEqual(
      measured(1 + 1 + 3),
    );
    expect(real('{ actor(id: "x") { partners { actor { id: slug } } } }')).toEqual(measured(1 + 1 + 10));
    expect(real('{ actor(id: "x") { partners(first: 100000) { actor { id: slug } } } }')).toEqual(
      measured(1 + 1 + 500),
    );
  });

  it('multiplies nested lists: a huge nested page is priced as such', () => {
    // partners { id } 11; partners { partners { id } } 1 + 10×11 = 111; node 112; edges 113; actors 1 + 500×113
    expect(cost('{ actors(first: 500) { edges { node { partners { partners { id } } } } } }')).toEqual(
      measured(56501),
    );
  });

  it('prices a scan by the size of what it reads: 1 per 100 stored records', async () => {
    expect(RECORDS_PER_SCAN_COST).toBe(100);
    const api = await buildNetworkSchema();
    const real = (source: string, variables: Record<string, unknown> | undefined, sizes: StoreSizes) =>
      queryCost(api, operationOf(source).document, variables, undefined, sizes);
    const big = { actors: 54_000, partnerships: 60_001 };
    const none = { actors: 0, partnerships: 0 };
    // search reads every actor and partnership: 1 + ceil(114001 / 100) = 1142 fixed, + 1 row of 1
    expect(real('{ search(query: "a", first: 1) { id } }', undefined, big)).toEqual(measured(1 + 1141 + 1));
    // the 150 aliases: 300 on an empty store, 171,450 on this one (over the 50,000 limit)
    const aliases = Array.from({ length: 150 }, (_, i) => `s${i}: search(query: "a", first: 1) { id }`);
    expect(real(`{ ${aliases.join(' ')} }`, undefined, none)).toEqual(measured(300));
    expect(real(`{ ${aliases.join(' ')} }`, undefined, big)).toEqual(measured(150 * 1143));
    // a text filter reads its kind: actors 540, partnerships ceil(600.01) = 601; other filters nothing
    const actors = 'query($f: ActorFilter) { actors(first: 1, filter: $f) { totalCount } }';
    expect(real(actors, { f: { text: 'a' } }, big)).toEqual(measured(1 + 540 + 1));
    expect(real(actors, { f: { sectors: ['GOVERNMENT'] } }, big)).toEqual(measured(2));
    expect(real(actors, { f: { text: '  ' } }, big)).toEqual(measured(2));
    expect(
      real('{ partnerships(first: 2, filter: { text: "ed" }) { edges { node { id } } } }', undefined, big),
    ).toEqual(measured(1 + 601 + 2 * 2));
  });

  it('tells analytics operations apart: analytics fields, and actors listed by a metric', async () => {
    const api = await buildNetworkSchema();
    const real = (source: string) => queryCost(api, operationOf(source).document, undefined, undefined);
    expect(real('{ actors(first: 1, orderBy: { metric: DEGREE }) { totalCount } }')).toMatchObject({
      analytics: true,
    });
    expect(
      real('{ actors(first: 1, filter: { metric: { name: DEGREE, min: 1 } }) { totalCount } }'),
    ).toMatchObject({ analytics: true });
    expect(real('{ actors(first: 1, filter: { text: "a" }) { totalCount } }')).toMatchObject({
      analytics: false,
    });
    expect(real('{ search(query: "a") { id } }')).toMatchObject({ analytics: false });
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
