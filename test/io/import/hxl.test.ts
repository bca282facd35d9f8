import { lines, sampleFiles, useSeededStore } from './helpers';

const sheet = (...rows: string[]) => [{ name: '3w-test.csv', content: `${rows.join('\n')}\n` }];
const HEADER = 'Org,Partner,Sector,District,Municipality,Activity,Targeted,Start,End';
const TAGS = '#org,#org+impl,#sector,#adm1,#adm2,#activity,#targeted+girls,#date+start,#date+end';

describe('HXL 3W import', () => {
  const { store, run, problems } = useSeededStore();

  it('imports the sample 3W sheet: a partnership per row, organisations matched or created', async () => {
    const report = await run('hxl', await sampleFiles('3w-kosovo.csv'));
    expect(report).toMatchObject({ rows: 4, revision: 2 });
    expect(report.counts.partnerships).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(report.counts.actors).toEqual({ created: 1, updated: 0, unchanged: 0 });
    // Rows count from the header (1) and the hashtag row (2): the fourth data row is row 6.
    expect(report.warnings).toEqual([
      expect.objectContaining({ file: '3w-kosovo.csv', row: 6, column: '#org+impl' }),
    ]);
    const id = 'unicef-kosovo-community-based-child-protection-referral-peje-2025-01-01-2025-12-31';
    const [p] = await store().getMany('partnerships', [id]);
    expect(p).toEqual({
      id,
      title: 'Community-based child protection referral',
      kind: 'SERVICE_DELIVERY',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      // "UNICEF" is the acronym of unicef-kosovo; "Sida" its name. The plain #org column names no role.
      participants: [
        {
          actorId: 'unicef-kosovo',
          role: 'LEAD',
          provenance: { evidence: 'INFERRED', quote: 'UNICEF', reason: '#org names no role: LEAD assumed' },
        },
        { actorId: 'syri-i-vizionit', role: 'IMPLEMENTER' },
        { actorId: 'sida', role: 'FUNDER' },
      ],
      areaIds: ['peje'],
      themeIds: ['child-protection'],
      targetGroups: [
        { targetGroupId: 'all-children', targeted: 900 },
        { targetGroupId: 'adolescents', reached: 310 },
      ],
      source: '3w-kosovo.csv',
      // A 3W row does not say its organisations work together: the partnership is read into it.
      provenance: {
        evidence: 'INFERRED',
        quote: 'Community-based child protection referral',
        reason: 'a 3W row (who does what, where) read as a partnership of its organisations',
      },
    });
    const [created] = await store().getMany('actors', ['femijet-parase']);
    expect(created).toEqual({
      id: 'femijet-parase',
      name: 'Fëmijët Parasë',
      sector: 'CIVIL_SOCIETY',
      kind: 'OTHER',
      tags: [],
      source: '3w-kosovo.csv',
      provenance: {
        evidence: 'INFERRED',
        quote: 'Fëmijët Parasë',
        reason: 'the file gives no organisation type: CIVIL_SOCIETY / OTHER assumed',
      },
    });
    // Day-first dates (01/02/2025) are read as ISO dates.
    const all = (await store().snapshot()).partnerships.filter((x) => x.source === '3w-kosovo.csv');
    expect(all.find((x) => x.areaIds[0] === 'prizren')).toMatchObject({
      startDate: '2025-02-01',
      endDate: '2025-11-30',
    });
  });

  it('re-importing the sheet changes nothing; a dry run writes nothing', async () => {
    const files = await sampleFiles('3w-kosovo.csv');
    expect(await run('hxl', files, true)).toMatchObject({ dryRun: true, created: 5, revision: 1 });
    expect(await store().revision()).toBe(1);
    await run('hxl', files);
    expect(await run('hxl', files)).toMatchObject({ created: 0, updated: 0, unchanged: 4, revision: 2 });
  });

  it('finds the hashtag row wherever it is and ignores tag attribute order and case', async () => {
    const report = await run(
      'hxl',
      sheet(
        'Who does what where, Kosovo 2025',
        'Org,Partner,Municipality,Girls',
        '#ORG,#org +impl,#adm2,#targeted+girls',
        'save the children in kosovo,HANDIKOS,Đakovica,35',
      ),
    );
    expect(report.counts.partnerships.created).toBe(1);
    const [p] = (await store().snapshot()).partnerships.filter((x) => x.source === '3w-test.csv');
    expect(p).toMatchObject({
      participants: [
        { actorId: 'save-the-children-kosovo', role: 'LEAD' },
        { actorId: 'handikos', role: 'IMPLEMENTER' },
      ],
      areaIds: ['gjakove'],
      targetGroups: [{ targetGroupId: 'girls', targeted: 35 }],
    });
  });

  it('takes a district by the names people use for its town: Albanian forms, Serbian, "District", "Rajoni i"', async () => {
    const regions = [
      'Prishtinë',
      'Prishtina',
      'Priština',
      'Prishtinë District',
      'Rajoni i Prishtinës',
      'PRISHTINA',
    ];
    const report = await run(
      'hxl',
      sheet(
        HEADER,
        TAGS,
        ...regions.map(
          (region, i) => `UNICEF,KDF,Child protection,${region},Podujevë,Row ${i},10,2025-01-01,2025-06-30`,
        ),
        // Where a municipality is asked for, "Prishtinë" is still the town, not its district.
        'UNICEF,KDF,Child protection,,Prishtinë,Town row,10,2025-01-01,2025-06-30',
      ),
    );
    expect(report.warnings.filter((w) => w.column === '#adm1' || w.column === '#adm2')).toEqual([]);
    const imported = (await store().snapshot()).partnerships.filter((x) => x.source === '3w-test.csv');
    expect(imported.map((p) => [p.title, p.areaIds])).toEqual(
      expect.arrayContaining([
        ...regions.map((_, i) => [`Row ${i}`, ['podujeve']]),
        ['Town row', ['prishtine']],
      ]),
    );
    expect(imported).toHaveLength(regions.length + 1);
  });

  it('reports every problem with its row (hashtag row counted) and hashtag, and writes nothing', async () => {
    const issues = await problems(
      'hxl',
      sheet(
        HEADER,
        TAGS,
        'UNICEF,KDF,Child protection,Peja,Pejë,Ok row,10,2025-01-01,2025-06-30',
        'UNICEF,KDF,Child protection,Prizren,Pejë,Wrong district,10,2025-01-01,2025-06-30',
        'UNICEF,KDF,Child protection,Peja,Atlantis,Unknown town,10,2025-01-01,2025-06-30',
        'UNICEF,KDF,Child protection,Peja,Pejë,Bad numbers,many,2025-13-01,2025-06-30',
        ',,Child protection,Peja,Pejë,Nobody,10,2025-01-01,2025-06-30',
        'UNICEF,KDF,Child protection,Peja,Pejë,Backwards,10,2025-06-30,2025-01-01',
        'UNICEF,KDF,Child protection,Peja,Pejë,End only,10,,2025-06-30',
      ),
    );
    expect(lines(issues)).toEqual([
      '3w-test.csv:row 4:#adm2: "Pejë" is not in "Prizren"',
      '3w-test.csv:row 5:#adm2: no municipality area has the id, name or acronym "Atlantis"',
      '3w-test.csv:row 6:#date+start: must be an ISO date YYYY-MM-DD',
      '3w-test.csv:row 6:#targeted+girls: must be a whole number ≥ 0, not "many"',
      '3w-test.csv:row 7:#org: a partnership needs at least one participant',
      '3w-test.csv:row 8:#date+end: must not be before startDate 2025-06-30',
      '3w-test.csv:row 9:#date+start: an end date (2025-06-30) but no start date: give #date+start, since a partnership with an end needs its start',
    ]);
    expect(await store().revision()).toBe(1);
  });

  it('refuses a sheet without a hashtag row', async () => {
    const issues = await problems('hxl', sheet('Org,Sector', 'UNICEF,Health'));
    expect(lines(issues)).toEqual([
      '3w-test.csv: no HXL hashtag row (a row of #org, #sector, #adm1… under the header) in the first 25 rows',
    ]);
  });
});
