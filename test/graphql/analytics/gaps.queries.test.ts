import { brokerage } from '../../../src/analytics/brokerage';
import { coverageGaps, type CoverageCell } from '../../../src/analytics/coverage';
import { networkGaps } from '../../../src/analytics/network-gaps';
import { reach } from '../../../src/analytics/reach';
import { recommendations } from '../../../src/analytics/recommendations';
import { networkFor, queryData, useTestApi } from '../../helpers/api';

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const idsOf = (items: { actor: { id: string } }[]) => items.map((i) => i.actor.id);

const CELL = 'area { id: slug } theme { id: slug } targetGroup { id: slug } actors: actorCount priority';
const cellRow = (c: CoverageCell) => ({
  area: { id: c.area.id },
  theme: { id: c.theme.id },
  targetGroup: c.targetGroup ? { id: c.targetGroup.id } : null,
  actors: c.actors,
  priority: c.priority ?? null,
});

describe('gap, reach and recommendation queries on the Kosovo seed', () => {
  const started = useTestApi();

  it('reach equals the pure reach on the same snapshot, with and without a filter', async () => {
    const api = started();
    for (const filter of [{}, { sectors: ['CIVIL_SOCIETY', 'CHILDREN_AND_YOUTH', 'GOVERNMENT'] as const }]) {
      const { reach: got } = await queryData(
        api,
        `query ($filter: NetworkFilter) { reach(actorId: "syri-i-vizionit", hops: 2, filter: $filter) {
          actors { actor { id: slug } hops } bySector { sector count: actorCount } areas { id: slug } themes { id: slug }
          targetGroups { group { id: slug } targeted reached } partnerships: partnershipCount } }`,
        { filter },
      );
      const expected = reach(
        await networkFor(api, { sectors: filter.sectors && [...filter.sectors] }),
        'syri-i-vizionit',
        2,
      );
      expect(got.actors).toEqual(expected.actors.map((a) => ({ actor: { id: a.actor.id }, hops: a.hops })));
      expect(got.bySector).toEqual(expected.bySector);
      expect(ids(got.areas)).toEqual(ids(expected.areas));
      expect(ids(got.themes)).toEqual(ids(expected.themes));
      expect(got.targetGroups).toEqual(
        expected.targetGroups.map((g) => ({
          group: { id: g.targetGroupId },
          targeted: g.targeted ?? null,
          reached: g.reached ?? null,
        })),
      );
      expect(got.partnerships).toBe(expected.partnerships);
      expect(got.actors.length).toBeGreaterThan(3);
    }
  });

  it('coverageGaps equals the pure report, by municipality and by region × target group', async () => {
    const api = started();
    const network = await networkFor(api);
    const cases = [
      { args: '', options: {} },
      {
        args: '(areaLevel: REGION, byTargetGroup: true, minActors: 3, includeParentAreas: true)',
        options: {
          areaLevel: 'REGION',
          byTargetGroup: true,
          minActors: 3,
          includeParentAreas: true,
        } as const,
      },
    ];
    for (const { args, options } of cases) {
      const { coverageGaps: got } = await queryData(
        api,
        `{ coverageGaps${args} { cells: cellCount coverage uncovered { ${CELL} } thin { ${CELL} }
            byArea { area { id: slug } coverage } byTheme { theme { id: slug } coverage } } }`,
      );
      const expected = coverageGaps(network, options);
      expect(got.cells).toBe(expected.cells);
      expect(got.coverage).toBeCloseTo(expected.coverage, 12);
      expect(got.uncovered).toEqual(expected.uncovered.map(cellRow));
      expect(got.thin).toEqual(expected.thin.map(cellRow));
      expect(got.byArea).toEqual(
        expected.byArea.map((a) => ({ area: { id: a.area.id }, coverage: a.coverage })),
      );
      expect(got.byTheme).toEqual(
        expected.byTheme.map((t) => ({ theme: { id: t.theme.id }, coverage: t.coverage })),
      );
    }
    const { coverageGaps: pejeOnly } = await queryData(
      api,
      '{ coverageGaps(filter: { areaIds: ["peje"], themeIds: ["child-protection"] }) { cells: cellCount byArea { area { id: slug } } } }',
    );
    expect(pejeOnly).toEqual({ cells: 1, byArea: [{ area: { id: 'peje' } }] });
  });

  it('networkGaps equals the pure report', async () => {
    const api = started();
    const { networkGaps: got } = await queryData(
      api,
      `{ networkGaps(voiceHops: 1) { eiIndex mixing { a b ties: tieCount } sectorPairsWithoutTies { a b } tripleHelixT
          quadrupleHelixT isolates { id: slug } voiceGap { id: slug } singleFunderDependent { id: slug }
          funderDependencies { actor { id: slug } funder { id: slug } partnerships: partnershipCount } actorEiIndex { actor { id: slug } value } } }`,
    );
    const expected = networkGaps(await networkFor(api), { voiceHops: 1 });
    expect(got.eiIndex).toBeCloseTo(expected.eiIndex!, 12);
    expect(got.mixing).toEqual(expected.mixing);
    expect(got.sectorPairsWithoutTies).toEqual(expected.sectorPairsWithoutTies);
    expect(got.tripleHelixT).toBeCloseTo(expected.tripleHelixT!, 12);
    expect(got.quadrupleHelixT).toBeCloseTo(expected.quadrupleHelixT!, 12);
    expect(ids(got.isolates)).toEqual(ids(expected.isolates));
    expect(ids(got.voiceGap)).toEqual(ids(expected.voiceGap));
    expect(ids(got.singleFunderDependent)).toEqual(ids(expected.singleFunderDependent));
    expect(got.funderDependencies).toEqual(
      expected.funderDependencies.map((d) => ({
        actor: { id: d.actor.id },
        funder: { id: d.funderId },
        partnerships: d.partnerships,
      })),
    );
    expect(got.actorEiIndex).toEqual(
      expected.actorEiIndex.map((x) => ({ actor: { id: x.actor.id }, value: x.value ?? null })),
    );
    expect(got.mixing.length).toBeGreaterThan(6);
  });

  it('brokerage and recommendations equal the pure lists', async () => {
    const api = started();
    const network = await networkFor(api);
    const { brokerage: got } = await queryData(
      api,
      '{ brokerage(top: 5) { actor { id: slug } coordinator: coordinatorCount itinerant: itinerantCount representative: representativeCount liaison: liaisonCount total: pairCount } }',
    );
    expect(got).toEqual(
      brokerage(network)
        .slice(0, 5)
        .map(({ actor, ...roles }) => ({ actor: { id: actor.id }, ...roles })),
    );
    expect(got[0].total).toBeGreaterThan(0);

    const { recommendations: found } = await queryData(
      api,
      `{ recommendations(actorId: "syri-i-vizionit", crossSectorOnly: true, top: 5) {
          actor { id: slug sector } score commonPartners { id: slug } } }`,
    );
    const expected = recommendations(network, 'syri-i-vizionit', { crossSectorOnly: true, top: 5 });
    expect(idsOf(found)).toEqual(idsOf(expected));
    expect(found.map((r: any) => r.score)).toEqual(expected.map((r) => r.score));
    expect(found.map((r: any) => ids(r.commonPartners))).toEqual(expected.map((r) => ids(r.commonPartners)));
    expect(found.every((r: any) => r.actor.sector !== 'CIVIL_SOCIETY')).toBe(true);
    expect(found).toHaveLength(5);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming them', async () => {
    const api = started();
    const cases: [string, string][] = [
      ['{ reach(actorId: "syri-i-vizionit", hops: 11) { partnerships: partnershipCount } }', 'hops'],
      ['{ reach(actorId: "syri-i-vizionit", hops: -1) { partnerships: partnershipCount } }', 'hops'],
      ['{ coverageGaps(minActors: 0) { cells: cellCount } }', 'minActors'],
      ['{ networkGaps(voiceHops: -1) { eiIndex } }', 'voiceHops'],
      ['{ brokerage(top: -1) { total: pairCount } }', 'top'],
      ['{ recommendations(actorId: "syri-i-vizionit", top: -3) { score } }', 'top'],
      ['{ networkGaps(filter: { themeIds: ["Not A Slug"] }) { eiIndex } }', 'filter.themeIds[0]'],
      [
        '{ coverageGaps(filter: { areaIds: ["peje", "Not A Slug"] }) { cells: cellCount } }',
        'filter.areaIds[1]',
      ],
    ];
    for (const [query, path] of cases) {
      const res = await api.graphql(query);
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions.issues.map((i: any) => i.path)).toEqual([path]);
    }
  });

  it('answers NOT_FOUND for an unknown actor, and an empty reach for one the filter leaves out', async () => {
    const api = started();
    for (const query of [
      '{ reach(actorId: "no-such-actor", hops: 1) { partnerships: partnershipCount } }',
      '{ recommendations(actorId: "no-such-actor") { score } }',
    ]) {
      const res = await api.graphql(query);
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe('actor "no-such-actor" does not exist');
    }
    const { reach: none } = await queryData(
      api,
      '{ reach(actorId: "syri-i-vizionit", hops: 3, filter: { sectors: [GOVERNMENT] }) { actors { hops } partnerships: partnershipCount } }',
    );
    expect(none).toEqual({ actors: [], partnerships: 0 });
  });
});

