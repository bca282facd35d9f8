import type { Evidence } from '../../../src/domain';
import { DEFAULT_PARTNERSHIP_ORDER, DEFAULT_ACTOR_ORDER } from '../../../src/store/network-store';
import type { NetworkStore } from '../../../src/store/network-store';
import type { ContractContext } from './context';

/**
 * Provenance (issue 26) through the port: records keep it whole (participations, area links, dates), and
 * the evidence filter of listings, snapshots and neighbourhoods looks at records and at their parts.
 */
const p = (evidence: Evidence, reason?: string) => ({
  evidence,
  source: 'doc.txt',
  quote: 'a few words',
  ...(reason ? { reason } : {}),
});

function network(prefix: string) {
  const id = (name: string) => `${prefix}-${name}`;
  return {
    actors: [
      {
        id: id('doc'),
        name: 'Documented',
        sector: 'CIVIL_SOCIETY',
        kind: 'NGO',
        tags: [],
        provenance: p('DOCUMENTED'),
      },
      { id: id('plain'), name: 'Plain', sector: 'GOVERNMENT', kind: 'MINISTRY', tags: [] },
      {
        id: id('inf'),
        name: 'Inferred',
        sector: 'GOVERNMENT',
        kind: 'MUNICIPALITY',
        tags: [],
        provenance: p('INFERRED', 'r'),
      },
      {
        id: id('ill'),
        name: 'Illustrative',
        sector: 'ACADEMIA',
        kind: 'UNIVERSITY',
        tags: ['illustrative'],
        provenance: { evidence: 'ILLUSTRATIVE', reason: 'made up' },
      },
    ],
    areas: [
      { id: id('land'), name: 'Land', level: 'COUNTRY' },
      { id: id('town'), name: 'Town', level: 'MUNICIPALITY', parentId: id('land') },
    ],
    partnerships: [
      {
        id: id('mixed'),
        title: 'Mixed',
        kind: 'COORDINATION',
        startDate: '2020-01-01',
        endDate: '2020-12-31',
        participants: [
          { actorId: id('doc'), role: 'LEAD' },
          {
            actorId: id('plain'),
            role: 'PARTICIPANT',
            provenance: p('INFERRED', 'the ministry requires it'),
          },
          { actorId: id('inf'), role: 'MEMBER', provenance: { evidence: 'ILLUSTRATIVE', reason: 'a guess' } },
        ],
        areaIds: [id('land'), id('town')],
        themeIds: [],
        targetGroups: [],
        source: 'doc.txt',
        provenance: p('DOCUMENTED'),
        tags: ['mixed', 'test'],
        startDatePrecision: 'YEAR',
        endDatePrecision: 'YEAR',
        startDateProvenance: p('DOCUMENTED'),
        endDateProvenance: p('INFERRED', 'the year ends then'),
        areaProvenance: [{ areaId: id('town'), provenance: p('INFERRED', 'the town is in the land') }],
      },
      {
        id: id('made-up'),
        title: 'Made up',
        kind: 'RESEARCH_AND_DATA',
        participants: [
          { actorId: id('doc'), role: 'LEAD' },
          { actorId: id('ill'), role: 'IMPLEMENTER' },
        ],
        areaIds: [id('town')],
        provenance: { evidence: 'ILLUSTRATIVE', reason: 'an example' },
      },
    ],
  };
}

const listedPartnerships = async (store: NetworkStore, evidence?: Evidence[], areaIds?: string[]) =>
  (
    await store.listPartnerships(
      { ...(evidence ? { evidence } : {}), ...(areaIds ? { areaIds } : {}) },
      DEFAULT_PARTNERSHIP_ORDER,
      { first: 100 },
    )
  ).edges.map((e) => e.node.id);

