import { startTestApi } from '../helpers/api';

/** When the store cannot serve (closed here; Neo4j down in production), every call says so plainly. */
describe('an unavailable store', () => {
  it('answers SERVICE_UNAVAILABLE to queries and mutations, and /readyz 503', async () => {
    const api = await startTestApi({ seed: false });
    try {
      await api.store.close();
      const read = await api.graphql('{ actors { totalCount } }');
      expect(read.errors?.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(read.errors?.[0]?.message).toMatch(/closed|unavailable/i);
      const write = await api.graphql(
        'mutation { createTheme(input: { id: "new-theme", name: "New theme" }) { id } }',
      );
      expect(write.errors?.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      const ready = await fetch(api.server.url.replace('/graphql', '/readyz'));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ok: false });
    } finally {
      await api.stop();
    }
  });
});
