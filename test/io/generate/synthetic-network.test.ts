import { importNetwork } from '../../../src/io/import';
import { networkJsonText, syntheticNetwork } from '../../../src/io/generate/synthetic-network';
import { SECTOR_SHARES } from '../../../src/io/generate/vocabulary';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { useTempDir } from '../../helpers/temp-dir';

/** Partnerships per actor id (0 for actors in none). */
function partnershipCounts(network: ReturnType<typeof syntheticNetwork>): number[] {
  const counts = new Map(network.actors.map((a) => [a.id, 0]));
  for (const p of network.partnerships)
    for (const id of new Set(p.participants.map((x) => x.actorId))) counts.set(id, counts.get(id)! + 1);
  return [...counts.values()].sort((a, b) => a - b);
}

describe('syntheticNetwork', () => {
  const large = syntheticNetwork({ actors: 10_000, seed: 7 });

  it('is deterministic: the same options give the same text, another seed another network', () => {
    const text = networkJsonText(syntheticNetwork({ actors: 500, seed: 3 }));
    expect(networkJsonText(syntheticNetwork({ actors: 500, seed: 3 }))).toBe(text);
    expect(networkJsonText(syntheticNetwork({ actors: 500, seed: 4 }))).not.toBe(text);
    expect(JSON.parse(text)).toEqual(syntheticNetwork({ actors: 500, seed: 3 }));
  });

  it('has N actors with unique ids, as many partnerships, and the six sectors in their shares (±2 points)', () => {
    expect(large.actors).toHaveLength(10_000);
    expect(new Set(large.actors.map((a) => a.id)).size).toBe(10_000);
    expect(large.partnerships).toHaveLength(10_000);
    const total = SECTOR_SHARES.reduce((sum, [, w]) => sum + w, 0);
    for (const [sector, weight] of SECTOR_SHARES) {
      const share = large.actors.filter((a) => a.sector === sector).length / large.actors.length;
      expect(Math.abs(share - weight / total)).toBeLessThan(0.02);
    }
  });

  it('has heavy-tailed partnership counts: hubs far above the median, the top 1 % holding a large share', () => {
    const counts = partnershipCounts(large);
    const median = counts[counts.length >> 1]!;
    const max = counts.at(-1)!;
    const all = counts.reduce((a, b) => a + b, 0);
    const top = counts.slice(-100).reduce((a, b) => a + b, 0);
    expect(max).toBeGreaterThan(30 * median);
    expect(top / all).toBeGreaterThan(0.12);
    // About 5 % isolates (registered, never partnering).
    const isolates = counts.filter((c) => c === 0).length;
    expect(isolates).toBeGreaterThan(300);
    expect(isolates).toBeLessThan(700);
  });

  it('has multi-party partnerships, led or funded, over ten years, placed in municipalities of an area tree', () => {
    const sizes = large.partnerships.map((p) => p.participants.length);
    expect(sizes.filter((k) => k >= 3).length / sizes.length).toBeGreaterThan(0.4);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(15);
    for (const p of large.partnerships)
      expect(p.participants[0]!.role).toBe(p.kind === 'FUNDING' ? 'FUNDER' : 'LEAD');

    const years = new Set(large.partnerships.flatMap((p) => (p.startDate ? [p.startDate.slice(0, 4)] : [])));
    expect([...years].sort()).toEqual(Array.from({ length: 10 }, (_, i) => String(2015 + i)));

    const byId = new Map(large.areas.map((a) => [a.id, a]));
    const municipalities = large.areas.filter((a) => a.level === 'MUNICIPALITY');
    expect(municipalities.length).toBe(250);
    for (const m of municipalities) expect(byId.get(byId.get(m.parentId!)!.parentId!)!.level).toBe('COUNTRY');
    const placed = large.partnerships.filter((p) =>
      p.areaIds.some((id) => byId.get(id)!.level === 'MUNICIPALITY'),
    );
    expect(placed.length / large.partnerships.length).toBeGreaterThan(0.8);

    const reaches = large.partnerships.flatMap((p) => p.targetGroups);
    expect(reaches.length).toBeGreaterThan(5_000);
    expect(reaches.every((r) => r.targeted! > 0)).toBe(true);
    expect(reaches.filter((r) => r.reached !== undefined).length).toBeGreaterThan(reaches.length / 2);
    expect(large.partnerships.every((p) => p.themeIds.length > 0)).toBe(true);
  });

  describe('imports cleanly', () => {
    const dir = useTempDir();

    it('into an empty embedded store with our JSON import format, every record created', async () => {
      const network = syntheticNetwork({ actors: 1_000, seed: 11 });
      const store = await EmbeddedStore.open({ dataDir: dir() });
      try {
        const report = await importNetwork(
          'json',
          [{ name: 'synthetic.json', content: networkJsonText(network) }],
          store,
          { write: (upsert) => store.write({ upsert }) },
        );
        expect(report.warnings).toEqual([]);
        expect(report.counts.actors.created).toBe(1_000);
        expect(report.counts.partnerships.created).toBe(1_000);
        expect(report.created).toBe(report.rows);
        const snapshot = await store.snapshot({});
        expect(snapshot.partnerships).toHaveLength(1_000);
      } finally {
        await store.close();
      }
    });
  });
});
