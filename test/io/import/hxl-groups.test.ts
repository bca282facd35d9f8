import { useSeededStore } from './helpers';

const sheet = (name: string, ...rows: string[]) => [{ name, content: `${rows.join('\n')}\n` }];

describe('HXL 3W counts by target group', () => {
  const { store, run } = useSeededStore();

  it('+f and +m columns count girls and boys (created when missing); an unknown attribute is not counted', async () => {
    const report = await run(
      'hxl',
      sheet(
        'hg-columns.csv',
        'Org,Activity,Municipality,Girls targeted,Boys targeted,Girls reached,Households,Start,End',
        '#org,#activity,#adm2,#targeted+f,#targeted+m,#reached+f,#targeted+hh,#date+start,#date+end',
        'Syri i Vizionit,HG homework club,Pejë,250,300,120,40,2025-01-01,2025-12-31',
        'Syri i Vizionit,HG reading club,Pejë,25,30,,4,2025-01-01,2025-12-31',
      ),
    );
    expect(report.counts.targetGroups).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const [club] = await store().getMany('partnerships', [
      'syri-i-vizionit-hg-homework-club-peje-2025-01-01-2025-12-31',
    ]);
    // Girls 250 targeted and 120 reached, boys 300; the 40 households are nobody's children.
    expect(club!.targetGroups).toEqual([
      { targetGroupId: 'girls', targeted: 250, reached: 120 },
      { targetGroupId: 'boys', targeted: 300 },
    ]);
    expect((await store().getMany('targetGroups', ['boys']))[0]).toEqual({
      id: 'boys',
      name: 'Boys',
      source: 'HXL #targeted+m',
    });
    // One message per problem: the missing group once, the unknown attribute once, whatever the rows.
    expect(report.warnings).toEqual([
      {
        file: 'hg-columns.csv',
        row: 3,
        column: '#targeted+m',
        message: 'target group "boys" (Boys) did not exist: created for #targeted+m',
      },
      {
        file: 'hg-columns.csv',
        row: 3,
        column: '#targeted+hh',
        message: '+hh names no target group in the mapping table: these counts are not imported',
      },
    ]);
  });

  it('rows of one activity, one per sex or age group, are one partnership with a group each', async () => {
    const report = await run(
      'hxl',
      sheet(
        'hg-rows.csv',
        'Org,Activity,Municipality,Sex,Targeted,Reached,Start,End',
        '#org,#activity,#adm2,#group+sex,#targeted,#reached,#date+start,#date+end',
        'Syri i Vizionit,HG club,Pejë,Female,250,200,2025-01-01,2025-12-31',
        'Syri i Vizionit,HG club,Pejë,Male,300,,2025-01-01,2025-12-31',
        'Syri i Vizionit,HG club,Pejë,Adolescents,80,75,2025-01-01,2025-12-31',
        'Syri i Vizionit,HG club,Pejë,Unknown,10,,2025-01-01,2025-12-31',
        'Syri i Vizionit,HG club,Pejë,girls,5,,2025-01-01,2025-12-31',
      ),
    );
    expect(report.counts.partnerships).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const [club] = await store().getMany('partnerships', [
      'syri-i-vizionit-hg-club-peje-2025-01-01-2025-12-31',
    ]);
    expect(club).toMatchObject({
      participants: [{ actorId: 'syri-i-vizionit', role: 'LEAD' }],
      areaIds: ['peje'],
      targetGroups: [
        { targetGroupId: 'girls', targeted: 255, reached: 200 },
        { targetGroupId: 'boys', targeted: 300 },
        { targetGroupId: 'adolescents', targeted: 80, reached: 75 },
      ],
    });
    expect(report.warnings.map((w) => `row ${w.row} ${w.column}: ${w.message}`)).toEqual([
      'row 4 #targeted: target group "boys" (Boys) did not exist: created for #targeted',
      'row 6 #group+sex: "Unknown" is not a group the import knows: this row\'s counts are not imported',
      'row 7 #targeted: counts targeted girls again for the activity of row 3: added up',
    ]);
  });
});
