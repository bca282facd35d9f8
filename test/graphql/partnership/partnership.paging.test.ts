import { useTestApi } from '../../helpers/api';
import { listed as shown, partnershipsOf, titleOrder } from '../../helpers/kosovo-seed';
import { badInput, walkPages } from '../../helpers/paging';

/**
 * Pagination of the root partnership listing and of the nested partnership connections, which share its
 * order and cursor format: edges, bad sizes and bad cursors.
 */
describe('partnership pagination', () => {
  const api = useTestApi();

  const ROOT = `query($first: Int, $after: String, $order: PartnershipOrder, $filter: PartnershipFilter) {
    partnerships(first: $first, after: $after, orderBy: $order, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id: slug } }
    }
  }`;
  const NESTED = `query($first: Int, $after: String) {
    actor(id: "save-the-children-kosovo") {
      partnerships(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id: slug } } }
    }
  }`;
  const root = (variables: Record<string, unknown>) => api().graphql(ROOT, variables);
  const nested = (variables: Record<string, unknown>) => api().graphql(NESTED, variables);

  it('walks every page once, in order, ending with hasNextPage false', async () => {
    const walk = await walkPages(
      (v) => root({ ...v, first: 7 }),
      (d) => d.partnerships,
    );
    expect(walk.ids).toEqual(titleOrder(shown.partnerships));
    expect(walk.pages).toBe(Math.ceil(shown.partnerships.length / 7));
    expect(walk.totalCount).toBe(shown.partnerships.length);
  });

  it('walks a nested connection the same way', async () => {
    const expected = titleOrder(partnershipsOf('save-the-children-kosovo', shown.partnerships));
    expect(expected.length).toBeGreaterThan(3);
    const walk = await walkPages(
      (v) => nested({ ...v, first: 3 }),
      (d) => d.actor.partnerships,
    );
    expect(walk.ids).toEqual(expected);
    expect(walk.pages).toBe(Math.ceil(expected.length / 3));
  });

  it('gives the last page exactly, with hasNextPage false', async () => {
    const n = shown.partnerships.length;
    const first = await root({ first: n - 1 });
    const last = await root({ first: 5, after: first.data.partnerships.pageInfo.endCursor });
    expect(last.data.partnerships.edges.map((e: any) => e.node.id)).toEqual([
      titleOrder(shown.partnerships)[n - 1],
    ]);
    expect(last.data.partnerships.pageInfo.hasNextPage).toBe(false);
    const exact = await root({ first: n });
    expect(exact.data.partnerships.pageInfo).toMatchObject({ hasNextPage: false });
  });

  it('answers first: 0 with no edges but the count', async () => {
    for (const body of [await root({ first: 0 }), await nested({ first: 0 })]) {
      const page = body.data.partnerships ?? body.data.actor.partnerships;
      expect(page.edges).toEqual([]);
      expect(page.totalCount).toBeGreaterThan(0);
      expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
    }
  });

  it('answers an empty result with an empty page', async () => {
    const body = await root({ filter: { text: 'no such partnership anywhere' } });
    expect(body.data.partnerships).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it.each([
    ['the root listing', root],
    ['a nested connection', nested],
  ])('rejects first over 500 or negative on %s, naming first', async (_name, run) => {
    for (const first of [501, -1])
      expect(badInput(await run({ first }))).toEqual([
        { path: 'first', message: expect.stringContaining('500') },
      ]);
  });

  it('rejects a garbage cursor, naming after', async () => {
    for (const run of [root, nested])
      expect(badInput(await run({ after: 'not-a-cursor' }))).toEqual([
        { path: 'after', message: expect.any(String) },
      ]);
  });

  it('rejects a cursor of another order or listing, naming after', async () => {
    const byTitle = await root({ first: 2 });
    const titleCursor = byTitle.data.partnerships.pageInfo.endCursor;
    const byDate = await root({ first: 2, after: titleCursor, order: { field: 'START_DATE' } });
    expect(badInput(byDate)).toEqual([{ path: 'after', message: expect.any(String) }]);
    const actors = await api().graphql('{ actors(first: 2) { pageInfo { endCursor } } }');
    const actorCursor = actors.data.actors.pageInfo.endCursor;
    expect(badInput(await root({ after: actorCursor }))).toEqual([
      { path: 'after', message: expect.any(String) },
    ]);
    expect(badInput(await nested({ after: actorCursor }))).toEqual([
      { path: 'after', message: expect.any(String) },
    ]);
  });

  it('continues a nested connection from a root cursor of the same order (one cursor format)', async () => {
    const expected = titleOrder(partnershipsOf('save-the-children-kosovo', shown.partnerships));
    const page = await root({ first: 1, filter: { ids: [expected[1]] } });
    const rest = await nested({ after: page.data.partnerships.pageInfo.endCursor });
    expect(rest.data.actor.partnerships.edges.map((e: any) => e.node.id)).toEqual(expected.slice(2));
  });
});
