import { spawnTs } from './child';

/** The helper that starts servers and CLIs: children run on the store their test means. */
describe('spawnTs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  });

  const printEnv = (env?: Record<string, string>) =>
    spawnTs(
      'test/helpers/fixtures/print-env.ts',
      ['NEO4J_URI', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'CHILD_MARK'],
      env ? { env } : {},
    ).closed;

  it("leaves out the test's Neo4j variables but passes the rest", async () => {
    process.env.NEO4J_URI = 'bolt://127.0.0.1:7687';
    process.env.NEO4J_PASSWORD = 'secret';
    process.env.NEO4J_DATABASE = 'tests';
    process.env.CHILD_MARK = 'inherited';
    const outcome = await printEnv();
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual({ CHILD_MARK: 'inherited' });
  });

  it('gives the child the Neo4j variables its test names', async () => {
    process.env.NEO4J_URI = 'bolt://127.0.0.1:7687';
    const outcome = await printEnv({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(JSON.parse(outcome.stdout)).toEqual({ NEO4J_URI: 'bolt://127.0.0.1:1' });
  });
});
