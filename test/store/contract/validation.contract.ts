import type { ContractContext } from './context';
import { expectValidationError, messageAt, rejectionOf, stateOf } from './assertions';

/** A batch with any problem is rejected whole: every problem is named by its path, and nothing changes. */
export function describeValidation(ctx: ContractContext): void {
  describe('atomic rejection', () => {
    it('names every invalid field of a batch and changes nothing', async () => {
      const { store, ids } = await ctx.seeded('vf');
      const before = await stateOf(store);
      const actor = { id: 'vf-new', name: 'New NGO', sector: 'CIVIL_SOCIETY', kind: 'NGO', tags: [] };
      const partnership = {
        id: 'vf-p',
        title: 'New partnership',
        kind: 'ADVOCACY',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        participants: [{ actorId: 'vf-new', role: 'LEAD' }],
        areaIds: [ids.peje],
        themeIds: [],
        targetGroups: [],
      };
      const batch = {
        upsert: {
          actors: [
            actor,
            { ...actor, id: 'Bad Slug' },
            { ...actor, id: 'vf-church', sector: 'CHURCH' },
            { ...actor, id: 'vf-email', email: 'info@example.org' },
            { ...actor, id: 'vf-tags', tags: ['youth', 'youth'] },
            { ...actor, id: 'vf-web', website: 'ftp://example.org', name: '   ' },
          ],
          partnerships: [
            partnership,
            { ...partnership, id: 'vf-backwards', startDate: '2024-03-01', endDate: '2024-02-29' },
            {
              ...partnership,
              id: 'vf-negative',
              targetGroups: [{ targetGroupId: ids.girls, targeted: 10, reached: -1 }],
            },
            { ...partnership, id: 'vf-nobody', participants: [] },
            { ...partnership, id: 'vf-lobbying', kind: 'LOBBYING' },
            {
              ...partnership,
              id: 'vf-sponsor',
              participants: [
                { actorId: ids.syri, role: 'LEAD' },
                { actorId: ids.bank, role: 'SPONSOR' },
              ],
            },
            { ...partnership, id: 'vf-feb-30', startDate: '2023-02-30', endDate: undefined },
            { ...partnership, id: 'vf-twice', areaIds: [ids.peje, ids.peje] },
            { ...partnership, id: 'vf-half', targetGroups: [{ targetGroupId: ids.girls, targeted: 2.5 }] },
          ],
          areas: [
            { id: 'vf-istog', name: 'Istog', level: 'MUNICIPALITY', parentId: ids.regionPeje },
            { id: 'vf-kids', name: 'Kids', level: 'MUNICIPALITY', population: 10, childPopulation: 11 },
            { id: 'vf-planet', name: 'Planet', level: 'CONTINENT' },
          ],
        },
      };
      const issues = await expectValidationError(store.write(batch), [
        'upsert.actors[1].id',
        'upsert.actors[2].sector',
        'upsert.actors[3].email',
        'upsert.actors[4].tags[1]',
        'upsert.actors[5].name',
        'upsert.actors[5].website',
        'upsert.partnerships[1].endDate',
        'upsert.partnerships[2].targetGroups[0].reached',
        'upsert.partnerships[3].participants',
        'upsert.partnerships[4].kind',
        'upsert.partnerships[5].participants[1].role',
        'upsert.partnerships[6].startDate',
        'upsert.partnerships[7].areaIds[1]',
        'upsert.partnerships[8].targetGroups[0].targeted',
        'upsert.areas[1].childPopulation',
        'upsert.areas[2].level',
      ]);
      expect(messageAt(issues, 'upsert.actors[3].email')).toBe('unknown field');
      expect(messageAt(issues, 'upsert.partnerships[1].endDate')).toContain('2024-03-01');
      expect(await stateOf(store)).toEqual(before);
      expect(await store.getMany('actors', ['vf-new'])).toEqual([null]);
    });

    it('names duplicate ids and ids both upserted and deleted, and changes nothing', async () => {
      const { store, ids } = await ctx.seeded('vd');
      const before = await stateOf(store);
      const actor = (id: string) => ({
        id,
        name: `Actor ${id}`,
        sector: 'ACADEMIA',
        kind: 'THINK_TANK',
        tags: [],
      });
      await expectValidationError(
        store.write({
          upsert: {
            actors: [actor('vd-a'), actor('vd-b'), actor('vd-a'), actor(ids.up)],
            themes: [
              { id: 'vd-t', name: 'T' },
              { id: 'vd-t', name: 'T again' },
            ],
          },
          delete: { actorIds: [ids.unicef, ids.up], partnershipIds: [ids.ece] },
        }),
        ['upsert.actors[2].id', 'upsert.themes[1].id', 'delete.actorIds[1]'],
      );
      expect(await stateOf(store)).toEqual(before);
    });

    it('names every broken reference, including area parents of a finer level, and changes nothing', async () => {
      const { store, ids } = await ctx.seeded('vr');
      const before = await stateOf(store);
      const partnership = {
        title: 'P',
        kind: 'FUNDING',
        participants: [{ actorId: 'vr-new', role: 'FUNDER' }],
        areaIds: [],
        themeIds: [],
        targetGroups: [],
      };
      const issues = await expectValidationError(
        store.write({
          upsert: {
            actors: [
              {
                id: 'vr-new',
                name: 'New',
                sector: 'PRIVATE_SECTOR',
                kind: 'COMPANY',
                homeAreaId: 'vr-m2',
                tags: [],
              },
              {
                id: 'vr-homeless',
                name: 'Homeless',
                sector: 'PRIVATE_SECTOR',
                kind: 'COMPANY',
                homeAreaId: 'vr-atlantis',
                tags: [],
              },
            ],
            areas: [
              { id: 'vr-region', name: 'Region', level: 'REGION', parentId: ids.peje },
              { id: 'vr-m1', name: 'M1', level: 'MUNICIPALITY', parentId: 'vr-m2' },
              { id: 'vr-m2', name: 'M2', level: 'MUNICIPALITY', parentId: ids.regionPeje },
              { id: 'vr-r2', name: 'R2', level: 'REGION', parentId: 'vr-nowhere' },
              { id: 'vr-r3', name: 'R3', level: 'REGION', parentId: ids.regionGjakove },
            ],
            partnerships: [
              { ...partnership, id: 'vr-ok', areaIds: ['vr-m2'], themeIds: [ids.nutrition] },
              {
                ...partnership,
                id: 'vr-ghost',
                participants: [
                  { actorId: ids.syri, role: 'LEAD' },
                  { actorId: 'vr-ghost', role: 'FUNDER' },
                ],
              },
              { ...partnership, id: 'vr-theme', themeIds: ['vr-no-theme'] },
              {
                ...partnership,
                id: 'vr-group',
                targetGroups: [{ targetGroupId: ids.girls }, { targetGroupId: 'vr-no-group' }],
              },
              { ...partnership, id: 'vr-area', areaIds: [ids.peje, 'vr-no-area'] },
              {
                ...partnership,
                id: 'vr-kinds',
                participants: [{ actorId: ids.peje, role: 'LEAD' }],
                themeIds: [ids.girls],
              },
            ],
          },
          delete: { partnershipIds: [ids.poverty], themeIds: [ids.nutrition] },
        }),
        [
          'upsert.actors[1].homeAreaId',
          'upsert.areas[0].parentId',
          'upsert.areas[1].parentId',
          'upsert.areas[3].parentId',
          'upsert.areas[4].parentId',
          'upsert.partnerships[0].themeIds[0]',
          'upsert.partnerships[1].participants[1].actorId',
          'upsert.partnerships[2].themeIds[0]',
          'upsert.partnerships[3].targetGroups[1].targetGroupId',
          'upsert.partnerships[4].areaIds[1]',
          'upsert.partnerships[5].participants[0].actorId',
          'upsert.partnerships[5].themeIds[0]',
        ],
      );
      expect(messageAt(issues, 'upsert.partnerships[1].participants[1].actorId')).toContain('vr-ghost');
      expect(messageAt(issues, 'upsert.partnerships[0].themeIds[0]')).toMatch(/delete/i);
      expect(await stateOf(store)).toEqual(before);
    });

    it('rejects an area level change that would leave an existing child inside a finer area (or make a cycle)', async () => {
      const { store, ids } = await ctx.seeded('vl');
      const before = await stateOf(store);
      const issuePaths = async (batch: unknown) => {
        const error = await rejectionOf(store.write(batch));
        expect((error as { code?: string }).code).toBe('BAD_USER_INPUT');
        return (error as { issues: { path: string }[] }).issues.map((i) => i.path);
      };
      // Rajoni i Pejës contains Pejë, a municipality: it cannot become a municipality itself.
      const demote = {
        id: ids.regionPeje,
        name: 'Rajoni i Pejës',
        level: 'MUNICIPALITY',
        parentId: ids.kosovo,
      };
      expect(await issuePaths({ upsert: { areas: [demote] } })).toEqual([
        expect.stringMatching(/^upsert\.areas\[0\]/),
      ]);
      // Kosovo inside one of its own regions would be a cycle: Kosovo → Rajoni i Pejës → Kosovo.
      const cycle = { id: ids.kosovo, name: 'Kosovo', level: 'MUNICIPALITY', parentId: ids.regionPeje };
      expect(await issuePaths({ upsert: { areas: [cycle] } })).toEqual(
        expect.arrayContaining([expect.stringMatching(/^upsert\.areas\[0\]/)]),
      );
      expect(await stateOf(store)).toEqual(before);
      // The same demotion is fine when the batch also moves the child out.
      const moved = { id: ids.peje, name: 'Pejë', level: 'MUNICIPALITY', parentId: ids.regionPrishtine };
      const result = await store.write({ upsert: { areas: [demote, moved] } });
      expect(result.updated).toBe(2);
    });

    it('rejects a batch mixing field and reference problems whole, naming at least the field problems', async () => {
      const { store, ids } = await ctx.seeded('vm');
      const before = await stateOf(store);
      const error = await rejectionOf(
        store.write({
          upsert: {
            themes: [{ id: 'vm-new', name: 'New theme' }],
            partnerships: [
              {
                id: 'vm-p',
                title: 'P',
                kind: 'ADVOCACY',
                participants: [{ actorId: 'vm-ghost', role: 'LEAD' }],
              },
              {
                id: 'vm-q',
                title: 'Q',
                kind: 'ADVOCACY',
                endDate: '2020-01-01',
                startDate: '2021-01-01',
                participants: [{ actorId: ids.syri, role: 'LEAD' }],
              },
            ],
          },
          delete: { actorIds: [ids.bank] },
        }),
      );
      expect((error as { code?: string }).code).toBe('BAD_USER_INPUT');
      expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(
        'upsert.partnerships[1].endDate',
      );
      expect(await stateOf(store)).toEqual(before);
    });

    it('rejects a batch that is not a batch', async () => {
      const { store } = await ctx.seeded('vn');
      const before = await stateOf(store);
      await expectValidationError(store.write({ upsert: {}, replace: {} }), ['replace']);
      await expectValidationError(store.write({ upsert: { organisations: [] } }), ['upsert.organisations']);
      await expectValidationError(store.write({ delete: { actorIds: 'vn-syri' } }), ['delete.actorIds']);
      for (const notAnObject of [null, 'actors', 42, []]) {
        const error = await rejectionOf(store.write(notAnObject));
        expect((error as { code?: string }).code).toBe('BAD_USER_INPUT');
      }
      expect(await stateOf(store)).toEqual(before);
    });
  });
}
