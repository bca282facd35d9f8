import { DEFAULT_PARTNERSHIP_ORDER as BY_TITLE } from '../../../src/store/network-store';
import type { ContractContext } from './context';
import { NOTHING_CHANGED, changedSorted, expectValidationError, messageAt, stateOf } from './assertions';
import { canonical, idsOf, recordOf } from './fixtures';

/** Deleting an entity removes every link to it; deletions are validated like upserts. */
export function describeDeletes(ctx: ContractContext): void {
  describe('deletes and references', () => {
    it("deleting actors removes their participations, deletes partnerships left with nobody, and keeps others'", async () => {
      const { store, ids, network, revision } = await ctx.seeded('da');
      const result = await store.write({ delete: { actorIds: [ids.syri, ids.kuvendi] } });
      expect(result).toMatchObject({ revision: revision + 1, created: 0, deleted: 3 });
      // The mentoring partnership had only these two participants; the others lost one participant each.
      expect(changedSorted(result)).toEqual({
        ...NOTHING_CHANGED,
        actors: [ids.kuvendi, ids.syri].sort(),
        partnerships: [ids.coordination, ids.ece, ids.mentoring].sort(),
      });
      expect(await store.getMany('actors', [ids.syri, ids.kuvendi, ids.unicef])).toEqual([
        null,
        null,
        recordOf(network, 'actors', ids.unicef),
      ]);
      const [ece, mentoring, coordination, poverty, scholarships] = await store.getMany('partnerships', [
        ids.ece,
        ids.mentoring,
        ids.coordination,
        ids.poverty,
        ids.scholarships,
      ]);
      expect(mentoring).toBeNull();
      expect(canonical(ece)).toEqual(
        canonical({
          ...recordOf(network, 'partnerships', ids.ece),
          participants: [
            { actorId: ids.komunaPeje, role: 'LEAD' },
            { actorId: ids.unicef, role: 'FUNDER' },
          ],
        }),
      );
      expect(canonical(coordination)).toEqual(
        canonical({
          ...recordOf(network, 'partnerships', ids.coordination),
          participants: [
            { actorId: ids.komunaPeje, role: 'LEAD' },
            { actorId: ids.mesti, role: 'PARTICIPANT' },
          ],
        }),
      );
      expect(canonical(poverty)).toEqual(canonical(recordOf(network, 'partnerships', ids.poverty)));
      expect(canonical(scholarships)).toEqual(canonical(recordOf(network, 'partnerships', ids.scholarships)));
      const page = await store.listPartnerships({ actorIds: [ids.syri, ids.kuvendi] }, BY_TITLE, {
        first: 10,
      });
      expect(page.totalCount).toBe(0);
      const snapshot = await store.snapshot();
      expect(snapshot.actors).toHaveLength(5);
      expect(idsOf(snapshot.partnerships).sort()).toEqual(
        [ids.coordination, ids.ece, ids.poverty, ids.scholarships].sort(),
      );
    });

    it('deleting a partnership keeps its participants', async () => {
      const { store, ids, network } = await ctx.seeded('dp');
      const result = await store.write({ delete: { partnershipIds: [ids.mentoring] } });
      expect(result).toMatchObject({ created: 0, updated: 0, deleted: 1 });
      expect(changedSorted(result)).toEqual({ ...NOTHING_CHANGED, partnerships: [ids.mentoring] });
      expect(await store.getMany('actors', [ids.kuvendi])).toEqual([
        recordOf(network, 'actors', ids.kuvendi),
      ]);
      const page = await store.listPartnerships({ actorIds: [ids.kuvendi] }, BY_TITLE, { first: 10 });
      expect(idsOf(page.edges.map((e) => e.node))).toEqual([ids.coordination]);
    });

    it('deleting areas removes home areas, parents and partnership areas that point at them', async () => {
      const { store, ids, network } = await ctx.seeded('dr');
      const result = await store.write({ delete: { areaIds: [ids.peje, ids.regionGjakove] } });
      expect(result).toMatchObject({ created: 0, deleted: 2 });
      expect(changedSorted(result)).toEqual({
        ...NOTHING_CHANGED,
        areas: [ids.decan, ids.gjakove, ids.peje, ids.regionGjakove].sort(),
        actors: [ids.komunaPeje, ids.syri].sort(),
        partnerships: [ids.coordination, ids.ece].sort(),
      });
      const { homeAreaId: _k, ...komuna } = recordOf(network, 'actors', ids.komunaPeje);
      const { homeAreaId: _s, ...syri } = recordOf(network, 'actors', ids.syri);
      expect(await store.getMany('actors', [ids.komunaPeje, ids.syri, ids.kuvendi])).toEqual([
        komuna,
        syri,
        recordOf(network, 'actors', ids.kuvendi),
      ]);
      const { parentId: _d, ...decan } = recordOf(network, 'areas', ids.decan);
      const { parentId: _g, ...gjakove } = recordOf(network, 'areas', ids.gjakove);
      expect(await store.getMany('areas', [ids.decan, ids.gjakove, ids.peje])).toEqual([
        decan,
        gjakove,
        null,
      ]);
      const [ece, coordination, scholarships] = await store.getMany('partnerships', [
        ids.ece,
        ids.coordination,
        ids.scholarships,
      ]);
      expect(ece!.areaIds).toEqual([]);
      expect(coordination!.areaIds).toEqual([]);
      expect(canonical(scholarships)).toEqual(canonical(recordOf(network, 'partnerships', ids.scholarships)));
      expect(idsOf(await store.listAreas({ parentId: ids.regionGjakove }))).toEqual([]);
      expect(idsOf(await store.listAreas({ level: 'REGION' }))).toEqual([
        ids.regionPeje,
        ids.regionPrishtine,
      ]);
      const inKosovo = await store.listActors(
        { homeAreaIds: [ids.kosovo] },
        { field: 'ID', direction: 'ASC' },
        { first: 10 },
      );
      expect(idsOf(inKosovo.edges.map((e) => e.node))).toEqual([ids.bank, ids.mesti, ids.up]);
    });

    it('deleting themes and target groups removes them from partnerships, which stay', async () => {
      const { store, ids, network } = await ctx.seeded('dt');
      const result = await store.write({
        delete: { themeIds: [ids.childProtection], targetGroupIds: [ids.girls] },
      });
      expect(result).toMatchObject({ created: 0, deleted: 2 });
      expect(changedSorted(result)).toEqual({
        ...NOTHING_CHANGED,
        themes: [ids.childProtection],
        targetGroups: [ids.girls],
        partnerships: [ids.coordination, ids.mentoring, ids.poverty, ids.scholarships].sort(),
      });
      const [poverty, coordination, mentoring, scholarships, ece] = await store.getMany('partnerships', [
        ids.poverty,
        ids.coordination,
        ids.mentoring,
        ids.scholarships,
        ids.ece,
      ]);
      expect(poverty!.themeIds).toEqual([]);
      expect(coordination!.themeIds).toEqual([ids.youthParticipation]);
      expect(mentoring!.targetGroups).toEqual([]);
      expect(scholarships!.targetGroups).toEqual([{ targetGroupId: ids.disabilities, reached: 12 }]);
      expect(canonical(ece)).toEqual(canonical(recordOf(network, 'partnerships', ids.ece)));
      expect(idsOf(await store.listThemes())).not.toContain(ids.childProtection);
      expect(idsOf(await store.listTargetGroups())).toEqual([ids.under3, ids.disabilities, ids.rae]);
    });

    it('rejects deleting ids that do not exist (of that kind), changing nothing', async () => {
      const { store, ids } = await ctx.seeded('du');
      const before = await stateOf(store);
      const issues = await expectValidationError(
        store.write({
          delete: {
            actorIds: ['du-nobody'],
            themeIds: [ids.nutrition, 'du-no-theme'],
            partnershipIds: ['du-none'],
            areaIds: [ids.unicef],
            targetGroupIds: [ids.girls],
          },
        }),
        ['delete.actorIds[0]', 'delete.themeIds[1]', 'delete.partnershipIds[0]', 'delete.areaIds[0]'],
      );
      expect(messageAt(issues, 'delete.actorIds[0]')).toContain('du-nobody');
      expect(await stateOf(store)).toEqual(before);
    });

    it('rejects upserting and deleting the same id in one batch', async () => {
      const { store, ids, network } = await ctx.seeded('dx');
      const before = await stateOf(store);
      await expectValidationError(
        store.write({
          upsert: { actors: [recordOf(network, 'actors', ids.up)], themes: [{ id: 'dx-new', name: 'New' }] },
          delete: { actorIds: [ids.up], themeIds: ['dx-new'] },
        }),
        ['delete.actorIds[0]', 'delete.themeIds[0]'],
      );
      expect(await stateOf(store)).toEqual(before);
    });

    it('rejects references to entities the same batch deletes', async () => {
      const { store, ids } = await ctx.seeded('dd');
      const before = await stateOf(store);
      const issues = await expectValidationError(
        store.write({
          upsert: {
            actors: [
              {
                id: 'dd-new',
                name: 'New',
                sector: 'CIVIL_SOCIETY',
                kind: 'NGO',
                homeAreaId: ids.peje,
                tags: [],
              },
            ],
            areas: [{ id: 'dd-istog', name: 'Istog', level: 'MUNICIPALITY', parentId: ids.regionPeje }],
            partnerships: [
              {
                id: 'dd-p',
                title: 'P',
                kind: 'FUNDING',
                participants: [{ actorId: ids.unicef, role: 'FUNDER' }],
                themeIds: [ids.nutrition],
              },
            ],
          },
          delete: { actorIds: [ids.unicef], areaIds: [ids.peje, ids.regionPeje], themeIds: [ids.nutrition] },
        }),
        [
          'upsert.actors[0].homeAreaId',
          'upsert.areas[0].parentId',
          'upsert.partnerships[0].participants[0].actorId',
          'upsert.partnerships[0].themeIds[0]',
        ],
      );
      for (const issue of issues) expect(issue.message).toMatch(/delete/i);
      expect(await stateOf(store)).toEqual(before);
    });

    it('accepts a batch that deletes an entity and rewrites a record that pointed at it', async () => {
      const { store, ids, network } = await ctx.seeded('dw');
      const poverty = {
        ...recordOf(network, 'partnerships', ids.poverty),
        participants: [{ actorId: ids.up, role: 'LEAD' as const }],
      };
      const result = await store.write({
        upsert: { partnerships: [poverty] },
        delete: { actorIds: [ids.unicef] },
      });
      expect(changedSorted(result)).toEqual({
        ...NOTHING_CHANGED,
        actors: [ids.unicef],
        partnerships: [ids.ece, ids.poverty].sort(),
      });
      const [gotPoverty, ece] = await store.getMany('partnerships', [ids.poverty, ids.ece]);
      expect(canonical(gotPoverty)).toEqual(canonical(poverty));
      expect(ece!.participants.map((p) => p.actorId).sort()).toEqual([ids.komunaPeje, ids.syri].sort());
      // Re-creating the actor later does not bring its old participations back.
      await store.write({ upsert: { actors: [recordOf(network, 'actors', ids.unicef)] } });
      expect(
        (await store.listPartnerships({ actorIds: [ids.unicef] }, BY_TITLE, { first: 10 })).totalCount,
      ).toBe(0);
    });
  });
}
