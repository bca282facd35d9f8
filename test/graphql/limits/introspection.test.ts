import { getIntrospectionQuery } from 'graphql';
import { startTestApi, type TestApi } from '../../helpers/api';
import { postGraphQL } from '../../helpers/graphql';

const SCHEMA_FRAGMENT = 'fragment F on __Schema { types { name fields { name } } }';

describe('introspection over HTTP', () => {
  describe('outside production', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ seed: false });
    });
    afterAll(() => api.stop());

    it("answers tools' introspection query to anyone", async () => {
      const res = await api.graphql(getIntrospectionQuery(), undefined, { as: 'anonymous' });
      expect(res.errors).toBeUndefined();
      expect(res.data.__schema.queryType.name).toBe('Query');
    });

    it('refuses a second __schema in one document, however it is spread, before running anything', async () => {
      const aliases = Array.from({ length: 1500 }, (_, i) => `s${i}: __schema { ...F }`).join(' ');
      const res = await api.graphql(`{ ${aliases} } ${SCHEMA_FRAGMENT}`, undefined, { as: 'anonymous' });
      expect(res.status).toBe(400);
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: 'a document may ask for __schema at most 1 time(s), this one asks 1500 times',
          extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', measured: 1500, limit: 1 }),
        }),
      ]);
      expect(res.data).toBeUndefined();
      const spread = await api.graphql(`{ a: __schema { ...F } b: __schema { ...F } } ${SCHEMA_FRAGMENT}`);
      expect(spread.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('counts __type against the cost limit and introspection against the depth limit', async () => {
      const strict = await startTestApi({
        seed: false,
        limits: { MAX_QUERY_COST: 1000, MAX_QUERY_DEPTH: 6 },
      });
      try {
        const aliases = Array.from({ length: 60 }, (_, i) => `t${i}: __type(name: "Actor") { name }`);
        const costly = await postGraphQL(strict.server.url, `{ ${aliases.join(' ')} }`);
        expect(costly.errors?.[0]?.message).toMatch(/^query cost 1200 is over the limit of 1000/);
        const deep = await postGraphQL(
          strict.server.url,
          '{ __schema { types { fields { type { fields { type { name } } } } } } }',
        );
        expect(deep.errors?.[0]?.message).toMatch(/^query depth 7 is over the limit of 6/);
      } finally {
        await strict.stop();
      }
    });
  });

  describe('in production', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi({ seed: false, limits: { NODE_ENV: 'production' } });
    });
    afterAll(() => api.stop());

    it('refuses introspection to callers without a key, but not __typename', async () => {
      const res = await api.graphql('{ __schema { queryType { name } } }', undefined, { as: 'anonymous' });
      expect(res.status).toBe(403);
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /^introspection is off for requests without an API key in production/,
          ),
          extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
        }),
      ]);
      const type = await api.graphql('{ __type(name: "Actor") { name } }', undefined, { as: 'anonymous' });
      expect(type.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const typename = await api.graphql('{ __typename }', undefined, { as: 'anonymous' });
      expect(typename.data).toEqual({ __typename: 'Query' });
    });

    it('answers it to a caller with a key', async () => {
      const res = await api.graphql(getIntrospectionQuery(), undefined, { as: 'reader' });
      expect(res.errors).toBeUndefined();
      expect(res.data.__schema.queryType.name).toBe('Query');
    });

    it('serves no landing page (Apollo would load it from a CDN)', async () => {
      const page = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/html/);
      expect(await page.text()).not.toMatch(/<script|cdn/i);
    });
  });

  it('in production with INTROSPECTION=on, answers anyone', async () => {
    const api = await startTestApi({ seed: false, limits: { NODE_ENV: 'production', INTROSPECTION: true } });
    try {
      const res = await postGraphQL(api.server.url, '{ __schema { queryType { name } } }');
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await api.stop();
    }
  });
});
