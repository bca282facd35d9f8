import { startServer, type RunningServer } from '../../src/server/app';
import { loadSeed } from '../../src/io/seed';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { postGraphQL } from '../helpers/graphql';
import { tempDir } from '../helpers/temp-dir';
import { SECTORS } from '../../src/domain';

/** The API over real HTTP on a loopback port, on the embedded store holding the Kosovo seed network. */
describe('HTTP server with the Kosovo seed', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: EmbeddedStore;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await tempDir();
    store = await EmbeddedStore.open({ dataDir: dir.path });
    await loadSeed(store, 'kosovo');
    // Apollo picks its defaults (stack traces in errors, signal handlers) from NODE_ENV when it is built:
    // build it as a user runs it, not with jest's "test", so these tests see what users get.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      server = await startServer(store, { PORT: 0, HOST: '127.0.0.1' });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
    await dir.remove();
  });

  async function graphql(query: string, variables?: Record<string, unknown>) {
    const body = await postGraphQL(server.url, query, variables);
    return { status: body.status, body };
  }

  it('answers /healthz and /readyz', async () => {
    const base = server.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, store: 'embedded', revision: 1 });
  });

  it('reports version, store and revision in `about`', async () => {
    const { body } = await graphql('{ about { version store revision } }');
    expect(body.data.about).toEqual({ version: '0.1.0', store: 'embedded', revision: 1 });
  });

  it('counts at least 60 actors across all six sectors and all 38 municipalities', async () => {
    // Academia is only illustrative in the seed: asked for, as the default leaves illustrative records out.
    const { body } = await graphql(`
      {
        actors(first: 500, filter: { evidence: [DOCUMENTED, INFERRED, ILLUSTRATIVE] }) {
          totalCount
          edges {
            node {
              id: slug
              sector
            }
          }
        }
        areas(level: MUNICIPALITY) {
          id: slug
          name
          level
        }
      }
    `);
    expect(body.data.actors.totalCount).toBeGreaterThanOrEqual(60);
    const sectors = new Set(body.data.actors.edges.map((e: any) => e.node.sector));
    expect([...sectors].sort()).toEqual([...SECTORS].sort());
    expect(body.data.areas).toHaveLength(38);
    expect(body.data.areas.every((a: any) => a.level === 'MUNICIPALITY')).toBe(true);
  });

  it('filters actors by sector and walks every page exactly once', async () => {
    const query = `query($after: String) {
      actors(filter: { sectors: [CIVIL_SOCIETY, ACADEMIA], evidence: [DOCUMENTED, INFERRED, ILLUSTRATIVE] }, first: 3, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id: slug name sector kind } }
      }
    }`;
    const seen: string[] = [];
    let after: string | undefined;
    let total = 0;
    for (;;) {
      const { body } = await graphql(query, { after });
      const page = body.data.actors;
      total = page.totalCount;
      for (const e of page.edges) {
        expect(['CIVIL_SOCIETY', 'ACADEMIA']).toContain(e.node.sector);
        seen.push(e.node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(10); // 8 CSOs of seeds 002/003 and the 2 illustrative academia records
    expect(new Set(seen).size).toBe(total);
    expect(seen).toContain('syri-i-vizionit');
  });

  it('finds actors by text ignoring case and accents', async () => {
    const { body } = await graphql('{ actors(filter: { text: "PEJE" }) { edges { node { name } } } }');
    expect(body.data.actors.edges.map((e: any) => e.node.name)).toEqual(['Municipality of Pejë']);
    const { body: accented } = await graphql(
      '{ actors(filter: { text: "pejë" }) { edges { node { id: slug } } } }',
    );
    expect(accented.data.actors.edges.map((e: any) => e.node.id)).toEqual(['municipality-peje']);
  });

  it('rejects a page size over 500 with BAD_USER_INPUT naming `first`', async () => {
    const { body } = await graphql('{ actors(first: 501) { totalCount } }');
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions.issues).toEqual([
      { path: 'first', message: expect.stringContaining('500') },
    ]);
  });

  it('rejects a garbage cursor with BAD_USER_INPUT naming `after`', async () => {
    const { body } = await graphql('{ actors(first: 2, after: "bm9wZQ") { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'after' }],
    });
  });

  it('answers a body that is not JSON with a JSON 400, no stack trace', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(body.errors[0].message).toMatch(/^request body is not valid JSON/);
    expect(JSON.stringify(body)).not.toContain('node_modules');
  });

  it('answers a body over 10 MB with 413', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ about { version } } # ${'x'.repeat(11 * 1024 * 1024)}` }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await fetch(server.url.replace('/graphql', '/nope'));
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('reports GraphQL validation errors without stack traces', async () => {
    const { body } = await graphql('{ actors(filter: { sectors: [NOPE] }) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('resolves area hierarchy both ways', async () => {
    const { body } = await graphql(
      '{ area(id: "peje") { name altName parent { id: slug parent { id: slug level } } } }',
    );
    expect(body.data.area).toEqual({
      name: 'Pejë',
      altName: 'Peć',
      parent: { id: 'district-peja', parent: { id: 'kosovo', level: 'COUNTRY' } },
    });
  });
});
