import type { NetworkStore } from '../../src/store/network-store';
import { authorization, startTestApi, type TestApi } from '../helpers/api';

/** One JSON line per request with its id; errors carry the id; no secrets in any line. */
describe('request logs', () => {
  let api: TestApi;
  let failRevision = false;
  // A store whose revision() can be made to fail, to see how an unexpected error is logged.
  const wrap = (store: NetworkStore) =>
    new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'revision' && failRevision)
          return () => Promise.reject(new Error('disk on fire at /var/lib/secret-path'));
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  beforeAll(async () => {
    api = await startTestApi({ wrap, captureLogs: true });
  });
  afterAll(() => api.stop());

  const post = (body: object, headers: Record<string, string> = {}) =>
    fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const linesOf = (requestId: string) => api.logs.filter((l) => l.requestId === requestId);
  /**
   * Waits for the request's own line: it is written when the response is done, and fetch may resolve a
   * moment earlier. Checked on every turn of the event loop, for up to 5 s.
   */
  const settled = async (requestId: string) => {
    const deadline = Date.now() + 5000;
    while (!linesOf(requestId).some((line) => line.msg === 'request')) {
      if (Date.now() > deadline) throw new Error(`no request line for ${requestId} within 5 s`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  it('echoes a sane incoming x-request-id and logs one line for the request', async () => {
    const res = await post(
      { query: 'query Dashboard { about { revision } }' },
      { 'x-request-id': 'dash-42.a:b' },
    );
    expect(res.headers.get('x-request-id')).toBe('dash-42.a:b');
    await settled('dash-42.a:b');
    const lines = linesOf('dash-42.a:b');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      service: 'partner-network',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'Dashboard',
      operationType: 'query',
      durationMs: expect.any(Number),
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('replaces an insane x-request-id with a fresh UUID', async () => {
    const res = await post({ query: '{ about { revision } }' }, { 'x-request-id': `${'x'.repeat(200)}` });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    const other = await fetch(`${api.base}/healthz`, { headers: { 'x-request-id': 'a b{}' } });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-/);
  });

  it('logs a mutation with its key id, never the key, its variables or its input', async () => {
    const res = await post(
      {
        query: 'mutation Add($input: ThemeInput!) { createTheme(input: $input) { id: slug } }',
        variables: { input: { id: 'log-test-theme', name: 'Private-looking name 555-0100' } },
      },
      { authorization: authorization(api, 'editor'), 'x-request-id': 'log-mutation' },
    );
    expect(((await res.json()) as any).data.createTheme.id).toBe('log-test-theme');
    await settled('log-mutation');
    expect(linesOf('log-mutation')).toEqual([
      expect.objectContaining({
        operationName: 'Add',
        operationType: 'mutation',
        keyId: 'test-editor',
        status: 200,
      }),
    ]);
    const everything = JSON.stringify(api.logs);
    expect(everything).not.toContain(authorization(api, 'editor').slice('Bearer '.length));
    expect(everything).not.toContain('555-0100');
    expect(everything).not.toContain('log-test-theme');
  });

  it('logs an unexpected error with the request id, and answers without its details', async () => {
    failRevision = true;
    try {
      const res = await post({ query: '{ about { revision } }' }, { 'x-request-id': 'log-failure' });
      const body = (await res.json()) as any;
      expect(body.errors[0]).toMatchObject({
        message: 'internal error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(body)).not.toContain('secret-path');
    } finally {
      failRevision = false;
    }
    await settled('log-failure');
    const lines = linesOf('log-failure');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        err: expect.objectContaining({ message: expect.stringContaining('disk on fire') }),
      }),
      expect.objectContaining({ level: 'info', msg: 'request', errorCodes: ['INTERNAL_SERVER_ERROR'] }),
    ]);
  });

  it('logs requests outside GraphQL too (404s, health checks)', async () => {
    await fetch(`${api.base}/nope`, { headers: { 'x-request-id': 'log-404' } });
    await settled('log-404');
    expect(linesOf('log-404')).toEqual([
      expect.objectContaining({ method: 'GET', path: '/nope', status: 404 }),
    ]);
  });
});
