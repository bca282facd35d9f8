import { ConflictError, NotFoundError, StaleRevisionError } from '../../../src/domain';
import type { ContractContext } from './context';
import { expectValidationError, rejectionOf } from './assertions';
import { NETWORK_SIZE } from './fixtures';

/** Reverse lookups for DataLoader, name search, and writes conditional on the revision. */
export function describeLookups(ctx: ContractContext): void {
  describe('referrers', () => {
    it('answers, for each id in the order asked, the sorted ids of the records linking to it', async () => {
      const { store, ids } = await ctx.seeded('rf');
      expect(await store.referrers('actors', [ids.unicef, 'rf-nobody', ids.syri], 'partnerships')).toEqual([
        [ids.ece, ids.poverty],
        [],
        [ids.mentoring, ids.ece],
      ]);
      expect(await store.referrers('areas', [ids.kosovo, ids.peje], 'areas')).toEqual([
        [ids.regionGjakove, ids.regionPeje, ids.regionPrishtine],
        [],
      ]);
      expect(await store.referrers('areas', [ids.peje, ids.kosovo], 'actors')).toEqual([
        [ids.komunaPeje, ids.syri],
        [ids.mesti],
      ]);
      expect(await store.referrers('areas', [ids.peje], 'partnerships')).toEqual([
        [ids.coordination, ids.ece],
      ]);
      expect(await store.referrers('themes', [ids.inclusiveEducation], 'partnerships')).toEqual([
        [ids.ece, ids.scholarships],
      ]);
      expect(await store.referrers('targetGroups', [ids.girls, ids.under3], 'partnerships')).toEqual([
        [ids.mentoring, ids.scholarships],
        [ids.ece],
      ]);
      expect(await store.referrers('actors', [], 'partnerships')).toEqual([]);
    });

    it('follows writes and deletes', async () => {
      const { store, ids } = await ctx.seeded('rw');
      await store.write({ delete: { actorIds: [ids.syri] } });
      expect(await store.referrers('actors', [ids.syri], 'partnerships')).toEqual([[]]);
      expect(await store.referrers('areas', [ids.peje], 'actors')).toEqual([[ids.komunaPeje]]);
      await store.write({
        upsert: {
          partnerships: [
            {
              id: 'rw-new',
              title: 'New',
              kind: 'ADVOCACY',
              participants: [{ actorId: ids.unicef, role: 'LEAD' }],
              areaIds: [ids.peje],
            },
          ],
        },
      });
      expect(await store.referrers('actors', [ids.unicef], 'partnerships')).toEqual([
        [ids.ece, 'rw-new', ids.poverty],
      ]);
      expect(await store.referrers('areas', [ids.peje], 'partnerships')).toEqual([
        [ids.coordination, ids.ece, 'rw-new'],
      ]);
    });
  });

  describe('sizes', () => {
    it('counts the actors and partnerships stored, following writes and deletes', async () => {
      const store = await ctx.open();
      expect(await store.sizes()).toEqual({ actors: 0, partnerships: 0 });
      const { store: seeded, ids } = await ctx.seeded('sz');
      expect(await seeded.sizes()).toEqual({
        actors: NETWORK_SIZE.actors,
        partnerships: NETWORK_SIZE.partnerships,
      });
      await seeded.write({ delete: { partnershipIds: [ids.ece], actorIds: [ids.mesti] } });
      const after = await seeded.sizes();
      expect(after.actors).toBe(NETWORK_SIZE.actors - 1);
      expect(after.partnerships).toBe(NETWORK_SIZE.partnerships - 1);
    });
  });

  describe('partnersOf', () => {
    it('gives each actor its whole partnerships and their participants, by id, as getMany reads them', async () => {
      const { store, ids } = await ctx.seeded('po');
      const [unicef, nobody, syri] = await store.partnersOf([ids.unicef, 'po-nobody', ids.syri]);
      expect(nobody).toEqual({ partnerships: [], actors: [] });
      const whole = async (partnershipIds: string[]) => {
        const partnerships = await store.getMany('partnerships', partnershipIds);
        const actorIds = [
          ...new Set(partnerships.flatMap((p) => p!.participants.map((x) => x.actorId))),
        ].sort();
        return { partnerships, actors: await store.getMany('actors', actorIds) };
      };
      expect(unicef).toEqual(await whole([ids.ece, ids.poverty].sort()));
      expect(syri).toEqual(await whole([ids.mentoring, ids.ece].sort()));
      // The actor itself is among them, and so is each partner, whatever its role.
      expect(unicef!.actors.map((a) => a.id)).toContain(ids.unicef);
      expect(unicef!.actors.length).toBeGreaterThan(2);
      expect(await store.partnersOf([])).toEqual([]);
    });

    it('includes a partnership whose only participant is the actor itself', async () => {
      const { store, ids } = await ctx.seeded('ps');
      const alone = { id: 'ps-alone', title: 'Alone', kind: 'ADVOCACY' as const };
      await store.write({
        upsert: {
          partnerships: [{ ...alone, participants: [{ actorId: ids.syri, role: 'LEAD' as const }] }],
        },
      });
      const [syri] = await store.partnersOf([ids.syri]);
      expect(syri!.partnerships.map((p) => p.id)).toContain('ps-alone');
      expect(syri!.actors.map((a) => a.id)).toContain(ids.syri);
    });

    it('follows writes and deletes', async () => {
      const { store, ids } = await ctx.seeded('pw');
      await store.write({ delete: { partnershipIds: [ids.ece] } });
      const [unicef] = await store.partnersOf([ids.unicef]);
      expect(unicef!.partnerships.map((p) => p.id)).toEqual([ids.poverty]);
      const [poverty] = await store.getMany('partnerships', [ids.poverty]);
      expect(unicef!.actors.map((a) => a.id)).toEqual(poverty!.participants.map((x) => x.actorId).sort());
    });
  });

  describe('search', () => {
    const hits = (found: { kind: string; id: string; score: number }[]) =>
      found.map((h) => `${h.kind}:${h.id}:${h.score}`);

    it('matches every query word as the start of a word, ignoring case and accents, best first', async () => {
      const { store, ids } = await ctx.seeded('sr');
      expect(hits(await store.search('peje', 10))).toEqual([
        `areas:${ids.peje}:3`,
        `actors:${ids.komunaPeje}:1`,
        `partnerships:${ids.ece}:1`,
        `partnerships:${ids.coordination}:1`,
        `areas:${ids.regionPeje}:1`,
      ]);
      const [first] = await store.search('PEJË', 1);
      expect(first).toEqual({ kind: 'areas', id: ids.peje, name: 'Pejë', score: 3 });
      expect(hits(await store.search('child p', 3))).toEqual([
        `partnerships:${ids.poverty}:2`,
        `themes:${ids.childProtection}:2`,
        `partnerships:${ids.ece}:1`,
      ]);
    });

    it('finds actors by acronym and areas by their other name', async () => {
      const { store, ids } = await ctx.seeded('sa');
      expect(await store.search('up', 5)).toEqual([
        { kind: 'actors', id: ids.up, name: 'University of Prishtina', score: 3 },
      ]);
      expect(hits(await store.search('Peć', 5))).toEqual([`areas:${ids.peje}:3`]);
      expect(hits(await store.search('decan', 5))).toEqual([
        `areas:${ids.decan}:3`,
        `actors:${ids.kuvendi}:1`,
      ]);
      expect(await store.search('nowhere to be found', 5)).toEqual([]);
    });

    it('sees writes at once', async () => {
      const { store, ids } = await ctx.seeded('sw');
      await store.write({
        upsert: { actors: [{ id: ids.syri, name: 'Vision Eye', sector: 'CIVIL_SOCIETY', kind: 'NGO' }] },
      });
      expect(await store.search('syri', 5)).toEqual([]);
      expect(hits(await store.search('vision', 5))).toEqual([`actors:${ids.syri}:2`]);
    });

    it('rejects a query without letters or digits and a bad `first`', async () => {
      const { store } = await ctx.seeded('sx');
      await expectValidationError(store.search('  — ', 5), ['query']);
      await expectValidationError(store.search('child '.repeat(40), 5), ['query']);
      await expectValidationError(store.search('peje', 501), ['first']);
      await expectValidationError(store.search('peje', -1), ['first']);
      expect(await store.search('peje', 0)).toEqual([]);
    });
  });

  describe('writes with expectedRevision', () => {
    it('apply when the store is still at that revision', async () => {
      const { store, revision } = await ctx.seeded('ev');
      const theme = { id: 'ev-new', name: 'New theme' };
      const result = await store.write({ upsert: { themes: [theme] } }, { expectedRevision: revision });
      expect(result.revision).toBe(revision + 1);
      expect(await store.getMany('themes', ['ev-new'])).toEqual([theme]);
    });

    it('are refused with a StaleRevisionError, changing nothing, once someone else wrote', async () => {
      const { store, revision } = await ctx.seeded('es');
      await store.write({ upsert: { themes: [{ id: 'es-other', name: 'Other' }] } });
      const error = await rejectionOf(
        store.write({ upsert: { themes: [{ id: 'es-new', name: 'New' }] } }, { expectedRevision: revision }),
      );
      expect(error).toBeInstanceOf(StaleRevisionError);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'CONFLICT', expected: revision, actual: revision + 1 });
      expect(await store.revision()).toBe(revision + 1);
      expect(await store.getMany('themes', ['es-new'])).toEqual([null]);
    });
  });

  describe('neighbourhood', () => {
    const ring = (reached: { actorId: string; hops: number }[]) =>
      reached.map((r) => `${r.hops}:${r.actorId}`);

    it('finds the actors within h ties, each at its shortest distance, by distance then id', async () => {
      const { store, ids } = await ctx.seeded('nb');
      expect(ring(await store.neighbourhood(ids.syri, 3))).toEqual([
        `1:${ids.komunaPeje}`,
        `1:${ids.kuvendi}`,
        `1:${ids.unicef}`,
        `2:${ids.mesti}`,
        `2:${ids.up}`,
        `3:${ids.bank}`,
      ]);
      expect(ring(await store.neighbourhood(ids.syri, 1))).toEqual([
        `1:${ids.komunaPeje}`,
        `1:${ids.kuvendi}`,
        `1:${ids.unicef}`,
      ]);
      expect(await store.neighbourhood(ids.syri, 0)).toEqual([]);
      expect(await store.neighbourhood(ids.syri, 10)).toHaveLength(6);
    });

    it('walks only the network of the filter: dates, themes, areas with their insides, sectors', async () => {
      const { store, ids } = await ctx.seeded('nf');
      expect(await store.neighbourhood(ids.syri, 3, { asOf: '2024-06-01' })).toEqual([]);
      const fromAssembly = [`1:${ids.komunaPeje}`, `1:${ids.mesti}`, `2:${ids.bank}`];
      expect(ring(await store.neighbourhood(ids.kuvendi, 3, { asOf: '2024-06-01' }))).toEqual(fromAssembly);
      expect(
        ring(
          await store.neighbourhood(ids.kuvendi, 3, {
            sectors: ['GOVERNMENT', 'CHILDREN_AND_YOUTH', 'PRIVATE_SECTOR'],
          }),
        ),
      ).toEqual(fromAssembly);
      expect(await store.neighbourhood(ids.syri, 3, { sectors: ['GOVERNMENT'] })).toEqual([]);
      expect(ring(await store.neighbourhood(ids.syri, 3, { themeIds: [ids.youthParticipation] }))).toEqual([
        `1:${ids.kuvendi}`,
        `2:${ids.komunaPeje}`,
        `2:${ids.mesti}`,
      ]);
      expect(ring(await store.neighbourhood(ids.unicef, 3, { areaIds: [ids.regionPeje] }))).toEqual([
        `1:${ids.komunaPeje}`,
        `1:${ids.syri}`,
        `2:${ids.kuvendi}`,
        `2:${ids.mesti}`,
      ]);
      expect(ring(await store.neighbourhood(ids.up, 2, { partnershipKinds: ['RESEARCH_AND_DATA'] }))).toEqual(
        [`1:${ids.unicef}`],
      );
    });

    it('rejects an unknown actor and a bad number of hops', async () => {
      const { store, ids } = await ctx.seeded('nx');
      const error = await rejectionOf(store.neighbourhood('nx-nobody', 2));
      expect(error).toBeInstanceOf(NotFoundError);
      for (const hops of [-1, 11, 1.5])
        await expectValidationError(store.neighbourhood(ids.syri, hops), ['hops']);
    });
  });
}
