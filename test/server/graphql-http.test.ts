import { get } from 'node:http';
import { startTestApi, type TestApi } from '../helpers/api';

const REFUSED = 'https://elsewhere.example.net';
const ABOUT = JSON.stringify({ query: '{ about { revision } }' });

/**
 * /graphql is one handler entered two ways: POST /graphql directly, anything else (a query string, a
 * trailing slash, GET) through Express's mount. Both must answer alike, protections included.
 */
describe('the /graphql handler', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      limits: { CORS_ORIGINS: ['https://dashboard.example.org'], MAX_BODY_BYTES: 2_000 },
    });
  });
  afterAll(() => api.stop());

  // The first is the direct entry, the others go through Express's router.
  const targets = () => [api.server.url, `${api.server.url}/`, `${api.server.url}?from=dashboard`];
  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a query alike on either entry, with a request id and no-store', async () => {
    for (const url of targets()) {
      const res = await post(url, ABOUT, { 'x-request-id': 'graphql-http-both' });
      expect([res.status, res.headers.get('x-request-id'), res.headers.get('cache-control')]).toEqual([
        200,
        'graphql-http-both',
        'no-store',
      ]);
      expect(await res.json()).toEqual({ data: { about: { revision: expect.any(Number) } } });
    }
  });

  it('refuses another origin, a body over the limit and bad JSON on either entry', async () => {
    for (const url of targets()) {
      const refused = await post(url, ABOUT, { origin: REFUSED });
      expect([refused.status, ((await refused.json()) as any).errors[0].extensions.code]).toEqual([
        403,
        'FORBIDDEN',
      ]);
      const large = await post(
        url,
        JSON.stringify({ query: `{ about { revision } } # ${'x'.repeat(3_000)}` }),
      );
      expect([large.status, ((await large.json()) as any).errors[0].extensions.code]).toEqual([
        413,
        'PAYLOAD_TOO_LARGE',
      ]);
      const bad = await post(url, '{"query": ');
      expect([bad.status, ((await bad.json()) as any).errors[0].extensions.code]).toEqual([
        400,
        'BAD_REQUEST',
      ]);
    }
  });

  /** A GET by node:http: fetch adds `cache-control: no-cache` to any request with If-None-Match. */
  const getRaw = (url: string, headers: Record<string, string>) =>
    new Promise<{ status: number; body: string; etag?: string }>((resolve, reject) =>
      get(url, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body, etag: res.headers.etag }));
      }).once('error', reject),
    );

  it('tags a GET answer and answers 304 without a body to a client holding it; POSTs get no tag', async () => {
    const url = `${api.server.url}?query=${encodeURIComponent('{ about { revision } }')}`;
    const headers = { 'apollo-require-preflight': '1' };
    const first = await getRaw(url, headers);
    const etag = first.etag!;
    expect([first.status, etag]).toEqual([200, expect.stringMatching(/^W\/"[0-9a-f]+-[A-Za-z0-9+/]{27}"$/)]);
    expect(await getRaw(url, { ...headers, 'if-none-match': etag })).toEqual({ status: 304, body: '', etag });
    // A client asking past its cache, or holding another answer, gets the whole one.
    const forced = await getRaw(url, { ...headers, 'if-none-match': etag, 'cache-control': 'no-cache' });
    const other = await getRaw(url, { ...headers, 'if-none-match': 'W/"1-x", W/"2-y"' });
    expect([forced, other]).toEqual([first, first]);
    expect((await post(api.server.url, ABOUT)).headers.get('etag')).toBeNull();
  });
});
