import { startTestApi, type TestApi } from '../helpers/api';

const ALLOWED = 'https://dashboard.example.org';
const REFUSED = 'https://elsewhere.example.net';
const QUERY = JSON.stringify({ query: '{ about { revision } }' });

/** CORS with an allow-list: allowed origins get their headers and preflights, others are refused. */
describe('CORS', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ limits: { CORS_ORIGINS: [ALLOWED] } });
  });
  afterAll(() => api.stop());

  const preflight = (origin: string) =>
    fetch(api.server.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
  const post = (headers: Record<string, string>) =>
    fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: QUERY,
    });

  it('answers the preflight of an allowed origin', async () => {
    const res = await preflight(ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-headers')).toContain('apollo-require-preflight');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets an allowed origin read the answer, exposing the request id', async () => {
    const res = await post({ origin: ALLOWED });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('refuses another origin, preflight or not, with a JSON 403 naming it', async () => {
    const pre = await preflight(REFUSED);
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const res = await post({ origin: REFUSED });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toEqual({
      errors: [
        {
          message: `origin ${REFUSED} is not allowed to call this API (CORS_ORIGINS)`,
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  });

  it('serves requests without an Origin (scripts) and from its own origin', async () => {
    expect((await post({})).status).toBe(200);
    const same = await post({ origin: api.base });
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('leaves /healthz open to any origin (load balancers and probes)', async () => {
    const res = await fetch(`${api.base}/healthz`, { headers: { origin: REFUSED } });
    expect(res.status).toBe(200);
  });
});

describe('CORS with CORS_ORIGINS empty', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  it('allows no cross origin at all, but its own', async () => {
    const cross = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ALLOWED },
      body: QUERY,
    });
    expect(cross.status).toBe(403);
    const same = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api.base },
      body: QUERY,
    });
    expect(same.status).toBe(200);
  });
});
