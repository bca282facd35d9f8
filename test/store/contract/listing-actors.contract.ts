import { DEFAULT_PARTNERSHIP_ORDER as BY_TITLE } from '../../../src/store/network-store';
import type { ActorFilter, ActorOrder, NetworkStore, Page } from '../../../src/store/network-store';
import type { ContractContext } from './context';
import { expectValidationError } from './assertions';
import { idsOf, recordOf, type Fixture } from './fixtures';

const NAME_ASC: ActorOrder = { field: 'NAME', direction: 'ASC' };

async function actorIds(
  store: NetworkStore,
  filter: ActorFilter,
  order: ActorOrder = NAME_ASC,
): Promise<string[]> {
  const page = await store.listActors(filter, order, { first: 500 });
  expect(page.totalCount).toBe(page.edges.length);
  return idsOf(page.edges.map((e) => e.node));
}

/** Every page of a listing with `first` rows per page, checking each page's bookkeeping on the way. */
export async function walkPages<T>(
  next: (after: string | undefined) => Promise<Page<T>>,
  first: number,
  total: number,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | undefined;
  for (let pages = 0; pages <= total; pages++) {
    const page = await next(after);
    expect(page.totalCount).toBe(total);
    expect(page.edges.length).toBe(Math.min(first, total - rows.length));
    rows.push(...page.edges.map((e) => e.node));
    expect(page.hasNextPage).toBe(rows.length < total);
    expect(page.endCursor).toBe(page.edges.length > 0 ? page.edges[page.edges.length - 1]!.cursor : null);
    if (!page.hasNextPage) return rows;
    after = page.endCursor!;
  }
  throw new Error('pagination did not end');
}

/** The fixture's actors in each order: names fold accents ("Ëndrra" is an e) and differ from id order. */
function expectedOrders(ids: Fixture['ids']): Record<string, string[]> {
  const byName = [ids.kuvendi, ids.mesti, ids.komunaPeje, ids.bank, ids.syri, ids.unicef, ids.up];
  const byId = [ids.bank, ids.komunaPeje, ids.kuvendi, ids.mesti, ids.syri, ids.unicef, ids.up];
  return {
    'NAME ASC': byName,
    'NAME DESC': [...byName].reverse(),
    'ID ASC': byId,
    'ID DESC': [...byId].reverse(),
  };
}

