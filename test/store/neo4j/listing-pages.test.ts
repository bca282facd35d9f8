import neo4j from 'neo4j-driver';
import { started } from './started-store';

/** The Neo4j store's listing pages (listing-pages.ts) against a fake driver: the statements and parameters. */

describe('listing pages', () => {
  it('pages with an Integer LIMIT of first + 1 and hands out the sort key as cursor', async () => {
    const { driver, store } = await started((call) => {
      if (call.name === 'actors-count-all') return [{ total: 3 }];
      if (call.name === 'actors-count') return [{ total: 1 }];
      if (call.name === 'actors-page-name-asc')
        return [
          { id: 'a', key: ['alpha', 'a'] },
          { id: 'b', key: ['beta', 'b'] },
          { id: 'c', key: ['gamma', 'c'] },
        ];
      if (call.name === 'actors-by-id')
        return (call.params.ids as string[]).map((id) => ({
          record: { id, name: id.toUpperCase(), sector: 'ACADEMIA', kind: 'UNIVERSITY' },
        }));
      return undefined;
    });
    const page = await store.listActors({}, { field: 'NAME', direction: 'ASC' }, { first: 2 });
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page).toMatchObject({ totalCount: 3, hasNextPage: true, endCursor: page.edges[1]!.cursor });
    const call = driver.calls.find((c) => c.name === 'actors-page-name-asc')!;
    expect(neo4j.isInt(call.params.limit)).toBe(true);
    expect((call.params.limit as { toNumber(): number }).toNumber()).toBe(3);

    // Unfiltered, the count is the label count (Neo4j's count store); with a filter, the filtered count.
    expect(driver.calls.find((c) => c.name === 'actors-count-all')!.params).toEqual({});
    expect(driver.names()).not.toContain('actors-count');

    driver.calls.length = 0;
    await store.listActors({}, { field: 'NAME', direction: 'ASC' }, { first: 2, after: page.endCursor! });
    expect(driver.calls.find((c) => c.name === 'actors-page-name-asc')!.params.after).toEqual(['beta', 'b']);

    driver.calls.length = 0;
    const filtered = await store.listActors(
      { sectors: ['ACADEMIA'] },
      { field: 'NAME', direction: 'ASC' },
      { first: 2 },
    );
    expect(filtered.totalCount).toBe(1);
    expect(driver.calls.find((c) => c.name === 'actors-count')!.params).toMatchObject({
      sectors: ['ACADEMIA'],
    });
    expect(driver.names()).not.toContain('actors-count-all');
  });

  it('asks for the participants first when actors are filtered by their partnerships', async () => {
    const { driver, store } = await started((call) =>
      call.name === 'partnership-participants' ? [{ actorIds: ['x', 'y'] }] : undefined,
    );
    await store.listActors(
      { partnerships: { roles: ['LEAD'], asOf: '2024-01-01' } },
      { field: 'ID', direction: 'DESC' },
      { first: 5 },
    );
    expect(driver.names()).toEqual(['partnership-participants', 'actors-count', 'actors-page-id-desc']);
    const participants = driver.calls[0]!.params;
    expect(participants.roles).toEqual(['LEAD']);
    expect(neo4j.isDate(participants.asOf)).toBe(true);
    expect(driver.calls[1]!.params.participantIds).toEqual(['x', 'y']);
  });
});
