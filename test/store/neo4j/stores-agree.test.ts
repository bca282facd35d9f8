import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { CENTRALITY_METRICS } from '../../../src/analytics/centrality';
import { startTestApi, type TestApi } from '../../helpers/api';
import { neo4jTestOptions } from '../../helpers/neo4j';
import { readmeOperations } from '../../helpers/readme';

/**
 * The embedded store and Neo4j, each holding the Kosovo seed behind its own API, must give byte-identical
 * answers: every README and docs/ example, `centrality` of every metric, `networkGaps` and `network`.
 * Runs with NEO4J_URI (it empties that database); without it, it is reported as skipped.
 */

const schema = buildSchema(
  readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'),
);

/** The network's records: asked for their id alone, as a client links them (their fields are the stores' own tests'). */
const RECORDS = new Set(['Actor', 'Partnership', 'Area', 'Theme', 'TargetGroup']);

/**
 * Every field of `typeName` a client can ask without arguments, leaves as they are and objects two levels
 * deep, records by id.
 */
function everything(s: GraphQLSchema, typeName: string, depth = 3): string {
  const type = s.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const fields = Object.values(type.getFields()).filter((f: GraphQLField<unknown, unknown>) =>
    f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
  const selections = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (!isObjectType(named) || depth <= 1) return [];
    if (RECORDS.has(named.name)) return [`${field.name} { id }`];
    const inner = everything(s, named.name, depth - 1);
    return inner ? [`${field.name} ${inner}`] : [];
  });
  return selections.length > 0 ? `{ ${selections.join(' ')} }` : '';
}

const queries: [name: string, query: string][] = [
  ...readmeOperations().map((op): [string, string] => [`README: ${op.split('\n')[0]}`, op]),
  ...CENTRALITY_METRICS.map((metric): [string, string] => [
    `centrality ${metric}`,
    `{ centrality(metric: ${metric}) ${everything(schema, 'ActorScore')} }`,
  ]),
  ['networkGaps', `{ networkGaps ${everything(schema, 'NetworkGapReport')} }`],
  [
    'network with every metric and its layout',
    `{ network(metrics: [${CENTRALITY_METRICS.join(', ')}], layout: true) ${everything(schema, 'NetworkView')} }`,
  ],
];

// Runs everywhere, so the comparison below cannot silently ask invalid (or empty) questions.
it('compares valid queries against the schema, every metric included', () => {
  expect(queries.length).toBeGreaterThan(CENTRALITY_METRICS.length + 2);
  for (const [name, query] of queries) expect([name, validate(schema, parse(query))]).toEqual([name, []]);
  expect(queries.find(([name]) => name === 'networkGaps')![1]).toContain('tripleHelixT');
});

const options = neo4jTestOptions();

if (options) {
  describe('the embedded store and Neo4j answer byte for byte alike on the seed', () => {
    let embedded: TestApi;
    let neo4j: TestApi;
    beforeAll(async () => {
      embedded = await startTestApi({ embedded: true });
      neo4j = await startTestApi();
    }, 120_000);
    afterAll(async () => {
      await neo4j?.stop();
      await embedded?.stop();
    });

    it('runs on the two stores', () => {
      expect([embedded.store.kind, neo4j.store.kind]).toEqual(['embedded', 'neo4j']);
    });

    it.each(queries)('%s', async (_name, query) => {
      const [a, b] = [await embedded.graphql(query), await neo4j.graphql(query)];
      expect(a.errors).toBeUndefined();
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    });
  });
} else {
  describe('the embedded store and Neo4j answer byte for byte alike on the seed', () => {
    it.skip(`skipped: set NEO4J_URI to compare the stores (${queries.length} queries; it empties that database)`, () => {});
  });
}
