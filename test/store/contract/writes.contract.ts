import { ENTITY_KINDS, type EntityKind } from '../../../src/domain';
import { DEFAULT_PARTNERSHIP_ORDER as BY_TITLE, type KindCounts } from '../../../src/store/network-store';
import type { ContractContext } from './context';
import { NOTHING_CHANGED, changedSorted } from './assertions';
import { NETWORK_TOTAL, byId, canonical, idsOf, makeNetwork, recordOf } from './fixtures';

/** WriteResult.upserts with the given counts, every other count 0. */
function upsertCounts(
  given: Partial<Record<EntityKind, Partial<KindCounts>>>,
): Record<EntityKind, KindCounts> {
  return Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0, ...given[kind] }]),
  ) as Record<EntityKind, KindCounts>;
}

/** Upsert semantics, WriteResult counts and the revision. */
export function describeWrites(ctx: ContractContext): void {
  describe('writes', () => {
    it('an upsert replaces the whole record instead of merging it', async () => {
      const { store, ids, network } = await ctx.seeded('rp');
      const syri = {
        id: ids.syri,
        name: 'Syri i Vizionit (youth network)',
        sector: 'CHILDREN_AND_YOUTH' as const,
        kind: 'YOUTH_GROUP' as const,
        tags: ['network'],
      };
      const ece = {
        id: ids.ece,
        title: 'Early childhood education, phase 2',
        kind: 'CAPACITY_STRENGTHENING' as const,
        startDate: '2024-01-01',
        participants: [{ actorId: ids.syri, role: 'LEAD' as const }],
        areaIds: [ids.decan],
        themeIds: [],
        targetGroups: [{ targetGroupId: ids.girls, reached: 7 }],
      };
      const peje = { id: ids.peje, name: 'Peja', level: 'MUNICIPALITY' as const };
      const result = await store.write({ upsert: { actors: [syri], partnerships: [ece], areas: [peje] } });
      expect(result).toMatchObject({ created: 0, updated: 3, unchanged: 0, deleted: 0 });
      expect(await store.getMany('actors', [ids.syri])).toEqual([syri]);
      const [gotEce] = await store.getMany('partnerships', [ids.ece]);
      expect(gotEce).toEqual(ece);
      expect(gotEce!.endDate).toBeUndefined();
      const [gotPeje] = await store.getMany('areas', [ids.peje]);
      expect(gotPeje).toEqual(peje);
      expect(gotPeje!.parentId).toBeUndefined();
      expect(gotPeje!.population).toBeUndefined();
      // What was not upserted is untouched.
      expect(await store.getMany('actors', [ids.kuvendi])).toEqual([
        recordOf(network, 'actors', ids.kuvendi),
      ]);
      expect(idsOf(await store.listAreas({ parentId: ids.regionPeje }))).toEqual([]);
      const listed = await store.listPartnerships({ actorIds: [ids.komunaPeje] }, BY_TITLE, { first: 10 });
      expect(idsOf(listed.edges.map((e) => e.node))).toEqual([ids.coordination]);
    });

    it('reports created, updated, unchanged and deleted counts and the ids that changed', async () => {
      const store = await ctx.open();
      const start = await store.revision();
      const { ids, network } = makeNetwork('wr');
      const first = await store.write({ upsert: network });
      expect(first).toMatchObject({
        revision: start + 1,
        created: NETWORK_TOTAL,
        updated: 0,
        unchanged: 0,
        deleted: 0,
      });
      expect(changedSorted(first)).toEqual({
        actors: idsOf(byId(network.actors)),
        partnerships: idsOf(byId(network.partnerships)),
        areas: idsOf(byId(network.areas)),
        themes: idsOf(byId(network.themes)),
        targetGroups: idsOf(byId(network.targetGroups)),
      });

      const same = await store.write({ upsert: network });
      expect(same).toMatchObject({
        revision: start + 1,
        created: 0,
        updated: 0,
        unchanged: NETWORK_TOTAL,
        deleted: 0,
      });
      expect(changedSorted(same)).toEqual(NOTHING_CHANGED);

      const mixed = await store.write({
        upsert: {
          actors: [
            { ...recordOf(network, 'actors', ids.syri), name: 'Syri i Vizionit NGO' },
            recordOf(network, 'actors', ids.mesti),
            {
              id: 'wr-save-the-children',
              name: 'Save the Children',
              sector: 'INTERNATIONAL',
              kind: 'INGO',
              tags: [],
            },
          ],
          themes: [{ id: 'wr-climate', name: 'Climate & environment' }],
        },
        delete: { partnershipIds: [ids.poverty] },
      });
      expect(mixed).toMatchObject({ revision: start + 2, created: 2, updated: 1, unchanged: 1, deleted: 1 });
      expect(mixed.upserts).toEqual(
        upsertCounts({ actors: { created: 1, updated: 1, unchanged: 1 }, themes: { created: 1 } }),
      );
      expect(changedSorted(mixed)).toEqual({
        ...NOTHING_CHANGED,
        actors: ['wr-save-the-children', ids.syri].sort(),
        partnerships: [ids.poverty],
        themes: ['wr-climate'],
      });

      const deletion = await store.write({
        delete: { themeIds: ['wr-climate'], actorIds: ['wr-save-the-children'] },
      });
      expect(deletion).toMatchObject({
        revision: start + 3,
        created: 0,
        updated: 0,
        unchanged: 0,
        deleted: 2,
      });
      expect(changedSorted(deletion)).toEqual({
        ...NOTHING_CHANGED,
        actors: ['wr-save-the-children'],
        themes: ['wr-climate'],
      });
      expect(await store.revision()).toBe(start + 3);
    });

    it('counts the upserted records by kind apart from the records a deletion detaches', async () => {
      const { store, ids, network } = await ctx.seeded('uk');
      const result = await store.write({
        upsert: {
          actors: [recordOf(network, 'actors', ids.syri)],
          themes: [{ id: 'uk-climate', name: 'Climate' }],
        },
        // UNICEF funds two partnerships of several parties each: both lose it and stay.
        delete: { actorIds: [ids.unicef] },
      });
      expect(result).toMatchObject({ created: 1, updated: 2, unchanged: 1, deleted: 1 });
      expect(result.changed.partnerships.sort()).toEqual([ids.ece, ids.poverty].sort());
      expect(result.upserts).toEqual(upsertCounts({ actors: { unchanged: 1 }, themes: { created: 1 } }));
    });

    it('bumps the revision once per changing write, never for reads, no-op writes or empty batches', async () => {
      const store = await ctx.open();
      const start = await store.revision();
      const { ids, network } = makeNetwork('rv');
      const written = await store.write({ upsert: network });
      expect(written.revision).toBe(start + 1);
      expect(await store.revision()).toBe(start + 1);
      expect((await store.snapshot()).revision).toBe(start + 1);
      expect((await store.health()).revision).toBe(start + 1);

      await store.getMany('actors', [ids.syri, 'rv-nobody']);
      await store.listActors({ text: 'peje' }, { field: 'ID', direction: 'DESC' }, { first: 3 });
      await store.listPartnerships({ asOf: '2024-01-01' }, BY_TITLE, { first: 3 });
      await store.listAreas({ level: 'REGION' });
      await store.listThemes();
      await store.listTargetGroups();
      await store.snapshot({ sectors: ['GOVERNMENT'] });
      await store.health();
      expect(await store.revision()).toBe(start + 1);

      for (const empty of [
        {},
        { upsert: {}, delete: {} },
        { upsert: { actors: [] }, delete: { actorIds: [] } },
      ]) {
        const result = await store.write(empty);
        expect(result).toMatchObject({
          revision: start + 1,
          created: 0,
          updated: 0,
          unchanged: 0,
          deleted: 0,
        });
      }
      const noop = await store.write({
        upsert: { themes: network.themes, actors: [recordOf(network, 'actors', ids.up)] },
      });
      expect(noop).toMatchObject({ revision: start + 1, unchanged: 5 });
      expect(await store.revision()).toBe(start + 1);

      // One bump per write, however many records it touches.
      const big = await store.write({
        upsert: {
          themes: [
            { id: 'rv-a', name: 'A' },
            { id: 'rv-b', name: 'B' },
            { id: 'rv-c', name: 'C' },
          ],
        },
        delete: { targetGroupIds: [ids.rae, ids.under3] },
      });
      expect(big.revision).toBe(start + 2);
      const small = await store.write({ upsert: { themes: [{ id: 'rv-a', name: 'A!' }] } });
      expect(small.revision).toBe(start + 3);
      expect(await store.revision()).toBe(start + 3);
    });

    it('serialises concurrent writes: each gets its own revision and both are applied', async () => {
      const store = await ctx.open();
      const start = await store.revision();
      const results = await Promise.all([
        store.write({ upsert: { themes: [{ id: 'cw-one', name: 'One' }] } }),
        store.write({ upsert: { themes: [{ id: 'cw-two', name: 'Two' }] } }),
        store.write({ upsert: { targetGroups: [{ id: 'cw-three', name: 'Three' }] } }),
      ]);
      expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual([start + 1, start + 2, start + 3]);
      expect(await store.revision()).toBe(start + 3);
      expect(idsOf(await store.listThemes())).toEqual(['cw-one', 'cw-two']);
      expect(idsOf(await store.listTargetGroups())).toEqual(['cw-three']);
    });

    it('keeps a record written in one write and referenced by the next', async () => {
      const store = await ctx.open();
      const { ids, network } = makeNetwork('sq');
      await store.write({
        upsert: { areas: network.areas, themes: network.themes, targetGroups: network.targetGroups },
      });
      await store.write({ upsert: { actors: network.actors } });
      const last = await store.write({ upsert: { partnerships: network.partnerships } });
      expect(last.created).toBe(network.partnerships.length);
      const [ece] = await store.getMany('partnerships', [ids.ece]);
      expect(canonical(ece)).toEqual(canonical(recordOf(network, 'partnerships', ids.ece)));
    });
  });
}
