import { useTestApi } from '../../helpers/api';
import {
  isActive,
  listed,
  nameOrder,
  seed,
  titleOrder,
  type SeedPartnership,
} from '../../helpers/kosovo-seed';

/** themes and targetGroups, and the partnerships on a theme or for a group. */
describe('themes and target groups', () => {
  const api = useTestApi();

  const nodeIds = (connection: any): string[] => connection.edges.map((e: any) => e.node.id);

  it.each([
    ['themes', seed.themes, (p: SeedPartnership, id: string) => p.themeIds.includes(id)],
    [
      'targetGroups',
      seed.targetGroups,
      (p: SeedPartnership, id: string) => p.targetGroups.some((t) => t.targetGroupId === id),
    ],
  ] as const)('lists all %s by name, each with its partnerships', async (field, terms, on) => {
    const body = await api().graphql(`{ ${field} {
      id: slug name description source
      partnerships(first: 500) { totalCount edges { node { id: slug } } }
      dated: partnerships(asOf: "2018-01-01", first: 500) { edges { node { id: slug } } }
      byId: partnerships(orderBy: { field: ID, direction: DESC }, first: 500) { edges { node { id: slug } } }
    } }`);
    expect(body.errors).toBeUndefined();
    const found = body.data[field];
    expect(found.map((t: any) => t.id)).toEqual(nameOrder([...terms]));
    for (const term of found) {
      const expected = terms.find((t) => t.id === term.id)!;
      expect(term).toMatchObject({ name: expected.name, source: (expected as any).source ?? null });
      const mine = listed.partnerships.filter((p) => on(p, term.id));
      expect(nodeIds(term.partnerships)).toEqual(titleOrder(mine));
      expect(term.partnerships.totalCount).toBe(mine.length);
      expect(nodeIds(term.dated)).toEqual(titleOrder(mine.filter((p) => isActive(p, '2018-01-01'))));
      expect(nodeIds(term.byId)).toEqual(
        mine
          .map((p) => p.id)
          .sort()
          .reverse(),
      );
    }
  });

  it('pages the partnerships of a theme', async () => {
    const body = await api().graphql(
      `{ themes { id: slug partnerships(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id: slug } } } } }`,
    );
    for (const theme of body.data.themes) {
      const all = titleOrder(listed.partnerships.filter((p) => p.themeIds.includes(theme.id)));
      expect(nodeIds(theme.partnerships)).toEqual(all.slice(0, 2));
      expect(theme.partnerships.pageInfo.hasNextPage).toBe(all.length > 2);
    }
  });
});
