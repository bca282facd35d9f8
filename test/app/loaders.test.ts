import type { EntityKind } from '../../src/domain';
import { createLoaders } from '../../src/app/loaders';
import { loadSeed } from '../../src/io/seed';
import { startServer, type RunningServer } from '../../src/server/app';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { NetworkStore } from '../../src/store/network-store';
import { postGraphQL } from '../helpers/graphql';
import { tempDir } from '../helpers/temp-dir';

/** The real store, with every getMany call recorded: what the API asks of the store, not a stand-in for it. */
function recording(store: NetworkStore) {
  const calls: { kind: EntityKind; ids: readonly string[] }[] = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'getMany')
        return (kind: EntityKind, ids: readonly string[]) => {
          calls.push({ kind, ids });
          return target.getMany(kind, ids);
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: proxy, calls };
}

describe('per-request DataLoaders', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: EmbeddedStore;
  let recorded: ReturnType<typeof recording>;
  let server: RunningServer;

  beforeAll(async () => {
    dir = await tempDir();
    store = await EmbeddedStore.open({ dataDir: dir.path });
    await loadSeed(store, 'kosovo');
    recorded = recording(store);
    server = await startServer(recorded.store, { PORT: 0, HOST: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
    await dir.remove();
  });

  const graphql = (query: string) => postGraphQL(server.url, query);

  it('makes store round trips grow with depth, not with rows', async () => {
    recorded.calls.length = 0;
    const body = await graphql(
      '{ actors(first: 500) { edges { node { homeArea { parent { id: slug } } } } } }',
    );
    expect(body.data.actors.edges.length).toBeGreaterThanOrEqual(60);
    // One batch for the home areas, one for their parents — however many actors there are.
    expect(recorded.calls.map((c) => c.kind)).toEqual(['areas', 'areas']);
    expect(new Set(recorded.calls[0]!.ids).size).toBe(recorded.calls[0]!.ids.length);
  });

  it('never shares a cache between requests', async () => {
    const before = await graphql('{ area(id: "peje") { name } }');
    expect(before.data.area.name).toBe('Pejë');
    const current = (await store.getMany('areas', ['peje']))[0]!;
    await store.write({ upsert: { areas: [{ ...current, name: 'Pejë (renamed)' }] } });
    const after = await graphql('{ area(id: "peje") { name } }');
    expect(after.data.area.name).toBe('Pejë (renamed)');
  });

  it('answers null for unknown ids, and the same id asked twice in one batch', async () => {
    const loaders = createLoaders(store);
    const [a, b, c] = await Promise.all([
      loaders.actors.load('sida'),
      loaders.actors.load('no-such-actor'),
      loaders.actors.load('sida'),
    ]);
    expect(a?.name).toBe('Sida');
    expect(b).toBeNull();
    expect(c).toBe(a);
  });
});
