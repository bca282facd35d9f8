import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExplorer } from '../../src/cli/build-explorer';
import { useTestApi } from '../helpers/api';

// Made now, not in a hook: the servers below are given their explorer folders when their describe runs.
const folder = mkdtempSync(join(tmpdir(), 'explorer-routes-'));
const built = join(folder, 'explorer');
beforeAll(() => buildExplorer(built), 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('/explore with a built explorer', () => {
  // The page holds no data: it is served even where reading needs a key.
  const api = useTestApi({ seed: false, allowAnonymousRead: false, explorerDir: built });
  const base = () => api().base;

  it('serves the page under a CSP that lets it load only its own files and talk only to this server', async () => {
    const res = await fetch(`${base()}/explore/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Partner network explorer</title>');
  });

  it('serves the script and stylesheet with their types, revalidated on every load', async () => {
    const js = await fetch(`${base()}/explore/explorer.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=0');
    expect(js.headers.get('etag')).toMatch(/^W\/"/);
    const css = await fetch(`${base()}/explore/explorer.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('sends /explore and / to /explore/', async () => {
    const bare = await fetch(`${base()}/explore`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/explore/']);
    const root = await fetch(`${base()}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/explore/']);
  });

  it('serves nothing outside the build', async () => {
    for (const path of [
      '/explore/nothing.js',
      '/explore/..%2Fpackage.json',
      '/explore/%2e%2e/%2e%2e/package.json',
    ]) {
      const res = await fetch(`${base()}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });
});

describe('/explore without a build', () => {
  const api = useTestApi({ seed: false, explorerDir: join(folder, 'never-built') });

  it('answers 503 saying how to build it', async () => {
    const res = await fetch(`${api().base}/explore/`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'the explorer is not built: run npm run build',
          extensions: { code: 'EXPLORER_NOT_BUILT' },
        },
      ],
    });
  });
});