export function describeActorListing(ctx: ContractContext): void {
  describe('listActors', () => {
    it('orders by NAME or ID, ascending or descending, and returns whole records', async () => {
      const { store, ids, network } = await ctx.seeded('ao');
      for (const [order, expected] of Object.entries(expectedOrders(ids))) {
        const [field, direction] = order.split(' ') as [ActorOrder['field'], ActorOrder['direction']];
        const page = await store.listActors({}, { field, direction }, { first: 500 });
        expect(idsOf(page.edges.map((e) => e.node))).toEqual(expected);
        expect(page).toMatchObject({ totalCount: 7, hasNextPage: false });
        expect(page.edges.map((e) => e.node)).toEqual(expected.map((id) => recordOf(network, 'actors', id)));
      }
    });

    it('filters by the partnerships actors take part in, and their role in them', async () => {
      const { store, ids } = await ctx.seeded('ap');
      expect(await actorIds(store, { partnerships: { areaIds: [ids.peje] } })).toEqual([
        ids.kuvendi,
        ids.mesti,
        ids.komunaPeje,
        ids.syri,
        ids.unicef,
      ]);
      expect(await actorIds(store, { partnerships: { areaIds: [ids.regionPeje], roles: ['LEAD'] } })).toEqual(
        [ids.komunaPeje],
      );
      expect(
        await actorIds(store, { partnerships: { themeIds: [ids.inclusiveEducation], asOf: '2024-06-01' } }),
      ).toEqual([ids.mesti, ids.bank]);
      expect(
        await actorIds(store, {
          sectors: ['GOVERNMENT'],
          partnerships: { themeIds: [ids.inclusiveEducation], asOf: '2024-06-01' },
        }),
      ).toEqual([ids.mesti]);
      expect(await actorIds(store, { partnerships: { kinds: ['MENTORSHIP'], text: 'assembly' } })).toEqual([
        ids.kuvendi,
        ids.syri,
      ]);
      await store.write({
        upsert: { actors: [{ id: 'ap-loner', name: 'Loner', sector: 'ACADEMIA', kind: 'THINK_TANK' }] },
      });
      expect(await actorIds(store, { partnerships: {} })).toHaveLength(7);
      expect(await actorIds(store, {})).toHaveLength(8);
    });

    it('filters by sectors, kinds and ids, combined with AND', async () => {
      const { store, ids } = await ctx.seeded('af');
      expect(await actorIds(store, { sectors: ['GOVERNMENT'] })).toEqual([ids.mesti, ids.komunaPeje]);
      expect(await actorIds(store, { sectors: ['GOVERNMENT', 'ACADEMIA'] })).toEqual([
        ids.mesti,
        ids.komunaPeje,
        ids.up,
      ]);
      expect(await actorIds(store, { kinds: ['NGO', 'BANK'] })).toEqual([ids.bank, ids.syri]);
      expect(await actorIds(store, { sectors: ['GOVERNMENT'], kinds: ['MINISTRY', 'BANK'] })).toEqual([
        ids.mesti,
      ]);
      expect(await actorIds(store, { ids: [ids.up, ids.kuvendi, 'af-nobody'] })).toEqual([
        ids.kuvendi,
        ids.up,
      ]);
      expect(await actorIds(store, { ids: [ids.up, ids.kuvendi], sectors: ['ACADEMIA'] })).toEqual([ids.up]);
      expect(await actorIds(store, { sectors: ['GOVERNMENT'] }, { field: 'ID', direction: 'DESC' })).toEqual([
        ids.mesti,
        ids.komunaPeje,
      ]);
      expect(await actorIds(store, { ids: [] })).toEqual([]);
    });

    it('filters by home areas including their descendants', async () => {
      const { store, ids } = await ctx.seeded('ah');
      expect(await actorIds(store, { homeAreaIds: [ids.peje] })).toEqual([ids.komunaPeje, ids.syri]);
      expect(await actorIds(store, { homeAreaIds: [ids.regionGjakove] })).toEqual([ids.kuvendi]);
      expect(await actorIds(store, { homeAreaIds: [ids.regionPeje, ids.prishtine] })).toEqual([
        ids.komunaPeje,
        ids.bank,
        ids.syri,
        ids.up,
      ]);
      // Everyone with a home area is inside the country; UNICEF has none.
      expect(await actorIds(store, { homeAreaIds: [ids.kosovo] })).toEqual([
        ids.kuvendi,
        ids.mesti,
        ids.komunaPeje,
        ids.bank,
        ids.syri,
        ids.up,
      ]);
      expect(
        await actorIds(store, { homeAreaIds: [ids.regionPrishtine], sectors: ['PRIVATE_SECTOR'] }),
      ).toEqual([ids.bank]);
      expect(await actorIds(store, { homeAreaIds: ['ah-nowhere'] })).toEqual([]);
    });

    it('matches text in name or acronym, ignoring case and accents', async () => {
      const { store, ids } = await ctx.seeded('at');
      expect(await actorIds(store, { text: 'peje' })).toEqual([ids.komunaPeje]);
      expect(await actorIds(store, { text: 'PEJË' })).toEqual([ids.komunaPeje]);
      expect(await actorIds(store, { text: 'endrra' })).toEqual([ids.kuvendi]);
      expect(await actorIds(store, { text: 'deÇan' })).toEqual([ids.kuvendi]);
      expect(await actorIds(store, { text: 'mesti' })).toEqual([ids.mesti]);
      expect(await actorIds(store, { text: 'Kosovo' })).toEqual([ids.unicef]);
      expect(await actorIds(store, { text: ' of ' })).toEqual([
        ids.kuvendi,
        ids.mesti,
        ids.komunaPeje,
        ids.up,
      ]);
      expect(await actorIds(store, { text: 'of', sectors: ['GOVERNMENT'] })).toEqual([
        ids.mesti,
        ids.komunaPeje,
      ]);
      expect(await actorIds(store, { text: 'zzz' })).toEqual([]);
    });

    it('walks every row exactly once with first=2, in the order of one big page, in every order', async () => {
      const { store, ids } = await ctx.seeded('ap');
      for (const [order, expected] of Object.entries(expectedOrders(ids))) {
        const [field, direction] = order.split(' ') as [ActorOrder['field'], ActorOrder['direction']];
        const walked = await walkPages(
          (after) => store.listActors({}, { field, direction }, { first: 2, after }),
          2,
          7,
        );
        expect(idsOf(walked)).toEqual(expected);
        const big = await store.listActors({}, { field, direction }, { first: 500 });
        expect(walked).toEqual(big.edges.map((e) => e.node));
        // Any edge's cursor continues right after that edge.
        const rest = await store.listActors(
          {},
          { field, direction },
          { first: 500, after: big.edges[2]!.cursor },
        );
        expect(idsOf(rest.edges.map((e) => e.node))).toEqual(expected.slice(3));
        expect(rest.totalCount).toBe(7);
      }
      const filtered = await walkPages(
        (after) => store.listActors({ homeAreaIds: [ids.kosovo] }, NAME_ASC, { first: 2, after }),
        2,
        6,
      );
      expect(idsOf(filtered)).toEqual([ids.kuvendi, ids.mesti, ids.komunaPeje, ids.bank, ids.syri, ids.up]);
      const past = await store.listActors({}, NAME_ASC, {
        first: 2,
        after: (await store.listActors({}, NAME_ASC, { first: 7 })).endCursor!,
      });
      expect(past).toEqual({ edges: [], totalCount: 7, hasNextPage: false, endCursor: null });
      const none = await store.listActors({}, NAME_ASC, { first: 0 });
      expect(none.edges).toEqual([]);
      expect(none.totalCount).toBe(7);
    });

    it('continues after a cursor whose row was deleted, with rows inserted meanwhile in their place', async () => {
      const { store, ids } = await ctx.seeded('ac');
      const first = await store.listActors({}, NAME_ASC, { first: 3 });
      expect(idsOf(first.edges.map((e) => e.node))).toEqual([ids.kuvendi, ids.mesti, ids.komunaPeje]);
      await store.write({
        upsert: {
          actors: [
            {
              id: 'ac-aaron',
              name: 'Aaron Foundation',
              sector: 'CIVIL_SOCIETY',
              kind: 'FOUNDATION',
              tags: [],
            },
            { id: 'ac-nora', name: "Nora's Bakery", sector: 'PRIVATE_SECTOR', kind: 'COMPANY', tags: [] },
          ],
        },
        delete: { actorIds: [ids.komunaPeje] },
      });
      const next = await store.listActors({}, NAME_ASC, { first: 3, after: first.endCursor! });
      expect(idsOf(next.edges.map((e) => e.node))).toEqual(['ac-nora', ids.bank, ids.syri]);
      expect(next).toMatchObject({ totalCount: 8, hasNextPage: true });

      const desc = await store.listActors({}, { field: 'ID', direction: 'DESC' }, { first: 2 });
      expect(idsOf(desc.edges.map((e) => e.node))).toEqual([ids.up, ids.unicef]);
      await store.write({ delete: { actorIds: [ids.unicef] } });
      const after = await store.listActors(
        {},
        { field: 'ID', direction: 'DESC' },
        { first: 2, after: desc.endCursor! },
      );
      expect(idsOf(after.edges.map((e) => e.node))).toEqual([ids.syri, 'ac-nora']);
    });

    it('rejects cursors of another order or listing, garbage cursors and page sizes outside 0..500', async () => {
      const { store } = await ctx.seeded('ax');
      const nameAsc = (await store.listActors({}, NAME_ASC, { first: 2 })).endCursor!;
      const partnerships = (await store.listPartnerships({}, BY_TITLE, { first: 2 })).endCursor!;
      for (const [order, after] of [
        [{ field: 'ID', direction: 'ASC' }, nameAsc],
        [{ field: 'NAME', direction: 'DESC' }, nameAsc],
        [NAME_ASC, partnerships],
        [NAME_ASC, 'not-a-cursor'],
        [NAME_ASC, Buffer.from('{"a":1}').toString('base64url')],
      ] as [ActorOrder, string][]) {
        await expectValidationError(store.listActors({}, order, { first: 2, after }), ['after']);
      }
      await expectValidationError(store.listPartnerships({}, BY_TITLE, { first: 2, after: nameAsc }), [
        'after',
      ]);
      await expectValidationError(store.listPartnerships({}, BY_TITLE, { first: 2, after: 'garbage!' }), [
        'after',
      ]);
      for (const first of [501, -1, 1000]) {
        await expectValidationError(store.listActors({}, NAME_ASC, { first }), ['first']);
        await expectValidationError(store.listPartnerships({}, BY_TITLE, { first }), ['first']);
      }
      expect((await store.listActors({}, NAME_ASC, { first: 500 })).edges).toHaveLength(7);
    });
  });
}
