import neo4j, { type Driver } from 'neo4j-driver';
import type { CentralityMetric } from '../../../src/analytics/centrality';
import type { ActorView } from '../../../src/analytics/views/actor-view';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { neo4jTestDatabase, neo4jTestOptions } from '../../helpers/neo4j';
import { useTempDir } from '../../helpers/temp-dir';
import { statementsOf } from './helpers/cypher-script';
import { expectedNodeAttributes, exportText, seedView } from './helpers/fixtures';

/**
 * The Cypher export run on a real Neo4j 5, enabled by NEO4J_URI as the Neo4j contract suite is: the
 * script of the seed network, statement by statement as cypher-shell runs it, on an EMPTIED database,
 * then every node and tie read back. Without NEO4J_URI, formats.test.ts runs the same scripts through
 * Neo4j's linter and the runner of helpers/cypher-script.ts.
 */
const options = neo4jTestOptions();
const METRICS: CentralityMetric[] = ['DEGREE', 'CONSTRAINT'];

async function recreate(driver: Driver, script: string) {
  const session = driver.session({ database: options!.database });
  try {
    for (const statement of statementsOf(script)) await session.run(statement);
    const nodes = await session.run('MATCH (a:Actor) RETURN a.id AS id, properties(a) AS props ORDER BY id');
    const ties = await session.run(
      'MATCH (s:Actor)-[r:TIE]->(t:Actor) RETURN s.id AS source, t.id AS target, properties(r) AS props ORDER BY source, target',
    );
    return {
      nodes: Object.fromEntries(nodes.records.map((r) => [r.get('id'), r.get('props')])),
      ties: ties.records.map((r) => ({
        source: r.get('source'),
        target: r.get('target'),
        ...r.get('props'),
      })),
    };
  } finally {
    await session.close();
  }
}

function expectRecreated(view: ActorView, read: Awaited<ReturnType<typeof recreate>>) {
  const expected = expectedNodeAttributes(view, METRICS);
  expect(read.nodes).toEqual(
    Object.fromEntries(Object.entries(expected).map(([id, attributes]) => [id, { id, ...attributes }])),
  );
  expect(read.ties).toEqual(view.edges);
}

if (options) {
  describe('the Cypher export on Neo4j', () => {
    const dir = useTempDir();
    const database = neo4jTestDatabase(options);
    let driver: Driver;
    beforeAll(() => {
      driver = neo4j.driver(
        options.uri,
        options.password === undefined ? undefined : neo4j.auth.basic(options.username, options.password),
        { disableLosslessIntegers: true },
      );
    });
    afterAll(async () => {
      await driver.close();
      await database.cleanup();
    });

    it('recreates every actor and tie of the seed network with its attributes', async () => {
      const store = await EmbeddedStore.open({ dataDir: dir() });
      const view = await seedView(store, METRICS).finally(() => store.close());
      // Emptied, with this API's own constraints in place: the script's actor_id constraint is the same one.
      await (await database.openEmpty()).close();
      expectRecreated(view, await recreate(driver, exportText('cypher', view, METRICS)));
    });
  });
} else {
  describe('the Cypher export on Neo4j', () => {
    it.skip('skipped: set NEO4J_URI=bolt://127.0.0.1:7687 to run it (it empties that database)', () => {});
  });
}
