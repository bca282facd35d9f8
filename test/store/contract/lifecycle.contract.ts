import { DEFAULT_PARTNERSHIP_ORDER as BY_TITLE } from '../../../src/store/network-store';
import type { NetworkFilter } from '../../../src/domain';
import type { ContractContext } from './context';
import { contentsOf, expectUnavailable, expectValidationError, rejectionOf, stateOf } from './assertions';
import { byId, expectedContents, idsOf, recordOf } from './fixtures';

/** Restart, snapshot filters, health and close. */
export function describeLifecycle(ctx: ContractContext): void {
  describe('persistence', () => {
    it('keeps revision and every entity, deletions included, across a restart', async () => {
      const { store, ids, network } = await ctx.seeded('pr');
      await store.write({
        upsert: {
          actors: [
            {
              ...recordOf(network, 'actors', ids.syri),
              name: 'Syri i Vizionit NGO',
              acronym: null,
              website: 'https://syri.example',
              tags: ['youth'],
            },
          ],
          areas: [
            {
              id: 'pr-istog',
              name: 'Istog',
              level: 'MUNICIPALITY',
              parentId: ids.regionPeje,
              population: null,
            },
          ],
        },
      });
      await store.write({ delete: { actorIds: [ids.kuvendi], themeIds: [ids.nutrition] } });
      await expectValidationError(store.write({ delete: { actorIds: ['pr-nobody'] } }), [
        'delete.actorIds[0]',
      ]);
      const before = await stateOf(store);
      expect(before.actors).toHaveLength(6);

      const reopened = await ctx.reopen(store);
      expect(await stateOf(reopened)).toEqual(before);
      expect(await reopened.getMany('actors', [ids.kuvendi, ids.syri])).toEqual([
        null,
        before.actors.find((a) => a.id === ids.syri),
      ]);
      const [mentoring] = await reopened.getMany('partnerships', [ids.mentoring]);
      expect(mentoring!.participants).toEqual([{ actorId: ids.syri, role: 'TECHNICAL_PARTNER' }]);
      expect(idsOf(await reopened.listAreas({ parentId: ids.regionPeje }))).toEqual(['pr-istog', ids.peje]);
      const listed = await reopened.listActors(
        { homeAreaIds: [ids.regionPeje] },
        { field: 'NAME', direction: 'ASC' },
        { first: 10 },
      );
      expect(idsOf(listed.edges.map((e) => e.node))).toEqual([ids.komunaPeje, ids.syri]);

      // What was read back is the same data: writing it again changes nothing.
      const snapshot = await reopened.snapshot();
      const { revision: _revision, ...contents } = snapshot;
      const again = await reopened.write({ upsert: contents });
      expect(again).toMatchObject({ revision: before.revision, created: 0, updated: 0, unchanged: 27 });
      expect(await reopened.revision()).toBe(before.revision);

      const later = await reopened.write({ upsert: { themes: [{ id: 'pr-climate', name: 'Climate' }] } });
      expect(later.revision).toBe(before.revision + 1);
      const third = await ctx.reopen(reopened);
      expect(await third.revision()).toBe(before.revision + 1);
      expect(idsOf(await third.listThemes())).toContain('pr-climate');
      expect(await third.getMany('actors', [ids.kuvendi])).toEqual([null]);
    });

    it('reopens an empty store empty, at the same revision', async () => {
      const store = await ctx.open();
      const revision = await store.revision();
      const reopened = await ctx.reopen(store);
      expect(await reopened.revision()).toBe(revision);
      expect(contentsOf(await reopened.snapshot())).toEqual({
        actors: [],
        partnerships: [],
        areas: [],
        themes: [],
        targetGroups: [],
      });
    });
  });

  describe('snapshot(filter)', () => {
    it('keeps actors passing sectors and partnerships passing asOf, kinds, themes and areas (with descendants)', async () => {
      const { store, ids, network, revision } = await ctx.seeded('sf');
      const full = expectedContents(network);
      const check = async (filter: NetworkFilter, actors: string[], partnerships: string[]) => {
        const snapshot = await store.snapshot(filter);
        expect(snapshot.revision).toBe(revision);
        expect(contentsOf(snapshot)).toEqual({
          ...full,
          actors: byId(network.actors.filter((a) => actors.includes(a.id))),
          partnerships: byId(network.partnerships.filter((p) => partnerships.includes(p.id))),
        });
      };
      const everyone = idsOf(network.actors);
      const all = idsOf(network.partnerships);
      await check({}, everyone, all);
      await check({ sectors: ['GOVERNMENT', 'ACADEMIA'] }, [ids.mesti, ids.komunaPeje, ids.up], all);
      await check({ asOf: '2024-01-01' }, everyone, [
        ids.poverty,
        ids.mentoring,
        ids.scholarships,
        ids.coordination,
      ]);
      await check({ asOf: '2021-01-01' }, everyone, [ids.mentoring, ids.ece, ids.scholarships]);
      await check({ asOf: '2024-05-31' }, everyone, [
        ids.poverty,
        ids.mentoring,
        ids.scholarships,
        ids.coordination,
      ]);
      await check({ partnershipKinds: ['FUNDING', 'COORDINATION'] }, everyone, [
        ids.scholarships,
        ids.coordination,
      ]);
      await check({ themeIds: [ids.youthParticipation] }, everyone, [ids.mentoring, ids.coordination]);
      await check({ areaIds: [ids.regionPeje] }, everyone, [ids.ece, ids.coordination]);
      await check({ areaIds: [ids.regionGjakove] }, everyone, [ids.mentoring, ids.scholarships]);
      await check({ areaIds: [ids.kosovo] }, everyone, all);
      await check({ areaIds: [ids.prishtine] }, everyone, [ids.scholarships]);
      await check(
        { asOf: '2024-06-01', areaIds: [ids.regionPeje], sectors: ['GOVERNMENT'] },
        [ids.mesti, ids.komunaPeje],
        [ids.coordination],
      );
    });
  });

  describe('health and close', () => {
    it('reports ok with the store kind and revision', async () => {
      const { store, revision } = await ctx.seeded('hl');
      expect(['embedded', 'neo4j']).toContain(store.kind);
      expect(await store.health()).toMatchObject({ ok: true, store: store.kind, revision });
      const next = await store.write({ upsert: { themes: [{ id: 'hl-new', name: 'New' }] } });
      expect(await store.health()).toMatchObject({ ok: true, store: store.kind, revision: next.revision });
    });

    it('rejects every call after close() as SERVICE_UNAVAILABLE, and close() twice is fine', async () => {
      const { store, ids } = await ctx.seeded('cl');
      await store.close();
      await store.close();
      await expectUnavailable(store.revision());
      await expectUnavailable(store.getMany('actors', [ids.syri]));
      await expectUnavailable(store.listActors({}, { field: 'NAME', direction: 'ASC' }, { first: 10 }));
      await expectUnavailable(store.listPartnerships({}, BY_TITLE, { first: 10 }));
      await expectUnavailable(store.listAreas({}));
      await expectUnavailable(store.listThemes());
      await expectUnavailable(store.listTargetGroups());
      await expectUnavailable(store.snapshot());
      await expectUnavailable(store.write({ upsert: { themes: [{ id: 'cl-new', name: 'New' }] } }));
      await expectUnavailable(store.write({}));
      // A closed store must not claim to be healthy: it either fails like every other call or says it is not ok.
      let health: unknown;
      try {
        health = await store.health();
      } catch (error) {
        health = error;
      }
      if (health instanceof Error) expect((health as { code?: string }).code).toBe('SERVICE_UNAVAILABLE');
      else expect(health).toMatchObject({ ok: false, store: store.kind });
      await store.close();
    });

    it('a write racing close() is either applied and kept, or rejected as unavailable', async () => {
      const { store, ids, revision } = await ctx.seeded('cr');
      const racing = store.write({ delete: { actorIds: [ids.bank] } });
      const closing = store.close();
      const outcome = await racing.then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
      await closing;
      const reopened = await ctx.reopen(store);
      if ('result' in outcome) {
        expect(outcome.result.revision).toBe(revision + 1);
        expect(await reopened.revision()).toBe(revision + 1);
        expect(await reopened.getMany('actors', [ids.bank])).toEqual([null]);
      } else {
        expect((outcome.error as { code?: string }).code).toBe('SERVICE_UNAVAILABLE');
        expect(await reopened.revision()).toBe(revision);
        expect(await reopened.getMany('actors', [ids.bank])).toHaveLength(1);
        expect((await reopened.getMany('actors', [ids.bank]))[0]).not.toBeNull();
      }
      expect(await rejectionOf(store.revision())).toHaveProperty('code', 'SERVICE_UNAVAILABLE');
    });
  });
}
