import { DEFAULT_PARTNERSHIP_ORDER as BY_TITLE } from '../../../src/store/network-store';
import type { NetworkStore, PartnershipFilter, PartnershipOrder } from '../../../src/store/network-store';
import { expectValidationError } from './assertions';
import type { ContractContext } from './context';
import { canonical, idsOf, recordOf } from './fixtures';
import { walkPages } from './listing-actors.contract';

async function partnershipIds(store: NetworkStore, filter: PartnershipFilter): Promise<string[]> {
  const page = await store.listPartnerships(filter, BY_TITLE, { first: 500 });
  expect(page.totalCount).toBe(page.edges.length);
  return idsOf(page.edges.map((e) => e.node));
}

export function describePartnershipListing(ctx: ContractContext): void {
  describe('listPartnerships', () => {
    it('lists whole records by accent-folded title, then id', async () => {
      const { store, ids, network } = await ctx.seeded('po');
      const expected = [ids.poverty, ids.mentoring, ids.ece, ids.scholarships, ids.coordination];
      const page = await store.listPartnerships({}, BY_TITLE, { first: 500 });
      expect(page).toMatchObject({ totalCount: 5, hasNextPage: false });
      expect(page.edges.map((e) => canonical(e.node))).toEqual(
        expected.map((id) => canonical(recordOf(network, 'partnerships', id))),
      );
      await store.write({
        upsert: {
          partnerships: [
            {
              id: 'po-a-twin',
              title: 'CHILD poverty study',
              kind: 'ADVOCACY',
              participants: [{ actorId: ids.up, role: 'MEMBER' }],
            },
            {
              id: 'po-eco',
              title: 'Ëco-schools',
              kind: 'ADVOCACY',
              participants: [{ actorId: ids.up, role: 'MEMBER' }],
            },
          ],
        },
      });
      expect(await partnershipIds(store, {})).toEqual([
        'po-a-twin',
        ids.poverty,
        ids.mentoring,
        ids.ece,
        'po-eco',
        ids.scholarships,
        ids.coordination,
      ]);
    });

    it('filters by ids, kinds, participants and their roles', async () => {
      const { store, ids } = await ctx.seeded('pf');
      expect(await partnershipIds(store, { ids: [ids.coordination, ids.poverty, 'pf-none'] })).toEqual([
        ids.poverty,
        ids.coordination,
      ]);
      expect(await partnershipIds(store, { kinds: ['FUNDING', 'MENTORSHIP'] })).toEqual([
        ids.mentoring,
        ids.scholarships,
      ]);
      expect(await partnershipIds(store, { actorIds: [ids.unicef] })).toEqual([ids.poverty, ids.ece]);
      expect(await partnershipIds(store, { actorIds: [ids.komunaPeje], roles: ['LEAD'] })).toEqual([
        ids.ece,
        ids.coordination,
      ]);
      expect(await partnershipIds(store, { actorIds: [ids.unicef], roles: ['LEAD'] })).toEqual([]);
      // The role must be that actor's own: in the scholarships MESTI participates and the bank funds.
      expect(await partnershipIds(store, { actorIds: [ids.mesti], roles: ['FUNDER'] })).toEqual([]);
      expect(
        await partnershipIds(store, { actorIds: [ids.syri, ids.up], roles: ['LEAD', 'TECHNICAL_PARTNER'] }),
      ).toEqual([ids.poverty, ids.mentoring]);
      expect(await partnershipIds(store, { roles: ['FUNDER'] })).toEqual([
        ids.poverty,
        ids.ece,
        ids.scholarships,
      ]);
      expect(await partnershipIds(store, { kinds: ['FUNDING'], actorIds: [ids.unicef] })).toEqual([]);
      expect(await partnershipIds(store, { actorIds: ['pf-nobody'] })).toEqual([]);
    });

    it('filters by areas including their descendants, themes and target groups', async () => {
      const { store, ids } = await ctx.seeded('pa');
      expect(await partnershipIds(store, { areaIds: [ids.peje] })).toEqual([ids.ece, ids.coordination]);
      expect(await partnershipIds(store, { areaIds: [ids.regionPeje] })).toEqual([ids.ece, ids.coordination]);
      expect(await partnershipIds(store, { areaIds: [ids.regionGjakove] })).toEqual([
        ids.mentoring,
        ids.scholarships,
      ]);
      expect(await partnershipIds(store, { areaIds: [ids.kosovo] })).toEqual([
        ids.poverty,
        ids.mentoring,
        ids.ece,
        ids.scholarships,
        ids.coordination,
      ]);
      // Descendants, not ancestors: the country-wide study is not "in" Prishtinë.
      expect(await partnershipIds(store, { areaIds: [ids.prishtine] })).toEqual([ids.scholarships]);
      expect(await partnershipIds(store, { areaIds: [ids.decan, ids.prishtine] })).toEqual([
        ids.mentoring,
        ids.scholarships,
      ]);
      expect(await partnershipIds(store, { themeIds: [ids.childProtection] })).toEqual([
        ids.poverty,
        ids.coordination,
      ]);
      expect(await partnershipIds(store, { themeIds: [ids.nutrition, ids.youthParticipation] })).toEqual([
        ids.mentoring,
        ids.ece,
        ids.coordination,
      ]);
      expect(await partnershipIds(store, { targetGroupIds: [ids.girls] })).toEqual([
        ids.mentoring,
        ids.scholarships,
      ]);
      expect(await partnershipIds(store, { targetGroupIds: [ids.under3, ids.disabilities] })).toEqual([
        ids.ece,
        ids.scholarships,
      ]);
      expect(
        await partnershipIds(store, {
          kinds: ['FUNDING'],
          targetGroupIds: [ids.girls],
          areaIds: [ids.kosovo],
        }),
      ).toEqual([ids.scholarships]);
      expect(
        await partnershipIds(store, { themeIds: [ids.inclusiveEducation], areaIds: [ids.regionPeje] }),
      ).toEqual([ids.ece]);
    });

    it('keeps the partnerships active at asOf: start and end days included, missing dates open-ended', async () => {
      const { store, ids } = await ctx.seeded('pd');
      await store.write({
        upsert: {
          partnerships: [
            {
              id: 'pd-leap-day',
              title: 'Leap day',
              kind: 'COMMUNICATION',
              startDate: '2024-02-29',
              endDate: '2024-02-29',
              participants: [{ actorId: ids.up, role: 'LEAD' }],
            },
          ],
        },
      });
      const cases: [string, string[]][] = [
        ['1999-01-01', [ids.mentoring, ids.scholarships]],
        ['2020-12-31', [ids.mentoring, ids.scholarships]],
        ['2021-01-01', [ids.mentoring, ids.ece, ids.scholarships]],
        ['2022-05-31', [ids.mentoring, ids.ece, ids.scholarships]],
        ['2022-06-01', [ids.poverty, ids.mentoring, ids.ece, ids.scholarships]],
        ['2023-12-31', [ids.poverty, ids.mentoring, ids.ece, ids.scholarships]],
        ['2024-01-01', [ids.poverty, ids.mentoring, ids.scholarships, ids.coordination]],
        ['2024-02-28', [ids.poverty, ids.mentoring, ids.scholarships, ids.coordination]],
        ['2024-02-29', [ids.poverty, ids.mentoring, 'pd-leap-day', ids.scholarships, ids.coordination]],
        ['2024-03-01', [ids.poverty, ids.mentoring, ids.scholarships, ids.coordination]],
        ['2024-05-31', [ids.poverty, ids.mentoring, ids.scholarships, ids.coordination]],
        ['2024-06-01', [ids.poverty, ids.scholarships, ids.coordination]],
        ['2024-12-31', [ids.poverty, ids.scholarships, ids.coordination]],
        ['2025-01-01', [ids.poverty, ids.scholarships]],
      ];
      for (const [asOf, expected] of cases)
        expect([asOf, await partnershipIds(store, { asOf })]).toEqual([asOf, expected]);
      expect(await partnershipIds(store, { asOf: '2024-06-01', areaIds: [ids.regionPeje] })).toEqual([
        ids.coordination,
      ]);
    });

    it('matches text in the title, ignoring case and accents', async () => {
      const { store, ids } = await ctx.seeded('px');
      expect(await partnershipIds(store, { text: 'peje' })).toEqual([ids.ece, ids.coordination]);
      expect(await partnershipIds(store, { text: 'PEJË' })).toEqual([ids.ece, ids.coordination]);
      expect(await partnershipIds(store, { text: 'CHILD' })).toEqual([
        ids.poverty,
        ids.mentoring,
        ids.ece,
        ids.coordination,
      ]);
      expect(await partnershipIds(store, { text: 'girls' })).toEqual([ids.scholarships]);
      expect(await partnershipIds(store, { text: 'child', kinds: ['MENTORSHIP', 'COORDINATION'] })).toEqual([
        ids.mentoring,
        ids.coordination,
      ]);
      expect(await partnershipIds(store, { text: 'municipal' })).toEqual([]); // descriptions are not searched
    });

    it('pages in a stable order and continues after a deleted row', async () => {
      const { store, ids } = await ctx.seeded('pp');
      const expected = [ids.poverty, ids.mentoring, ids.ece, ids.scholarships, ids.coordination];
      const walked = await walkPages(
        (after) => store.listPartnerships({}, BY_TITLE, { first: 2, after }),
        2,
        5,
      );
      expect(idsOf(walked)).toEqual(expected);
      const filtered = await walkPages(
        (after) =>
          store.listPartnerships({ areaIds: [ids.kosovo], asOf: '2024-01-01' }, BY_TITLE, {
            first: 3,
            after,
          }),
        3,
        4,
      );
      expect(idsOf(filtered)).toEqual([ids.poverty, ids.mentoring, ids.scholarships, ids.coordination]);
      const page = await store.listPartnerships({}, BY_TITLE, { first: 3 });
      await store.write({ delete: { partnershipIds: [ids.ece] } });
      const next = await store.listPartnerships({}, BY_TITLE, { first: 3, after: page.endCursor! });
      expect(idsOf(next.edges.map((e) => e.node))).toEqual([ids.scholarships, ids.coordination]);
      expect(next).toMatchObject({ totalCount: 4, hasNextPage: false });
    });

    it('orders by START_DATE (undated first, then title) or ID, both ways, with cursors of that order', async () => {
      const { store, ids } = await ctx.seeded('pd');
      const byStart = [ids.scholarships, ids.mentoring, ids.ece, ids.poverty, ids.coordination];
      const byId = [ids.mentoring, ids.coordination, ids.ece, ids.poverty, ids.scholarships];
      const orders: [PartnershipOrder, string[]][] = [
        [{ field: 'START_DATE', direction: 'ASC' }, byStart],
        [{ field: 'START_DATE', direction: 'DESC' }, [...byStart].reverse()],
        [{ field: 'ID', direction: 'ASC' }, byId],
        [{ field: 'ID', direction: 'DESC' }, [...byId].reverse()],
        [
          { field: 'TITLE', direction: 'DESC' },
          [ids.coordination, ids.scholarships, ids.ece, ids.mentoring, ids.poverty],
        ],
      ];
      for (const [order, expected] of orders) {
        const walked = await walkPages(
          (after) => store.listPartnerships({}, order, { first: 2, after }),
          2,
          5,
        );
        expect(idsOf(walked)).toEqual(expected);
      }
      const titleCursor = (await store.listPartnerships({}, BY_TITLE, { first: 1 })).endCursor!;
      await expectValidationError(
        store.listPartnerships(
          {},
          { field: 'START_DATE', direction: 'ASC' },
          { first: 1, after: titleCursor },
        ),
        ['after'],
      );
      await expectValidationError(
        store.listPartnerships({}, { field: 'TITLE', direction: 'DESC' }, { first: 1, after: titleCursor }),
        ['after'],
      );
    });
  });
}
