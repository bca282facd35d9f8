import { randomInt, seededRandom } from '../../src/analytics/random';

/** One HTTP request the fuzzer sends, and which family of garbage it comes from. */
export interface FuzzRequest {
  family: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** A seeded source of random choices: the same seed gives the same requests on every run. */
export class Dice {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = seededRandom(seed);
  }
  int(bound: number): number {
    return randomInt(this.random, bound);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
}

/** Valid queries of every shape, the material that truncation and mutation start from. */
export const VALID_QUERIES = [
  '{ about { version store revision } }',
  '{ actors(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { id: slug name sector } } } }',
  '{ actor(id: "unicef-kosovo") { name partners { count: partnershipCount actor { id: slug } } partnerships(first: 3) { totalCount } } }',
  '{ partnerships(first: 4, filter: { kinds: [FUNDING] }) { edges { node { id: slug title participants { role actor { name } } } } } }',
  '{ areas(level: MUNICIPALITY) { id: slug name parent { id: slug } } themes { id: slug name } targetGroups { id: slug } }',
  '{ search(query: "peje", first: 5) { kind id: slug name score } }',
  'query Q($id: ID!) { area(id: $id) { name children { slug } actors(first: 2) { totalCount } } }',
  '{ centrality(metric: DEGREE, top: 5) { rank value actor { id: slug } } }',
];

/** Operations with variables, for random (mostly wrongly typed) variable values. */
export const QUERIES_WITH_VARIABLES = [
  'query($first: Int, $after: String) { actors(first: $first, after: $after) { totalCount } }',
  'query($f: ActorFilter) { actors(filter: $f, first: 3) { totalCount } }',
  'query($q: String!, $n: Int) { search(query: $q, first: $n) { slug } }',
  'query($id: ID!, $asOf: Date) { actor(id: $id) { partnerships(asOf: $asOf, first: 2) { totalCount } } }',
  'query($p: PartnershipFilter, $o: PartnershipOrder) { partnerships(filter: $p, orderBy: $o) { totalCount } }',
];

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '...',
  '$x',
  '$',
  '!',
  '=',
  '@skip(if: true)',
  '@include',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'actor',
  'actors',
  'edges',
  'node',
  'id',
  'name',
  'partners',
  'first:',
  '500',
  '-1',
  '1e308',
  '"str"',
  '"""block"""',
  '"unterminated',
  'null',
  'true',
  'DEGREE',
  '__typename',
  '__schema',
  '#',
  '\u0000',
  '\uffff',
  'é',
  '😀',
  '\\u0041',
  ',',
  '\n',
  'area',
  'parent',
  'upsertNetwork',
  'input:',
  '{}',
  '[]',
];

/** A random JSON value, nested at most `depth` levels. */
export function randomJson(dice: Dice, depth = 3): unknown {
  switch (dice.int(depth > 0 ? 9 : 6)) {
    case 0:
      return null;
    case 1:
      return dice.chance(0.5);
    case 2:
      return dice.pick([0, -1, 1, 500, 501, 2 ** 31, -(2 ** 53), 1.5, 1e308]);
    case 3:
      return dice.pick(['', 'x', 'unicef-kosovo', 'NOT A SLUG', '2025-02-30', '2025-01-01', 'ü'.repeat(300)]);
    case 4:
      return dice.pick(['DEGREE', 'FUNDING', 'GOVERNMENT', 'LEAD', 'MUNICIPALITY', 'nope']);
    case 5:
      return TOKENS.slice(0, dice.int(10)).join(' ');
    case 6:
    case 7:
      return Array.from({ length: dice.int(4) }, () => randomJson(dice, depth - 1));
    default:
      return Object.fromEntries(
        Array.from({ length: dice.int(5) }, () => [
          dice.pick(['id', 'name', 'first', 'sectors', 'asOf', 'text', 'kinds', 'field', 'x', '__proto__']),
          randomJson(dice, depth - 1),
        ]),
      );
  }
}

