import { lines, useSeededStore } from './helpers';

const network = (value: unknown, name = 'network.json') => [{ name, content: JSON.stringify(value) }];

const valid = {
  actors: [
    { id: 'json-imp-ngo', name: 'JSON Import NGO', sector: 'CIVIL_SOCIETY', kind: 'NGO', homeAreaId: 'peje' },
  ],
  partnerships: [
    {
      id: 'json-imp-p',
      title: 'JSON import partnership',
      kind: 'ADVOCACY',
      startDate: '2025-01-01',
      participants: [
        { actorId: 'json-imp-ngo', role: 'LEAD' },
        { actorId: 'unicef-kosovo', role: 'FUNDER' },
      ],
      areaIds: ['peje'],
      themeIds: ['child-protection'],
      targetGroups: [{ targetGroupId: 'girls', targeted: 40 }],
    },
  ],
};

describe('JSON import', () => {
  const { store, run, problems } = useSeededStore();

  it('imports our NetworkInput shape and stores it as given', async () => {
    const report = await run('json', network(valid));
    expect(report).toMatchObject({ rows: 2, created: 2, revision: 2 });
    const [p] = await store().getMany('partnerships', ['json-imp-p']);
    expect(p).toEqual({ ...valid.partnerships[0] });
    const [a] = await store().getMany('actors', ['json-imp-ngo']);
    expect(a).toEqual({ ...valid.actors[0], tags: [] });
  });

  it('is idempotent and has a dry run', async () => {
    expect(await run('json', network(valid), true)).toMatchObject({ dryRun: true, created: 2, revision: 1 });
    expect(await store().revision()).toBe(1);
    await run('json', network(valid));
    expect(await run('json', network(valid))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
      revision: 2,
    });
  });

  it('reports field and reference problems together, at the file paths, and writes nothing', async () => {
    const issues = await problems(
      'json',
      network({
        actors: [
          { id: 'json-bad-a', name: 'A', sector: 'GOVERNMENT', kind: 'MINISTRY', homeAreaId: 'atlantis' },
        ],
        partnerships: [
          {
            id: 'json-bad-p',
            title: 'P',
            kind: 'ADVOCACY',
            participants: [{ actorId: 'nobody', role: 'LEAD' }],
            themeIds: ['json-bad-theme'],
            targetGroups: [{ targetGroupId: 'girls', targeted: -3 }],
          },
        ],
        colours: [],
      }),
    );
    expect(lines(issues)).toEqual([
      'network.json:actors[0].homeAreaId: area "atlantis" does not exist',
      'network.json:colours: unknown field',
      'network.json:partnerships[0].participants[0].actorId: actor "nobody" does not exist',
      'network.json:partnerships[0].targetGroups[0].targeted: must be ≥ 0',
      'network.json:partnerships[0].themeIds[0]: theme "json-bad-theme" does not exist',
    ]);
    expect(await store().revision()).toBe(1);
  });

  it('takes every provenance field, and refuses an inference without its reason, writing nothing', async () => {
    const withProvenance = {
      actors: [
        {
          id: 'json-pv-ngo',
          name: 'JSON Provenance NGO',
          sector: 'CIVIL_SOCIETY',
          kind: 'NGO',
          identifiers: [{ scheme: 'IATI', id: 'XI-JSON-PV' }],
          source: 'report.pdf',
          provenance: { evidence: 'ILLUSTRATIVE', reason: 'an example organisation' },
        },
      ],
      partnerships: [
        {
          id: 'json-pv-p',
          title: 'JSON provenance partnership',
          kind: 'ADVOCACY',
          startDate: '2021-01-01',
          participants: [
            {
              actorId: 'json-pv-ngo',
              role: 'LEAD',
              provenance: { evidence: 'INFERRED', quote: 'led by', reason: 'the lead is not named' },
            },
            { actorId: 'unicef-kosovo', role: 'FUNDER' },
          ],
          areaIds: ['peje', 'prizren'],
          themeIds: [],
          targetGroups: [],
          source: 'report.pdf',
          currency: 'EUR',
          totalCommitment: 1200,
          provenance: { evidence: 'DOCUMENTED', quote: 'a campaign in 2021' },
          tags: ['campaign'],
          startDatePrecision: 'YEAR',
          areaProvenance: [
            {
              areaId: 'prizren',
              provenance: { evidence: 'INFERRED', source: 'map.pdf', reason: 'shown on its map only' },
            },
          ],
        },
      ],
    };
    await run('json', network(withProvenance));
    const [p] = await store().getMany('partnerships', ['json-pv-p']);
    expect(p).toEqual(withProvenance.partnerships[0]);
    const [a] = await store().getMany('actors', ['json-pv-ngo']);
    expect(a).toEqual({ ...withProvenance.actors[0], tags: [] });

    const before = await store().revision();
    const bad = structuredClone(withProvenance);
    bad.partnerships[0]!.participants[0]!.provenance = { evidence: 'INFERRED', quote: 'led by' } as never;
    bad.actors[0]!.name = 'Renamed';
    expect(lines(await problems('json', network(bad)))).toEqual([
      'network.json:partnerships[0].participants[0].provenance.reason: an INFERRED fact needs the reason it is inferred',
    ]);
    expect(await store().revision()).toBe(before);
    expect((await store().getMany('actors', ['json-pv-ngo']))[0]!.name).toBe('JSON Provenance NGO');
  });

  it('reports a file that is not JSON', async () => {
    const issues = await problems('json', [{ name: 'broken.json', content: '{ "actors": [' }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('broken.json');
    expect(issues[0]!.message).toMatch(/^cannot read JSON: /);
  });
});
