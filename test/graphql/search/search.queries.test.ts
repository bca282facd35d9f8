import { useTestApi } from '../../helpers/api';
import { fold, seed } from '../../helpers/kosovo-seed';
import { badInput } from '../../helpers/paging';

/** search(query, first) over every kind of record, with the node of each hit. */
describe('search', () => {
  const api = useTestApi();

  const SEARCH = `query($q: String!, $first: Int) { search(query: $q, first: $first) {
    kind id: slug name score
    node {
      __typename
      ... on Actor { id: slug name sector }
      ... on Partnership { id: slug title }
      ... on Area { id: slug name level }
      ... on Theme { id: slug name }
      ... on TargetGroup { id: slug name }
    }
  } }`;
  const search = (q: string, first?: number) => api().graphql(SEARCH, { q, first });

  it('finds an actor by its whole name with the best score, and resolves its node', async () => {
    const body = await search('Syri i Vizionit');
    expect(body.errors).toBeUndefined();
    expect(body.data.search[0]).toEqual({
      kind: 'ACTOR',
      id: 'syri-i-vizionit',
      name: 'Syri i Vizionit',
      score: 3,
      node: { __typename: 'Actor', id: 'syri-i-vizionit', name: 'Syri i Vizionit', sector: 'CIVIL_SOCIETY' },
    });
  });

  it('finds "Pejë" for "Peje", across kinds, best first', async () => {
    const body = await search('Peje');
    const hits = body.data.search;
    // Every record with a word starting "peje" once accents are gone, whatever its kind (an area's
    // alternative names count: the district is found by its town's name).
    const words = (name: string) => fold(name).split(/[^\p{L}\p{N}]+/u);
    const expected = [
      ...seed.actors.filter((a) =>
        [a.name, a.acronym ?? ''].some((n) => words(n).some((w) => w.startsWith('peje'))),
      ),
      ...seed.partnerships.filter((p) => words(p.title).some((w) => w.startsWith('peje'))),
      ...seed.areas.filter((a) =>
        [a.name, ...(a.alternativeNames ?? [])].some((n) => words(n).some((w) => w.startsWith('peje'))),
      ),
    ].map((r) => r.id);
    expect(hits.map((h: any) => h.id).sort()).toEqual(expected.sort());
    // Exact matches first: the municipality by its name and its district by the town's name (one of the
    // district's alternative names), in name order.
    expect(hits[0]).toMatchObject({ kind: 'AREA', id: 'district-peja', name: 'Peja District', score: 3 });
    expect(hits[1]).toMatchObject({ kind: 'AREA', id: 'peje', name: 'Pejë', score: 3 });
    expect(hits[1].node).toEqual({ __typename: 'Area', id: 'peje', name: 'Pejë', level: 'MUNICIPALITY' });
    const scores = hits.map((h: any) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(hits.map((h: any) => h.kind))).toEqual(new Set(['AREA', 'ACTOR', 'PARTNERSHIP']));
    for (const hit of hits)
      expect(hit.node.__typename).toBe(
        { AREA: 'Area', ACTOR: 'Actor', PARTNERSHIP: 'Partnership' }[hit.kind as string],
      );
  });

  it('tells themes and target groups apart', async () => {
    const theme = seed.themes.find((t) => t.id === 'child-protection')!;
    const group = seed.targetGroups.find((g) => g.id === 'adolescents')!;
    const themeHit = (await search(theme.name)).data.search[0];
    const groupHit = (await search(group.name)).data.search[0];
    expect(themeHit).toMatchObject({
      kind: 'THEME',
      id: theme.id,
      node: { __typename: 'Theme', name: theme.name },
    });
    expect(groupHit).toMatchObject({
      kind: 'TARGET_GROUP',
      id: group.id,
      node: { __typename: 'TargetGroup', name: group.name },
    });
  });

  it('finds a partnership by words of its title', async () => {
    const hits = (await search('young voices')).data.search;
    expect(hits[0]).toMatchObject({
      kind: 'PARTNERSHIP',
      id: 'young-voices-survey-2021',
      node: { title: "'Young Voices' survey 2021" },
    });
  });

  it('returns at most `first` hits, 20 by default', async () => {
    const many = await search('municipality');
    expect(many.data.search).toHaveLength(20);
    expect((await search('municipality', 3)).data.search).toHaveLength(3);
    expect((await search('municipality', 0)).data.search).toEqual([]);
  });

  it('answers an empty list when nothing matches', async () => {
    expect((await search('zzzzqx')).data.search).toEqual([]);
  });

  it('rejects a query without letters or digits, and first over 500', async () => {
    expect(badInput(await search('  --- '))).toEqual([{ path: 'query', message: expect.any(String) }]);
    expect(badInput(await search('peje', 501))).toEqual([
      { path: 'first', message: expect.stringContaining('500') },
    ]);
  });
});
