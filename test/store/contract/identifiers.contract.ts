import type { NetworkStore } from '../../../src/store/network-store';
import type { ContractContext } from './context';

const actors = (p: string) => [
  {
    id: `${p}-sida`,
    name: 'Swedish International Development Cooperation Agency',
    sector: 'INTERNATIONAL',
    kind: 'DONOR',
    identifiers: [
      { scheme: 'IATI', id: 'SE-0' },
      { scheme: 'GB-COH', id: 'x12' },
    ],
  },
  {
    id: `${p}-unicef`,
    name: 'UNICEF',
    sector: 'INTERNATIONAL',
    kind: 'UN_AGENCY',
    identifiers: [{ scheme: 'IATI', id: 'XM-DAC-41122' }],
  },
  { id: `${p}-plain`, name: 'No identifier', sector: 'CIVIL_SOCIETY', kind: 'NGO' },
];

async function ids(store: NetworkStore, identifiers: { scheme: string; id: string }[]): Promise<string[]> {
  const page = await store.listActors({ identifiers }, { field: 'ID', direction: 'ASC' }, { first: 50 });
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((e) => e.node.id);
}

/** Organisation identifiers on actors and money totals on partnerships: kept, filtered, searched. */
export function describeIdentifiers(ctx: ContractContext): void {
  describe('organisation identifiers and partnership totals', () => {
    it('keeps identifiers (absent when none) and totals, across a restart', async () => {
      let store = await ctx.open();
      await store.write({
        upsert: {
          actors: actors('oi'),
          partnerships: [
            {
              id: 'oi-p',
              title: 'Grant',
              kind: 'FUNDING',
              participants: [{ actorId: 'oi-sida', role: 'FUNDER' }],
              currency: 'EUR',
              totalCommitment: 1500.5,
              totalDisbursement: 1000,
            },
          ],
        },
      });
      store = await ctx.reopen(store);
      const [sida, plain] = await store.getMany('actors', ['oi-sida', 'oi-plain']);
      expect(sida!.identifiers).toEqual([
        { scheme: 'IATI', id: 'SE-0' },
        { scheme: 'GB-COH', id: 'x12' },
      ]);
      expect(plain).not.toHaveProperty('identifiers');
      const [grant] = await store.getMany('partnerships', ['oi-p']);
      expect(grant).toMatchObject({ currency: 'EUR', totalCommitment: 1500.5, totalDisbursement: 1000 });
    });

    it('filters actors by identifier, case of the id ignored, any of several', async () => {
      const store = await ctx.open();
      await store.write({ upsert: { actors: actors('of') } });
      expect(await ids(store, [{ scheme: 'IATI', id: 'se-0' }])).toEqual(['of-sida']);
      expect(await ids(store, [{ scheme: 'GB-COH', id: 'X12' }])).toEqual(['of-sida']);
      // The same id in another scheme is another organisation.
      expect(await ids(store, [{ scheme: 'GB-COH', id: 'SE-0' }])).toEqual([]);
      expect(
        await ids(store, [
          { scheme: 'IATI', id: 'XM-DAC-41122' },
          { scheme: 'IATI', id: 'SE-0' },
        ]),
      ).toEqual(['of-sida', 'of-unicef']);
      expect(await ids(store, [])).toEqual([]);
    });

    it('finds an actor by an identifier in search', async () => {
      const store = await ctx.open();
      await store.write({ upsert: { actors: actors('os') } });
      const hits = await store.search('XM-DAC-41122', 10);
      expect(hits.map((h) => h.id)).toEqual(['os-unicef']);
    });

    it('refuses a total without its currency, and a repeated identifier, naming the field', async () => {
      const store = await ctx.open();
      await expect(
        store.write({
          upsert: {
            actors: [
              {
                ...actors('ov')[2],
                identifiers: [
                  { scheme: 'IATI', id: 'AA-1' },
                  { scheme: 'IATI', id: 'aa-1' },
                ],
              },
            ],
            partnerships: [
              {
                id: 'ov-p',
                title: 'P',
                kind: 'FUNDING',
                participants: [{ actorId: 'ov-plain', role: 'LEAD' }],
                totalCommitment: 5,
              },
            ],
          },
        }),
      ).rejects.toMatchObject({
        issues: [
          { path: 'upsert.actors[0].identifiers[1]', message: 'duplicate identifier "IATI:AA-1"' },
          {
            path: 'upsert.partnerships[0].currency',
            message: 'is required when totalCommitment or totalDisbursement is given',
          },
        ],
      });
      expect(await store.revision()).toBe(0);
    });
  });
}
