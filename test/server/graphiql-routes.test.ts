import { startTestApi, type TestApi } from '../helpers/api';
import { useTempDir } from '../helpers/temp-dir';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the query editor is served: everywhere outside production, in production only with GRAPHIQL=on. */
describe('/graphiql and /graphql in a browser', () => {
  const dir = useTempDir();
  const html = { accept: 'text/html,application/xhtml+xml' };

  async function started(limits: { NODE_ENV?: 'production' | 'development'; GRAPHIQL?: boolean }) {
    const graphiqlDir = join(dir(), 'graphiql');
    await mkdir(graphiqlDir, { recursive: true });
    await writeFile(join(graphiqlDir, 'index.html'), '<!doctype html><title>GraphiQL</title>');
    return startTestApi({ seed: false, graphiqlDir, limits });
  }

  async function check(api: TestApi, served: boolean, redirected: boolean) {
    try {
      const page = await fetch(`${api.base}/graphiql/`);
      expect(page.status).toBe(served ? 200 : 404);
      if (served) expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      const browser = await fetch(`${api.base}/graphql`, { headers: html, redirect: 'manual' });
      expect(browser.status === 302 && browser.headers.get('location') === '/graphiql/').toBe(redirected);
      // Never Apollo's CDN-loaded landing page.
      expect(await browser.text()).not.toMatch(/sandbox|cdn|embeddable/i);
      // A client asking for JSON still gets GraphQL.
      const query = await fetch(`${api.base}/graphql?query=%7B__typename%7D`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await api.stop();
    }
  }

  it('serves it and leads browsers there outside production', async () => {
    await check(await started({}), true, true);
  });

  it('serves nothing in production by default', async () => {
    await check(await started({ NODE_ENV: 'production' }), false, false);
  });

  it('serves it in production with GRAPHIQL=on, without leading /graphql there', async () => {
    await check(await started({ NODE_ENV: 'production', GRAPHIQL: true }), true, false);
  });
});