const json = (family: string, body: unknown, headers: Record<string, string> = {}): FuzzRequest => ({
  family,
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A query built of random tokens. */
function randomTokens(dice: Dice): FuzzRequest {
  const query = Array.from({ length: 1 + dice.int(60) }, () => dice.pick(TOKENS)).join(dice.pick([' ', '']));
  return json('random tokens', { query });
}

/** A valid query cut short, or with characters dropped, doubled or replaced. */
function damagedQuery(dice: Dice): FuzzRequest {
  let query = dice.pick(VALID_QUERIES);
  if (dice.chance(0.5)) return json('truncated query', { query: query.slice(0, dice.int(query.length)) });
  for (let edits = 1 + dice.int(4); edits > 0; edits--) {
    const at = dice.int(query.length);
    query =
      query.slice(0, at) +
      dice.pick(['', '{', '}', '(', '"', '$', 'x', query[at] ?? '']) +
      query.slice(at + 1);
  }
  return json('mutated query', { query });
}

/** Nesting far past any limit, through existing fields, unknown ones and lists. */
function deepNesting(dice: Dice): FuzzRequest {
  const levels = 1 + dice.int(300);
  const hop = dice.pick(['parent { ', 'partners { actor { ', 'children { ', 'x { ']);
  const closes = hop.split('{').length - 1;
  const query = `{ area(id: "peje") { ${hop.repeat(levels)} id ${'} '.repeat(levels * closes)} } }`;
  return json('deep nesting', { query });
}

/** Hundreds or thousands of aliases of one field. */
function aliasFlood(dice: Dice): FuzzRequest {
  const field = dice.pick([
    'about { revision }',
    'actors(first: 500) { totalCount }',
    'centrality(metric: PAGERANK) { value }',
    'search(query: "a") { slug }',
    '__typename',
  ]);
  const count = 20 + dice.int(300);
  const query = `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  return json('alias flood', { query });
}

/** A query with variables of random (mostly wrong) types. */
function wrongVariables(dice: Dice): FuzzRequest {
  const variables = Object.fromEntries(
    ['first', 'after', 'f', 'q', 'n', 'id', 'asOf', 'p', 'o'].map((name) => [name, randomJson(dice)]),
  );
  return json('wrong variables', {
    query: dice.pick(QUERIES_WITH_VARIABLES),
    variables: dice.chance(0.9) ? variables : randomJson(dice),
  });
}

/** A body that is JSON but not a GraphQL request (or a batch of them). */
function randomBody(dice: Dice): FuzzRequest {
  const shapes = [
    () => randomJson(dice),
    () => ({ query: randomJson(dice) }),
    () => ({ query: dice.pick(VALID_QUERIES), variables: randomJson(dice), operationName: randomJson(dice) }),
    () => ({ query: dice.pick(VALID_QUERIES), extensions: { persistedQuery: randomJson(dice) } }),
    () => [{ query: dice.pick(VALID_QUERIES) }, randomJson(dice)],
  ];
  return json('random JSON body', dice.pick(shapes)());
}

/** Bytes that are not UTF-8 (or not JSON), declared as JSON. */
function invalidBytes(dice: Dice): FuzzRequest {
  const bytes = new Uint8Array(16 + dice.int(200));
  for (let i = 0; i < bytes.length; i++) bytes[i] = dice.int(256);
  if (dice.chance(0.5)) bytes.set(new TextEncoder().encode('{"query":"'), 0);
  return {
    family: 'invalid bytes',
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: bytes,
  };
}

/** A request with the wrong content type, method or path, or a GET with random parameters. */
function wrongEnvelope(dice: Dice): FuzzRequest {
  const body = JSON.stringify({ query: dice.pick(VALID_QUERIES) });
  switch (dice.int(4)) {
    case 0: {
      const type = dice.pick([
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'application/json; charset=latin1',
        'application/graphql',
      ]);
      return {
        family: 'wrong content type',
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': type },
        body,
      };
    }
    case 1:
      return {
        family: 'wrong method',
        method: dice.pick(['PUT', 'DELETE', 'PATCH']),
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body,
      };
    case 2: {
      const params = new URLSearchParams({
        query: dice.chance(0.5) ? dice.pick(VALID_QUERIES) : String(randomJson(dice)),
        variables: JSON.stringify(randomJson(dice)).slice(0, 300),
      });
      if (dice.chance(0.3)) params.set('extensions', String(randomJson(dice)));
      return {
        family: 'GET',
        method: 'GET',
        path: `/graphql?${params}`,
        headers: dice.chance(0.7) ? { 'apollo-require-preflight': 'true' } : {},
      };
    }
    default:
      return {
        family: 'wrong path',
        method: 'POST',
        path: dice.pick(['/', '/graphql/x', '/%ff', '/..%2f']),
        headers: { 'content-type': 'application/json' },
        body,
      };
  }
}

const FAMILIES = [
  randomTokens,
  damagedQuery,
  deepNesting,
  aliasFlood,
  wrongVariables,
  randomBody,
  invalidBytes,
  wrongEnvelope,
];

/** The `index`-th read-side request of the run seeded `seed`: every family in turn, random within it. */
export function readRequest(dice: Dice, index: number): FuzzRequest {
  return FAMILIES[index % FAMILIES.length]!(dice);
}
