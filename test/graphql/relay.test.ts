import { useTestApi } from '../helpers/api';
import { listed, titleOrder } from '../helpers/kosovo-seed';
import { badInput } from '../helpers/paging';

interface Page {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: { slug: string } }[];
}

const PAGE =
  'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } }';

/**
 * Relay's connection and object identification specs: every connection pages forward and backward over the
 * same rows, and every record has a global id that node(id:) and nodes(ids:) give back.
 */
describe('Relay', () => {
  const api = useTestApi();

  async function page(
    field: string,
    args: Record<string, unknown>,
    pick: (data: any) => Page,
  ): Promise<Page> {
    const body = await api().graphql(
      `query($first: Int, $after: String, $last: Int, $before: String, $order: ${
        field.includes('partnerships(') ? 'PartnershipOrder' : 'ActorOrder'
      }) { ${field.replace('ARGS', 'first: $first, after: $after, last: $last, before: $before, orderBy: $order')} }`,
      args,
    );
    expect(body.errors).toBeUndefined();
    return pick(body.data);
  }

  /** Every slug reading forward page by page, then reading backward from the end, and the pages' flags. */
  async function walkBothWays(field: string, size: number, order: unknown, pick: (data: any) => Page) {
    const forward: string[] = [];
    let after: string | null = null;
    for (let i = 0; ; i++) {
      const p = await page(field, { first: size, after, order }, pick);
      expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      forward.push(...p.edges.map((e) => e.node.slug));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const backward: string[][] = [];
    let before: string | null = null;
    for (let i = 0; ; i++) {
      const p = await page(field, { last: size, before, order }, pick);
      expect(p.pageInfo.hasNextPage).toBe(i > 0);
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      backward.unshift(p.edges.map((e) => e.node.slug));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    return { forward, backward: backward.flat(), backwardPages: backward };
  }

  it('pages root partnerships forward and backward over the same items, in the same order', async () => {
    const expected = titleOrder(listed.partnerships);
    const walk = await walkBothWays(
      'partnerships(ARGS) { PAGE }'.replace('PAGE', PAGE),
      7,
      null,
      (d) => d.partnerships,
    );
    expect(walk.forward).toEqual(expected);
    expect(walk.backward).toEqual(expected);
    // The first backward page is the last rows: the remainder sits at the start when the size does not divide.
    expect(walk.backwardPages.at(-1)).toEqual(expected.slice(-7));
    expect(walk.backwardPages[0]).toEqual(expected.slice(0, expected.length % 7 || 7));
  });

  it('pages root actors both ways in every order, the cursors of one direction valid in the other', async () => {
    const bySlug = listed.actors.map((a) => a.id).sort();
    for (const order of [
      { field: 'ID', direction: 'ASC' },
      { field: 'ID', direction: 'DESC' },
    ]) {
      const expected = order.direction === 'ASC' ? bySlug : [...bySlug].reverse();
      const walk = await walkBothWays(
        'actors(ARGS) { PAGE }'.replace('PAGE', PAGE),
        9,
        order,
        (d) => d.actors,
      );
      expect(walk.forward).toEqual(expected);
      expect(walk.backward).toEqual(expected);
    }
    const byName = await walkBothWays(
      'actors(ARGS) { PAGE }'.replace('PAGE', PAGE),
      10,
      null,
      (d) => d.actors,
    );
    expect(byName.backward).toEqual(byName.forward);
    expect(byName.forward).toHaveLength(listed.actors.length);
    // A forward page's endCursor, read backward, gives the rows before it, that cursor's row included.
    const first = await page('actors(ARGS) { PAGE }'.replace('PAGE', PAGE), { first: 12 }, (d) => d.actors);
    const back = await page(
      'actors(ARGS) { PAGE }'.replace('PAGE', PAGE),
      { last: 5, before: first.pageInfo.endCursor },
      (d) => d.actors,
    );
    expect(back.edges.map((e) => e.node.slug)).toEqual(first.edges.slice(6, 11).map((e) => e.node.slug));
    expect(back.edges.map((e) => e.cursor)).toEqual(first.edges.slice(6, 11).map((e) => e.cursor));
  });

  it("pages a nested connection (an actor's partnerships) backward as its root listing does", async () => {
    const field = 'actor(id: "save-the-children-kosovo") { partnerships(ARGS) { PAGE } }'.replace(
      'PAGE',
      PAGE,
    );
    const walk = await walkBothWays(
      field.replace('orderBy: $order', ''),
      3,
      undefined,
      (d) => d.actor.partnerships,
    );
    expect(walk.forward.length).toBeGreaterThan(3);
    expect(walk.backward).toEqual(walk.forward);
  });

  it('refuses mixed directions and bad sizes and cursors, naming the argument', async () => {
    const q =
      'query($first: Int, $after: String, $last: Int, $before: String) { actors(first: $first, after: $after, last: $last, before: $before) { totalCount } }';
    const run = (v: Record<string, unknown>) => api().graphql(q, v);
    expect(badInput(await run({ first: 2, last: 2 }))).toEqual([
      { path: 'last', message: 'give first or last, not both' },
    ]);
    expect(badInput(await run({ last: 2, after: 'x' }))[0]!.path).toBe('after');
    expect(badInput(await run({ first: 2, before: 'x' }))[0]!.path).toBe('before');
    expect(badInput(await run({ last: 501 }))).toEqual([
      { path: 'last', message: 'must be a whole number from 0 to 500' },
    ]);
    expect(badInput(await run({ last: 2, before: 'not-a-cursor' }))).toEqual([
      { path: 'before', message: 'is not a cursor of this listing and order' },
    ]);
  });

  it('gives every record a global id that node and nodes give back; slugs stay readable and accepted by lookups', async () => {
    const body = await api().graphql(`{
      actor(id: "unicef-kosovo") { id slug name }
      area(id: "peje") { id slug }
      themes { id slug }
      targetGroups { id slug }
      partnerships(first: 1) { edges { node { id slug } } }
    }`);
    expect(body.errors).toBeUndefined();
    const d = body.data;
    const records = [d.actor, d.area, d.themes[0], d.targetGroups[0], d.partnerships.edges[0].node];
    const ids = records.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(5);
    for (const r of records) expect(r.id).not.toBe(r.slug);
    const back = await api().graphql(
      `query($ids: [ID!]!, $id: ID!) {
        nodes(ids: $ids) { __typename id ... on Actor { slug } ... on Area { slug } ... on Theme { slug }
          ... on TargetGroup { slug } ... on Partnership { slug } }
        node(id: $id) { id ... on Actor { name } }
        byGlobalId: actor(id: $id) { slug }
      }`,
      { ids, id: d.actor.id },
    );
    expect(back.errors).toBeUndefined();
    expect(back.data.nodes.map((n: any) => [n.__typename, n.id, n.slug])).toEqual([
      ['Actor', ids[0], 'unicef-kosovo'],
      ['Area', ids[1], 'peje'],
      ['Theme', ids[2], d.themes[0].slug],
      ['TargetGroup', ids[3], d.targetGroups[0].slug],
      ['Partnership', ids[4], d.partnerships.edges[0].node.slug],
    ]);
    expect(back.data.node).toEqual({ id: d.actor.id, name: d.actor.name });
    expect(back.data.byGlobalId).toEqual({ slug: 'unicef-kosovo' });
  });

  it('node: null for a record that no longer exists; a slug or the id of another kind is a BAD_USER_INPUT', async () => {
    const gone = Buffer.from('Actor:relay-no-such-actor').toString('base64');
    const missing = await api().graphql('query($id: ID!) { node(id: $id) { id } }', { id: gone });
    expect(missing.errors).toBeUndefined();
    expect(missing.data.node).toBeNull();
    expect(badInput(await api().graphql('{ node(id: "unicef-kosovo") { id } }'))[0]!.path).toBe('id');
    expect(badInput(await api().graphql('{ nodes(ids: ["x", "y"]) { id } }')).map((i) => i.path)).toEqual([
      'ids[0]',
      'ids[1]',
    ]);
    const areaId = Buffer.from('Area:peje').toString('base64');
    expect(
      badInput(await api().graphql('query($id: ID!) { actor(id: $id) { slug } }', { id: areaId })),
    ).toEqual([{ path: 'id', message: 'is the id of an Area, not of an Actor' }]);
  });
});