describe('gap and reach queries after a write', () => {
  const started = useTestApi();

  it('a write changes the cached result', async () => {
    const api = started();
    const query = `{ reach(actorId: "gapb-new-group", hops: 2) { actors { actor { id: slug } hops } partnerships: partnershipCount }
      recommendations(actorId: "gapb-new-group") { actor { id: slug } } }`;
    await queryData(api, 'mutation ($input: NetworkInput!) { upsertNetwork(input: $input) { revision } }', {
      input: {
        actors: [
          {
            id: 'gapb-new-group',
            name: 'Gap B new group',
            sector: 'CHILDREN_AND_YOUTH',
            kind: 'YOUTH_GROUP',
          },
        ],
      },
    });
    const before = await queryData(api, query);
    expect(before).toEqual({ reach: { actors: [], partnerships: 0 }, recommendations: [] });
    expect(await queryData(api, query)).toEqual(before); // served again, unchanged

    await queryData(api, 'mutation ($input: NetworkInput!) { upsertNetwork(input: $input) { revision } }', {
      input: {
        partnerships: [
          {
            id: 'gapb-new-partnership',
            title: 'Gap B new partnership',
            kind: 'ADVOCACY',
            participants: [
              { actorId: 'gapb-new-group', role: 'LEAD' },
              { actorId: 'syri-i-vizionit', role: 'PARTICIPANT' },
            ],
          },
        ],
      },
    });
    const after = await queryData(api, query);
    expect(after.reach.actors[0]).toEqual({ actor: { id: 'syri-i-vizionit' }, hops: 1 });
    expect(after.reach.partnerships).toBeGreaterThan(1);
    const expected = reach(await networkFor(api), 'gapb-new-group', 2);
    expect(idsOf(after.reach.actors)).toEqual(idsOf(expected.actors));
    expect(after.recommendations.length).toBeGreaterThan(0);
  });
});