export function describeProvenance(ctx: ContractContext): void {
  describe('provenance', () => {
    it('keeps every provenance, tag and date precision of a record as written', async () => {
      const store = await ctx.open();
      const input = network('pv');
      await store.write({ upsert: input });
      const [mixed, madeUp] = await store.getMany('partnerships', ['pv-mixed', 'pv-made-up']);
      expect(mixed).toEqual(input.partnerships[0]);
      expect(madeUp).toEqual({ ...input.partnerships[1], themeIds: [], targetGroups: [] });
      const actors = await store.getMany(
        'actors',
        input.actors.map((a) => a.id),
      );
      expect(actors).toEqual(input.actors);
      expect(await store.write({ upsert: input })).toMatchObject({ unchanged: 8, updated: 0 });
    });

    it('lists actors and partnerships of the evidence asked, parts included', async () => {
      const store = await ctx.open();
      await store.write({ upsert: network('pe') });
      const actors = async (evidence?: Evidence[]) =>
        (await store.listActors(evidence ? { evidence } : {}, DEFAULT_ACTOR_ORDER, { first: 100 })).edges.map(
          (e) => e.node.id,
        );
      expect(await actors()).toEqual(['pe-doc', 'pe-ill', 'pe-inf', 'pe-plain']);
      expect(await actors(['DOCUMENTED'])).toEqual(['pe-doc', 'pe-plain']);
      expect(await actors(['DOCUMENTED', 'INFERRED'])).toEqual(['pe-doc', 'pe-inf', 'pe-plain']);
      expect(await listedPartnerships(store)).toEqual(['pe-made-up', 'pe-mixed']);
      expect(await listedPartnerships(store, ['DOCUMENTED', 'INFERRED'])).toEqual(['pe-mixed']);
      expect(await listedPartnerships(store, ['ILLUSTRATIVE'])).toEqual(['pe-made-up']);
      // The town link of pe-mixed is inferred: documented evidence alone finds it only through the land.
      expect(await listedPartnerships(store, ['DOCUMENTED'], ['pe-town'])).toEqual([]);
      expect(await listedPartnerships(store, ['DOCUMENTED', 'INFERRED'], ['pe-town'])).toEqual(['pe-mixed']);
      const byActor = async (actorIds: string[], evidence: Evidence[]) =>
        (
          await store.listPartnerships({ actorIds, evidence }, DEFAULT_PARTNERSHIP_ORDER, { first: 100 })
        ).edges.map((e) => e.node.id);
      expect(await byActor(['pe-plain'], ['DOCUMENTED'])).toEqual([]);
      expect(await byActor(['pe-plain'], ['DOCUMENTED', 'INFERRED'])).toEqual(['pe-mixed']);
      const viaPartnership = await store.listActors(
        { partnerships: { ids: ['pe-mixed'], evidence: ['DOCUMENTED'] } },
        DEFAULT_ACTOR_ORDER,
        { first: 100 },
      );
      expect(viaPartnership.edges.map((e) => e.node.id)).toEqual(['pe-doc']);
    });

    it('gives snapshots and neighbourhoods only the parts of the evidence asked', async () => {
      const store = await ctx.open();
      await store.write({ upsert: network('ps') });
      const documented = await store.snapshot({ evidence: ['DOCUMENTED'] });
      expect(documented.actors.map((a) => a.id).sort()).toEqual(['ps-doc', 'ps-plain']);
      expect(documented.partnerships).toHaveLength(1);
      expect(documented.partnerships[0]!.participants.map((x) => x.actorId)).toEqual(['ps-doc']);
      expect(documented.partnerships[0]!.areaIds).toEqual(['ps-land']);
      const both = await store.snapshot({ evidence: ['DOCUMENTED', 'INFERRED'] });
      expect(both.partnerships[0]!.participants.map((x) => x.actorId)).toEqual(['ps-doc', 'ps-plain']);
      expect(both.partnerships[0]!.areaIds).toEqual(['ps-land', 'ps-town']);
      const all = await store.snapshot({});
      expect(all.partnerships.map((x) => x.participants.length).sort()).toEqual([2, 3]);
      const reached = async (evidence?: Evidence[]) =>
        (await store.neighbourhood('ps-doc', 1, evidence ? { evidence } : {})).map((r) => r.actorId).sort();
      expect(await reached()).toEqual(['ps-ill', 'ps-inf', 'ps-plain']);
      expect(await reached(['DOCUMENTED'])).toEqual([]);
      expect(await reached(['DOCUMENTED', 'INFERRED'])).toEqual(['ps-plain']);
      expect(await reached(['DOCUMENTED', 'ILLUSTRATIVE'])).toEqual(['ps-ill']);
    });
  });
}
