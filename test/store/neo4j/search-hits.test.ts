import { started } from './started-store';

/** The Neo4j store's search (search-hits.ts) against a fake driver: the query it sends, the ranking it keeps. */

describe('search', () => {
  it('searches with a Lucene prefix query and ranks what comes back as the embedded store does', async () => {
    const { driver, store } = await started((call) =>
      call.name === 'search'
        ? [
            {
              id: 'p',
              kindRank: 1,
              names: { name: null, title: 'Pejë youth', acronym: null, altName: null },
            },
            {
              id: 'r',
              kindRank: 2,
              names: { name: 'Rajoni i Pejës', title: null, acronym: null, altName: null },
            },
            { id: 'm', kindRank: 2, names: { name: 'Pejë', title: null, acronym: null, altName: 'Peć' } },
          ]
        : undefined,
    );
    const hits = await store.search('  PEJË ', 10);
    expect(hits).toEqual([
      { kind: 'areas', id: 'm', name: 'Pejë', score: 3 },
      { kind: 'partnerships', id: 'p', name: 'Pejë youth', score: 2 },
      { kind: 'areas', id: 'r', name: 'Rajoni i Pejës', score: 1 },
    ]);
    const call = driver.calls[0]!;
    expect(call.params).toMatchObject({ query: '+peje*', phrase: 'peje' });
    expect((call.params.limit as { toNumber(): number }).toNumber()).toBe(10);
  });
});
