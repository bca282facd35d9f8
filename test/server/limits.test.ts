import { createHash } from 'node:crypto';
import { authorization, startTestApi, type TestApi } from '../helpers/api';

/** Query limits over real HTTP: depth and cost bombs refused before they run, body size, page sizes. */
describe('query limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ limits: { MAX_BODY_BYTES: 64 * 1024 }, captureLogs: true });
  });
  afterAll(() => api.stop());

  async function post(query: string, variables?: Record<string, unknown>) {
    const res = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  it('refuses a 50-level nesting (actor → partnerships → participants → actor …) as QUERY_TOO_DEEP', async () => {
    const hop = 'partnerships { edges { node { participants { actor { ';
    const query = `{ actor(id: "unicef-kosovo") { ${hop.repeat(10)} id ${'} } } } } '.repeat(10)} } }`;
    const before = await api.store.revision();
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: 'query depth 52 is over the limit of 12: ask for fewer nested levels',
        extensions: { code: 'QUERY_TOO_DEEP', measured: 52, limit: 12 },
      },
    ]);
    expect(await api.store.revision()).toBe(before);
  });

  it('lets a query at the depth limit run', async () => {
    // actor 1, partnerships 2, edges 3, node 4, participants 5, actor 6, partnerships 7 … id 12
    const hop = 'partnerships(first: 1) { edges { node { participants { actor { ';
    const query = `{ actor(id: "unicef-kosovo") { ${hop} partnerships(first: 1) { edges { node { participants { role } } } } } } } } } } }`;
    const { status, body } = await post(query);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('refuses 1000 aliases of an analytics field as QUERY_TOO_COMPLEX, with the measured cost', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `c${i}: centrality(metric: DEGREE, top: 1) { value }`,
    );
    const { status, body } = await post(`{ ${aliases.join(' ')} }`);
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    const { extensions, message } = body.errors[0];
    expect(extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', measured: 1000 * 251, limit: 50_000 });
    expect(message).toMatch(/^query cost 251000 is over the limit of 50000: ask for smaller pages/);
  });

  it('refuses huge pages in nested connections as QUERY_TOO_COMPLEX', async () => {
    const query = `{ actors(first: 500) { edges { node {
      partnerships(first: 500) { edges { node { participants { actor { partnerships(first: 500) { totalCount } } } } } }
    } } } }`;
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50_000 });
    expect(body.errors[0].extensions.measured).toBeGreaterThan(1_000_000);
  });

  it('caps page sizes of nested connections at 500 like root ones (BAD_USER_INPUT naming first)', async () => {
    const { body } = await post('{ actor(id: "unicef-kosovo") { partnerships(first: 501) { totalCount } } }');
    expect(body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'first', message: expect.stringContaining('500') }],
    });
  });

  it('refuses fragment cycles in validation, and fragment fan-out as too complex', async () => {
    const cycle = await post(
      '{ actor(id: "x") { ...A } } fragment A on Actor { partners { actor { ...A } } }',
    );
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(cycle.body.errors[0].message).toMatch(/Cannot spread fragment "A" within itself/);

    const fragments = Array.from(
      { length: 11 },
      (_, i) => `fragment F${i} on Area { a: children { ...F${i + 1} } b: parent { ...F${i + 1} } }`,
    ).join('\n');
    const fanOut = await post(`{ area(id: "kosovo") { ...F0 } } ${fragments} fragment F11 on Area { id }`);
    expect(fanOut.status).toBe(400);
    expect(fanOut.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a document of more than 20,000 tokens while parsing', async () => {
    const { status, body } = await post(`{ ${'a '.repeat(20_001)}}`);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toMatch(/20000 tokens/);
  });

  it('answers a body over MAX_BODY_BYTES with a JSON 413, no stack', async () => {
    const res = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ about { version } } # ${'x'.repeat(70 * 1024)}` }),
    });
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
    expect(text).not.toMatch(/node_modules|\bat /);
  });

  it('logs the measured depth and cost of each operation it runs', async () => {
    await post('query Measured { actors(first: 10) { edges { node { id } } } }');
    const line = api.logs.find((l) => l.operationName === 'Measured');
    expect(line).toMatchObject({ msg: 'request', status: 200, depth: 4, cost: 1 + 10 * 2 });
  });
});

/** Persisted-query-friendly GET, Apollo's CSRF prevention, HTTP caching. */
describe('GET, persisted queries and CSRF prevention', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ limits: { GET_CACHE_MAX_AGE: 30 } });
  });
  afterAll(() => api.stop());

  const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${api.server.url}?${new URLSearchParams(params)}`, { headers });
  const PREFLIGHT = { 'apollo-require-preflight': 'true' };

  it('refuses a GET without a preflight header as a possible CSRF (400), and runs it with one', async () => {
    const blocked = await get({ query: '{ about { revision } }' });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toMatch(/Cross-Site Request Forgery/);

    const ok = await get({ query: '{ about { revision } }' }, PREFLIGHT);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { about: { revision: 1 } } });
    expect(ok.headers.get('cache-control')).toBe('private, max-age=30');
    expect(ok.headers.get('vary')).toMatch(/authorization/i);
  });

  it('accepts a GET with a JSON content type instead of the header (a simple request cannot send it)', async () => {
    const res = await get({ query: '{ about { store } }' }, { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
  });

  it('refuses a form-encoded POST without the header (CSRF), whatever it asks', async () => {
    const before = await api.store.revision();
    const res = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { deleteTheme(id: "child-protection") { revision } }' }),
    });
    expect(res.status).toBe(400);
    expect(await api.store.revision()).toBe(before);
  });

  it('never runs a mutation sent by GET (405), and marks POSTs and errors no-store', async () => {
    const before = await api.store.revision();
    const res = await get(
      { query: 'mutation { deleteTheme(id: "child-protection") { revision } }' },
      { ...PREFLIGHT, authorization: authorization(api, 'admin') },
    );
    expect(res.status).toBe(405);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await api.store.revision()).toBe(before);

    const posted = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { revision } }' }),
    });
    expect(posted.headers.get('cache-control')).toBe('no-store');
  });

  it('serves an automatic persisted query by GET once its hash is registered', async () => {
    const query = 'query Dashboard { actors(first: 3) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });

    const unknown = await get({ extensions }, PREFLIGHT);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const register = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: JSON.parse(extensions) }),
    });
    expect(register.status).toBe(200);

    const hit = await get({ extensions, operationName: 'Dashboard' }, PREFLIGHT);
    expect(hit.status).toBe(200);
    expect(((await hit.json()) as any).data.actors.totalCount).toBeGreaterThanOrEqual(60);
    expect(hit.headers.get('cache-control')).toBe('private, max-age=30');
  });
});
