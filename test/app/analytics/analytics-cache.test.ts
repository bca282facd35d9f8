import { AnalyticsCache } from '../../../src/app/analytics/analytics-cache';
import { cachedBytes } from '../../../src/app/analytics/cached-bytes';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import type { NetworkStore } from '../../../src/store/network-store';
import { useTempDir } from '../../helpers/temp-dir';

const actor = (id: string, sector = 'CIVIL_SOCIETY') => ({ id, name: id, sector, kind: 'NGO', tags: [] });
const partnership = (id: string, actorIds: string[]) => ({
  id,
  title: id,
  kind: 'COORDINATION',
  participants: actorIds.map((actorId) => ({ actorId, role: 'PARTICIPANT' })),
});

describe('AnalyticsCache', () => {
  const dir = useTempDir();
  let store: NetworkStore;
  let snapshots: number;
  let revisionReads: number;
  /** While set, revision() answers only when it is resolved: a read held in flight. */
  let hold: Promise<void> | undefined;

  beforeEach(async () => {
    const embedded = await EmbeddedStore.open({ dataDir: dir() });
    await embedded.write({
      upsert: {
        actors: [actor('cache-a'), actor('cache-b'), actor('cache-gov', 'GOVERNMENT')],
        partnerships: [partnership('cache-p', ['cache-a', 'cache-b', 'cache-gov'])],
      },
    });
    // Counts the snapshots taken through the real store: the projection must be built once per revision.
    snapshots = 0;
    revisionReads = 0;
    hold = undefined;
    store = new Proxy(embedded, {
      get(target, property, receiver) {
        if (property === 'snapshot') snapshots++;
        if (property === 'revision')
          return async () => {
            revisionReads++;
            const revision = await target.revision(); // read now, answered once released
            await hold;
            return revision;
          };
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  });
  afterEach(() => store.close());

  const tieCount = (cache: AnalyticsCache, filter = {}, args = {}) =>
    cache.result('ties', filter, args, (network) => network.ties.length);

  it('computes once per revision and arguments, sharing one projection between results', async () => {
    const cache = new AnalyticsCache(store);
    let runs = 0;
    const counted = () =>
      cache.result('counted', {}, {}, (network) => {
        runs++;
        return network.actors.length;
      });
    expect(await counted()).toBe(3);
    expect(await counted()).toBe(3);
    expect(await tieCount(cache)).toBe(3);
    expect(runs).toBe(1);
    expect(snapshots).toBe(1);
  });

  it('treats filters that differ only in list order or repeats as one', async () => {
    const cache = new AnalyticsCache(store);
    let runs = 0;
    const count = (sectors: ('GOVERNMENT' | 'CIVIL_SOCIETY')[]) =>
      cache.result('n', { sectors }, {}, (network) => (runs++, network.actors.length));
    expect(await count(['GOVERNMENT', 'CIVIL_SOCIETY'])).toBe(3);
    expect(await count(['CIVIL_SOCIETY', 'GOVERNMENT', 'CIVIL_SOCIETY'])).toBe(3);
    expect(await count(['GOVERNMENT'])).toBe(1);
    expect(runs).toBe(2);
  });

  it('recomputes after a write, and a no-op write keeps the cache', async () => {
    const cache = new AnalyticsCache(store);
    expect(await tieCount(cache)).toBe(3);
    await store.write({ upsert: { actors: [actor('cache-a')] } });
    expect(await tieCount(cache)).toBe(3);
    expect(snapshots).toBe(1);
    await store.write({
      upsert: { actors: [actor('cache-c')], partnerships: [partnership('cache-q', ['cache-a', 'cache-c'])] },
    });
    expect(await tieCount(cache)).toBe(4);
    expect(snapshots).toBe(2);
  });

  it('shares one computation between concurrent requests and does not keep a failure', async () => {
    const cache = new AnalyticsCache(store);
    let runs = 0;
    const failing = () =>
      cache.result('failing', {}, {}, () => {
        runs++;
        throw new Error('boom');
      });
    await expect(Promise.all([failing(), failing()])).rejects.toThrow('boom');
    expect(runs).toBe(1);
    await expect(failing()).rejects.toThrow('boom');
    expect(runs).toBe(2);
  });

  it('shares one revision read between lookups that arrive while it is under way', async () => {
    const cache = new AnalyticsCache(store);
    expect(await tieCount(cache)).toBe(3);
    revisionReads = 0;
    const page = await Promise.all(Array.from({ length: 50 }, () => tieCount(cache)));
    expect(page).toEqual(Array(50).fill(3));
    expect(revisionReads).toBe(1);
  });

  it('after forgetRevision (the write path calls it), a lookup reads again: it sees the write', async () => {
    const cache = new AnalyticsCache(store);
    expect(await tieCount(cache)).toBe(3);
    revisionReads = 0;
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    const before = tieCount(cache); // its revision read is held, having read the old revision
    await new Promise((resolve) => setImmediate(resolve));
    await store.write({
      upsert: { actors: [actor('cache-d')], partnerships: [partnership('cache-r', ['cache-a', 'cache-d'])] },
    });
    cache.forgetRevision();
    const after = tieCount(cache);
    release();
    expect(await before).toBe(3);
    expect(await after).toBe(4);
    // One for the held lookup (a hit); two for the one after: its result, then the new projection.
    expect(revisionReads).toBe(3);
  });

  it('drops the least recently used entry beyond maxEntries', async () => {
    const cache = new AnalyticsCache(store, { maxEntries: 3 });
    let runs = 0;
    const value = (k: number) => cache.result('k', {}, { k }, () => (runs++, k));
    await value(1); // k1, then the projection it reads
    await value(2); // k2 reads the projection: k1, k2, projection
    await value(1); // a hit: k2, projection, k1
    expect(runs).toBe(2);
    await value(3); // pushes k2 out: k1, k3, projection
    await value(1);
    expect(runs).toBe(3);
    expect(await value(2)).toBe(2);
    expect(runs).toBe(4);
    expect(snapshots).toBe(1);
  });

  it('drops the least recently used results beyond maxBytes, and answers without keeping one too large', async () => {
    const networkBytes = cachedBytes(await new AnalyticsCache(store).network({}));
    const result = new Float64Array(1000); // 8 kB
    const resultBytes = cachedBytes(result);
    // Room for the projection and two results, and for a third while it is computed.
    const cache = new AnalyticsCache(store, { maxBytes: networkBytes + 2.5 * resultBytes });
    let runs = 0;
    const value = (k: number, length = 1000) =>
      cache.result('k', {}, { k }, () => (runs++, new Float64Array(length).fill(k)));
    await value(1);
    await value(2);
    await value(1); // a hit: 2, then 1, most recently used
    expect(runs).toBe(2);
    await value(3); // no room for three: 2 goes
    await value(1);
    await value(3);
    expect(runs).toBe(3);
    expect(Array.from(await value(2)).every((v) => v === 2)).toBe(true);
    expect(runs).toBe(4);
    // Larger than the whole cache: answered every time, never kept, and the projection stays.
    expect(await value(9, 10 * networkBytes)).toHaveLength(10 * networkBytes);
    expect(await value(9, 10 * networkBytes)).toHaveLength(10 * networkBytes);
    expect(runs).toBe(6);
    expect(snapshots).toBe(2); // one for the first cache, one for this one
  });
});

describe('cachedBytes', () => {
  it('counts typed arrays by their length, walks plain values, and leaves out frozen (store) records', () => {
    expect(cachedBytes(new Float64Array(100))).toBeGreaterThanOrEqual(800);
    const record = Object.freeze({ id: 'x'.repeat(10_000) });
    expect(cachedBytes({ records: [record] })).toBeLessThan(200);
    expect(cachedBytes({ own: { id: 'x'.repeat(10_000) } })).toBeGreaterThan(10_000);
  });
});
