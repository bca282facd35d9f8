import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      NODE_ENV: 'development',
      PORT: 4000,
      HOST: '127.0.0.1',
      DATA_DIR: './data',
      SEED: 'kosovo',
      NEO4J_USERNAME: 'neo4j',
      LOG_LEVEL: 'info',
      ALLOW_ANONYMOUS_READ: true,
      CORS_ORIGINS: [],
      MAX_QUERY_DEPTH: 12,
      MAX_QUERY_COST: 50_000,
      MAX_BODY_BYTES: 10 * 1024 * 1024,
      ANALYTICS_PER_CALLER: 2,
      GET_CACHE_MAX_AGE: 10,
      GRAPHIQL: true,
      LIVE_POLL_MS: 2000,
      INTROSPECTION: true,
      LIVE_MAX_SUBSCRIPTIONS: 100,
      LIVE_MAX_CONNECTIONS_PER_KEY: 100,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/var/lib/pn',
      SEED: 'none',
      NEO4J_URI: 'neo4j+s://db.example.org',
      NEO4J_USERNAME: 'app',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'network',
      LOG_LEVEL: 'debug',
      API_KEYS_FILE: '/etc/pn/keys',
      CORS_ORIGINS: 'https://a.example.org, https://b.example.org',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      SEED: 'none',
      NEO4J_URI: 'neo4j+s://db.example.org',
      ALLOW_ANONYMOUS_READ: false, // off by default in production
      INTROSPECTION: false, // for callers without a key, likewise
      GRAPHIQL: false, // likewise
      CORS_ORIGINS: ['https://a.example.org', 'https://b.example.org'],
    });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'on' }).INTROSPECTION).toBe(true);
    expect(() => loadConfig({ INTROSPECTION: 'sometimes' })).toThrow('INTROSPECTION="sometimes"');
  });

  it('serves the query editor in production only with GRAPHIQL=on', () => {
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'on' }).GRAPHIQL).toBe(true);
    expect(loadConfig({ GRAPHIQL: 'off' }).GRAPHIQL).toBe(false);
    expect(() => loadConfig({ GRAPHIQL: 'maybe' })).toThrow(/GRAPHIQL="maybe": must be true or false/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', SEED: '' })).toMatchObject({ PORT: 4000, SEED: 'kosovo' });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['SEED', 'narnia'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['LOG_LEVEL', 'loud'],
    ['ALLOW_ANONYMOUS_READ', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['CORS_ORIGINS', 'https://a.example.org/path'],
    ['CORS_ORIGINS', 'dashboard.example.org'],
    ['MAX_QUERY_DEPTH', '0'],
    ['MAX_QUERY_COST', 'lots'],
    ['MAX_BODY_BYTES', '12.5'],
    ['ANALYTICS_TIME_BUDGET_MS', '-1'],
    ['GET_CACHE_MAX_AGE', '1e9'],
    ['LIVE_POLL_MS', '-5'],
  ])('rejects %s=%s naming the variable and its value', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(new RegExp(`^${name}="${value}": `)),
    ]);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', SEED: 'y' })).toThrow(/PORT="x".*\n.*SEED="y"/);
  });
});
