import type { ContractContext } from './context';
import { contentsOf } from './assertions';
import { byId, canonical, expectedContents, idsOf, recordOf } from './fixtures';

/** Round trips: what is written is what every read returns. */
export function describeEntities(ctx: ContractContext): void {
  describe('entities', () => {
    it('round-trips every kind of entity through write and getMany, in the order asked', async () => {
      const { store, network } = await ctx.seeded('rt');
      for (const kind of ['actors', 'partnerships', 'areas', 'themes', 'targetGroups'] as const) {
        const records = [...network[kind]].reverse();
        const got = await store.getMany(kind, idsOf(records));
        expect(got.map(canonical)).toEqual(records.map(canonical));
      }
    });

    it('getMany answers null for unknown ids, repeats ids asked twice and does not mix kinds', async () => {
      const { store, ids, network } = await ctx.seeded('gm');
      const unicef = recordOf(network, 'actors', ids.unicef);
      const mesti = recordOf(network, 'actors', ids.mesti);
      expect(await store.getMany('actors', [ids.unicef, 'gm-nobody', ids.mesti, ids.unicef])).toEqual([
        unicef,
        null,
        mesti,
        unicef,
      ]);
      expect(await store.getMany('actors', [])).toEqual([]);
      expect(await store.getMany('partnerships', [ids.unicef, ids.peje])).toEqual([null, null]);
      expect(await store.getMany('areas', [ids.childProtection, ids.peje])).toEqual([
        null,
        recordOf(network, 'areas', ids.peje),
      ]);
      expect(await store.getMany('themes', [ids.girls])).toEqual([null]);
      expect(await store.getMany('targetGroups', [ids.girls, ids.nutrition])).toEqual([
        recordOf(network, 'targetGroups', ids.girls),
        null,
      ]);
    });

    it('lists areas country first, then regions, then municipalities, by accent-folded name', async () => {
      const { store, ids, network } = await ctx.seeded('la');
      const all = await store.listAreas({});
      expect(idsOf(all)).toEqual([
        ids.kosovo,
        ids.regionGjakove,
        ids.regionPeje,
        ids.regionPrishtine,
        ids.gjakove, // "Đakovica" folds to "dakovica", before "Deçan"
        ids.decan,
        ids.peje,
        ids.prishtine,
      ]);
      expect(all).toEqual(idsOf(all).map((id) => recordOf(network, 'areas', id)));
      expect(idsOf(await store.listAreas({ level: 'MUNICIPALITY' }))).toEqual([
        ids.gjakove,
        ids.decan,
        ids.peje,
        ids.prishtine,
      ]);
      expect(idsOf(await store.listAreas({ level: 'COUNTRY' }))).toEqual([ids.kosovo]);
      expect(idsOf(await store.listAreas({ parentId: ids.regionGjakove }))).toEqual([ids.gjakove, ids.decan]);
      // parentId means the direct parent: the country's children are the regions only.
      expect(idsOf(await store.listAreas({ parentId: ids.kosovo }))).toEqual([
        ids.regionGjakove,
        ids.regionPeje,
        ids.regionPrishtine,
      ]);
      expect(idsOf(await store.listAreas({ level: 'MUNICIPALITY', parentId: ids.regionPeje }))).toEqual([
        ids.peje,
      ]);
      expect(await store.listAreas({ level: 'REGION', parentId: ids.regionPeje })).toEqual([]);
      expect(await store.listAreas({ parentId: 'la-nowhere' })).toEqual([]);
    });

    it('lists themes and target groups by accent-folded name, then id', async () => {
      const { store, ids, network } = await ctx.seeded('lv');
      const extra = [
        { id: 'lv-edukim', name: 'Ëdukim joformal' },
        { id: 'lv-a-second-child-protection', name: 'child Protection' },
      ];
      await store.write({ upsert: { themes: extra } });
      const themes = await store.listThemes();
      expect(idsOf(themes)).toEqual([
        'lv-a-second-child-protection', // same folded name as "Child protection": the id breaks the tie
        ids.childProtection,
        ids.nutrition,
        'lv-edukim',
        ids.inclusiveEducation,
        ids.youthParticipation,
      ]);
      expect(byId(themes)).toEqual(byId([...network.themes, ...extra]));
      const groups = await store.listTargetGroups();
      expect(idsOf(groups)).toEqual([ids.under3, ids.disabilities, ids.girls, ids.rae]);
      expect(byId(groups)).toEqual(byId(network.targetGroups));
    });

    it('an empty store has empty listings and an empty snapshot', async () => {
      const store = await ctx.open();
      const snapshot = await store.snapshot();
      expect(snapshot.revision).toBe(await store.revision());
      expect(contentsOf(snapshot)).toEqual({
        actors: [],
        partnerships: [],
        areas: [],
        themes: [],
        targetGroups: [],
      });
      expect(await store.listAreas({})).toEqual([]);
      expect(await store.listThemes()).toEqual([]);
      expect(await store.listTargetGroups()).toEqual([]);
      const actors = await store.listActors({}, { field: 'NAME', direction: 'ASC' }, { first: 10 });
      expect(actors).toEqual({ edges: [], totalCount: 0, hasNextPage: false, endCursor: null });
    });

    it('snapshot() returns every entity and the current revision', async () => {
      const { store, network, revision } = await ctx.seeded('sn');
      const snapshot = await store.snapshot();
      expect(snapshot.revision).toBe(revision);
      expect(await store.revision()).toBe(revision);
      expect(contentsOf(snapshot)).toEqual(expectedContents(network));
    });

    it('optional fields given as null come back absent, the same record as without them', async () => {
      const store = await ctx.open();
      const withNulls = {
        actors: [
          {
            id: 'nl-a',
            name: 'Actor',
            acronym: null,
            sector: 'CIVIL_SOCIETY',
            kind: 'NGO',
            description: null,
            website: null,
            homeAreaId: null,
            tags: null,
            source: null,
          },
        ],
        areas: [
          {
            id: 'nl-x',
            name: 'X',
            level: 'COUNTRY',
            altName: null,
            parentId: null,
            population: null,
            childPopulation: null,
            source: null,
          },
        ],
        themes: [{ id: 'nl-t', name: 'T', description: null, source: null }],
        targetGroups: [{ id: 'nl-g', name: 'G', description: null, source: null }],
        partnerships: [
          {
            id: 'nl-p',
            title: 'P',
            kind: 'ADVOCACY',
            startDate: null,
            endDate: null,
            description: null,
            source: null,
            participants: [{ actorId: 'nl-a', role: 'LEAD' }],
            areaIds: null,
            themeIds: null,
            targetGroups: [{ targetGroupId: 'nl-g', targeted: null, reached: null }],
          },
        ],
      };
      const first = await store.write({ upsert: withNulls });
      expect(first.created).toBe(5);
      const [actor] = await store.getMany('actors', ['nl-a']);
      const [area] = await store.getMany('areas', ['nl-x']);
      const [theme] = await store.getMany('themes', ['nl-t']);
      const [group] = await store.getMany('targetGroups', ['nl-g']);
      const [partnership] = await store.getMany('partnerships', ['nl-p']);
      const withoutNulls = {
        actors: [
          { id: 'nl-a', name: 'Actor', sector: 'CIVIL_SOCIETY' as const, kind: 'NGO' as const, tags: [] },
        ],
        areas: [{ id: 'nl-x', name: 'X', level: 'COUNTRY' as const }],
        themes: [{ id: 'nl-t', name: 'T' }],
        targetGroups: [{ id: 'nl-g', name: 'G' }],
        partnerships: [
          {
            id: 'nl-p',
            title: 'P',
            kind: 'ADVOCACY' as const,
            participants: [{ actorId: 'nl-a', role: 'LEAD' as const }],
            areaIds: [],
            themeIds: [],
            targetGroups: [{ targetGroupId: 'nl-g' }],
          },
        ],
      };
      expect(actor).toEqual(withoutNulls.actors[0]);
      expect(area).toEqual(withoutNulls.areas[0]);
      expect(theme).toEqual(withoutNulls.themes[0]);
      expect(group).toEqual(withoutNulls.targetGroups[0]);
      expect(partnership).toEqual(withoutNulls.partnerships[0]);
      for (const field of ['acronym', 'description', 'website', 'homeAreaId', 'source'] as const)
        expect(actor![field]).toBeUndefined();
      expect(partnership!.startDate).toBeUndefined();
      expect(partnership!.targetGroups[0]!.targeted).toBeUndefined();
      // Both spellings are the same record: writing the other one changes nothing.
      const again = await store.write({ upsert: withoutNulls });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, revision: first.revision });
    });
  });
}
