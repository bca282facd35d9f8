import { ValidationError } from '../../../src/domain';
import { importNetwork } from '../../../src/io/import';
import { lines, sampleFiles, useSeededStore } from './helpers';

const file = (name: string, ...rows: string[]) => ({ name, content: `${rows.join('\n')}\n` });

describe('CSV import', () => {
  const { store, run, problems } = useSeededStore();

  it('imports the sample files: names, ids and references resolved, counts stored', async () => {
    const report = await run('csv', await sampleFiles('csv'));
    expect(report).toMatchObject({
      rows: 17,
      created: 6,
      updated: 0,
      unchanged: 0,
      revision: 2,
      warnings: [],
    });
    expect(report.counts.actors).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const [qfr, lab] = await store().getMany('actors', [
      'qendra-per-femije-dhe-rini-peje',
      'kosovo-education-lab',
    ]);
    // No id column value: derived from the name, accents folded; "Civil society" → CIVIL_SOCIETY; "Pejë" → peje.
    expect(qfr).toEqual({
      id: 'qendra-per-femije-dhe-rini-peje',
      name: 'Qendra për Fëmijë dhe Rini Pejë',
      acronym: 'QFR',
      sector: 'CIVIL_SOCIETY',
      kind: 'NGO',
      description: 'Youth centre running after-school clubs in Pejë (illustrative sample record).',
      homeAreaId: 'peje',
      tags: ['illustrative', 'sample'],
      source: 'illustrative',
    });
    expect(lab).toMatchObject({ sector: 'ACADEMIA', kind: 'RESEARCH_INSTITUTE', homeAreaId: 'prishtine' });
    const [council] = await store().getMany('actors', ['prizren-youth-council']);
    expect(council?.contact).toBe('Youth council coordinator <council.prizren@example.org>');
    const [clubs, mentoring] = await store().getMany('partnerships', [
      'peje-after-school-clubs-2025',
      'prizren-youth-council-mentoring',
    ]);
    expect(clubs).toEqual({
      id: 'peje-after-school-clubs-2025',
      title: 'After-school clubs for adolescents in Pejë',
      kind: 'SERVICE_DELIVERY',
      startDate: '2025-01-15',
      endDate: '2025-12-31',
      description: 'Weekly clubs on life skills and participation (illustrative sample record).',
      // By acronym, by id, and by name ("Municipality of Pejë").
      participants: [
        { actorId: 'qendra-per-femije-dhe-rini-peje', role: 'LEAD' },
        { actorId: 'unicef-kosovo', role: 'FUNDER' },
        { actorId: 'municipality-peje', role: 'PARTICIPANT' },
      ],
      areaIds: ['peje'],
      themeIds: ['youth-participation', 'child-protection'],
      targetGroups: [
        { targetGroupId: 'adolescents', targeted: 1200, reached: 640 },
        { targetGroupId: 'girls', targeted: 600, reached: 310 },
      ],
      source: 'illustrative',
    });
    // Found by title in participants.csv; kind "Mentorship" → MENTORSHIP; a group listed without counts.
    expect(mentoring).toMatchObject({
      kind: 'MENTORSHIP',
      participants: [
        { actorId: 'syri-i-vizionit', role: 'LEAD' },
        { actorId: 'prizren-youth-council', role: 'PARTICIPANT' },
      ],
      areaIds: ['prizren'],
      targetGroups: [{ targetGroupId: 'adolescents' }],
    });
  });

  it('changes nothing, not even the revision, when the same files are imported again', async () => {
    const files = await sampleFiles('csv');
    const first = await run('csv', files);
    const again = await run('csv', files);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 6, revision: first.revision });
    expect(await store().revision()).toBe(first.revision);
  });

  it('dry run: reports what would change and writes nothing', async () => {
    const report = await run('csv', await sampleFiles('csv'), true);
    expect(report).toMatchObject({ dryRun: true, created: 6, updated: 0, unchanged: 0, revision: 1 });
    expect(await store().revision()).toBe(1);
    expect(await store().getMany('partnerships', ['peje-after-school-clubs-2025'])).toEqual([null]);
  });

  it('matches an actor without id to the stored one by name, case and accents ignored', async () => {
    const report = await run('csv', [
      file('actors.csv', 'name,sector,kind', 'SYRI I VIZIONIT,CIVIL_SOCIETY,NGO'),
      file('partnerships.csv', 'id,title,kind,areas', 'csv-match-test,Match test,ADVOCACY,PEJA district'),
      file('participants.csv', 'partnership,actor,role', 'csv-match-test,municipality of peje,LEAD'),
    ]);
    expect(report.counts.actors).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [siv] = await store().getMany('actors', ['syri-i-vizionit']);
    expect(siv).toMatchObject({ name: 'SYRI I VIZIONIT', sector: 'CIVIL_SOCIETY' });
    const [p] = await store().getMany('partnerships', ['csv-match-test']);
    expect(p).toMatchObject({ areaIds: ['district-peja'], participants: [{ actorId: 'municipality-peje' }] });
  });

  it('reports every problem of every file with its row and column, and writes nothing', async () => {
    const issues = await problems('csv', [
      file(
        'actors.csv',
        'id,name,sector,kind,home_area,website',
        'csv-err-ok,Fine Org,CIVIL_SOCIETY,NGO,,',
        'csv-err-a,,GOVERNMENT,MINISTRY,,',
        'Bad Id,Bad,GOVERNMENT,MINISTRY,,',
        'csv-err-b,Sector Typo,GOVERNANCE,MINISTRY,Atlantis,not-a-url',
        'csv-err-ok,Twice,CIVIL_SOCIETY,NGO,,',
      ),
      file(
        'partnerships.csv',
        'id,title,kind,start_date,end_date,themes,colour',
        'csv-err-p1,Dates wrong,ADVOCACY,2025-05-01,2025-01-01,,red',
        'csv-err-p2,Bad date,ADVOCACY,2025-02-30,,Underwater basket weaving,',
        'csv-err-p3,No participants,ADVOCACY,,,,',
      ),
      file(
        'participants.csv',
        'partnership,actor,role',
        'csv-err-p1,csv-err-ok,LEAD',
        'csv-err-p1,nobody-at-all,LEAD',
        'csv-err-p2,csv-err-ok,BOSS',
        'csv-err-missing,csv-err-ok,LEAD',
        'csv-err-p2,CLMA,MEMBER',
      ),
      file('partnership-groups.csv', 'partnership,target_group,targeted', 'csv-err-p1,adolescents,lots'),
    ]);
    expect(lines(issues)).toEqual([
      'actors.csv:row 3:name: must not be empty',
      'actors.csv:row 4:id: must be a slug: lower-case letters, digits and single hyphens (e.g. "syri-i-vizionit")',
      'actors.csv:row 5:home_area: no area has the id, name or acronym "Atlantis"',
      'actors.csv:row 5:sector: "GOVERNANCE" is not one of GOVERNMENT, ACADEMIA, PRIVATE_SECTOR, CIVIL_SOCIETY, CHILDREN_AND_YOUTH, INTERNATIONAL',
      'actors.csv:row 5:website: must be an http(s) URL',
      'actors.csv:row 6:id: duplicate actor id "csv-err-ok" (also at row 2)',
      'participants.csv:row 3:actor: no actor has the id, name or acronym "nobody-at-all"',
      'participants.csv:row 4:role: "BOSS" is not one of FUNDER, LEAD, IMPLEMENTER, TECHNICAL_PARTNER, PARTICIPANT, MEMBER',
      'participants.csv:row 5:partnership: partnership "csv-err-missing" is not in partnerships.csv (by id or title)',
      expect.stringMatching(/^participants\.csv:row 6:actor: "CLMA" names several actors \(clma-1, /),
      'partnership-groups.csv:row 2:targeted: must be a whole number ≥ 0, not "lots"',
      'partnerships.csv:row 2:end_date: must not be before startDate 2025-05-01',
      'partnerships.csv:row 3:start_date: must be an ISO date YYYY-MM-DD',
      'partnerships.csv:row 3:themes: no theme has the id, name or acronym "Underwater basket weaving"',
      'partnerships.csv:row 4:title: a partnership needs at least one participant',
    ]);
    expect(await store().revision()).toBe(1);
    expect(await store().getMany('actors', ['csv-err-ok'])).toEqual([null]);
  });

  it('maps a store reference problem (an area parent of the wrong level) back to its row', async () => {
    const issues = await problems('csv', [
      file('areas.csv', 'id,name,level,parent', 'csv-err-region,Some Region,REGION,peje'),
    ]);
    expect(lines(issues)).toEqual([
      'areas.csv:row 2:parent: a REGION cannot be inside "peje", a MUNICIPALITY',
    ]);
  });

  it('maps a reference problem the store finds at write time (a racing delete) back to its row', async () => {
    const files = [
      file('partnerships.csv', 'id,title,kind', 'csv-race-p,Race,ADVOCACY'),
      file(
        'participants.csv',
        'partnership,actor,role',
        'csv-race-p,unicef-kosovo,FUNDER',
        'csv-race-p,kdf,LEAD',
      ),
    ];
    // Another writer deletes kdf after the import validated its files and before it writes.
    const error = await importNetwork('csv', files, store(), {
      write: async (network) => {
        await store().write({ delete: { actorIds: ['kdf'] } });
        return store().write({ upsert: network });
      },
    }).then(
      () => undefined,
      (e: unknown) => e as ValidationError,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(lines(error!.issues)).toEqual(['participants.csv:row 3:actor: actor "kdf" does not exist']);
    expect(await store().getMany('partnerships', ['csv-race-p'])).toEqual([null]);
  });

  it('reports a missing required column at row 1 and an unknown file by name', async () => {
    const issues = await problems('csv', [
      file('actors.csv', 'id,name,kind', 'csv-col,Col,NGO'),
      file('people.csv', 'id', 'x'),
    ]);
    expect(lines(issues)).toEqual([
      'actors.csv:row 1:sector: required column is missing',
      expect.stringMatching(/^people\.csv: unknown CSV file; expected one of actors\.csv/),
    ]);
  });

  it('reads provenance, tags and date precision, and names the row and column of a bad evidence', async () => {
    await run('csv', [
      file(
        'actors.csv',
        'id,name,sector,kind,source,evidence,quote,reason',
        'csv-pv-doc,Documented org,CIVIL_SOCIETY,NGO,report.pdf,documented,"the Documented org",',
        'csv-pv-ill,Made-up org,ACADEMIA,UNIVERSITY,,Illustrative,,no such org is named',
      ),
      file(
        'partnerships.csv',
        'id,title,kind,start_date,end_date,source,evidence,quote,reason,tags,start_date_precision,end_date_precision',
        'csv-pv-p,Survey,RESEARCH_AND_DATA,2021-01-01,2021-12-31,report.pdf,INFERRED,conducted in 2021,who ran it is not said,survey;2021,year,YEAR',
      ),
      file(
        'participants.csv',
        'partnership,actor,role,source,evidence,quote,reason',
        'csv-pv-p,csv-pv-doc,LEAD,,,,',
        'csv-pv-p,csv-pv-ill,PARTICIPANT,other.pdf,ILLUSTRATIVE,,an example',
      ),
    ]);
    const [doc, ill] = await store().getMany('actors', ['csv-pv-doc', 'csv-pv-ill']);
    expect(doc?.provenance).toEqual({ evidence: 'DOCUMENTED', quote: 'the Documented org' });
    expect(ill?.provenance).toEqual({ evidence: 'ILLUSTRATIVE', reason: 'no such org is named' });
    const [p] = await store().getMany('partnerships', ['csv-pv-p']);
    expect(p).toMatchObject({
      provenance: { evidence: 'INFERRED', quote: 'conducted in 2021', reason: 'who ran it is not said' },
      tags: ['survey', '2021'],
      startDatePrecision: 'YEAR',
      endDatePrecision: 'YEAR',
      participants: [
        { actorId: 'csv-pv-doc', role: 'LEAD' },
        {
          actorId: 'csv-pv-ill',
          role: 'PARTICIPANT',
          provenance: { evidence: 'ILLUSTRATIVE', source: 'other.pdf', reason: 'an example' },
        },
      ],
    });
    const revision = await store().revision();
    const issues = await problems('csv', [
      file('actors.csv', 'id,name,sector,kind,evidence,reason', 'csv-pv-bad,Bad,CIVIL_SOCIETY,NGO,maybe,'),
      file('partnerships.csv', 'id,title,kind,evidence', 'csv-pv-q,Q,ADVOCACY,inferred'),
      file('participants.csv', 'partnership,actor,role', 'csv-pv-q,csv-pv-bad,LEAD'),
    ]);
    expect(lines(issues)).toEqual([
      'actors.csv:row 2:evidence: "MAYBE" is not one of DOCUMENTED, INFERRED, ILLUSTRATIVE',
      'partnerships.csv:row 2:evidence: an INFERRED fact needs the reason it is inferred',
    ]);
    expect(await store().revision()).toBe(revision);
  });

  it("reads area links' and dates' provenance, and names the row of a bad one", async () => {
    const peje = 'peje';
    await run('csv', [
      file('actors.csv', 'id,name,sector,kind', 'csv-al-a,Area link org,CIVIL_SOCIETY,NGO'),
      file(
        'partnerships.csv',
        'id,title,kind,start_date,end_date,areas,source,start_date_precision,start_date_evidence,start_date_quote,start_date_reason,end_date_evidence,end_date_quote',
        `csv-al-p,Workshop,ADVOCACY,2019-01-01,2019-05-14,prizren,story.pdf,APPROXIMATE,inferred,on 14 May 2019,a one-day workshop: its own day,documented,on 14 May 2019`,
      ),
      file('participants.csv', 'partnership,actor,role', 'csv-al-p,csv-al-a,LEAD'),
      file(
        'partnership-areas.csv',
        'partnership,area,source,evidence,quote,reason',
        'csv-al-p,prizren,story.pdf,INFERRED,in the region,the story names the region only',
        `csv-al-p,${peje},,ILLUSTRATIVE,,an example place`,
      ),
    ]);
    const [p] = await store().getMany('partnerships', ['csv-al-p']);
    expect(p).toMatchObject({
      // Pejë is linked through partnership-areas.csv alone: the link joins the partnership's areas.
      areaIds: ['prizren', peje],
      areaProvenance: [
        {
          areaId: 'prizren',
          provenance: {
            evidence: 'INFERRED',
            source: 'story.pdf',
            quote: 'in the region',
            reason: 'the story names the region only',
          },
        },
        { areaId: peje, provenance: { evidence: 'ILLUSTRATIVE', reason: 'an example place' } },
      ],
      startDatePrecision: 'APPROXIMATE',
      startDateProvenance: {
        evidence: 'INFERRED',
        quote: 'on 14 May 2019',
        reason: 'a one-day workshop: its own day',
      },
      endDateProvenance: { evidence: 'DOCUMENTED', quote: 'on 14 May 2019' },
    });
    const revision = await store().revision();
    const issues = await problems('csv', [
      file(
        'partnerships.csv',
        'id,title,kind,start_date,end_date_evidence',
        'csv-al-q,Q,ADVOCACY,2020-01-01,documented',
      ),
      file('participants.csv', 'partnership,actor,role', 'csv-al-q,csv-al-a,LEAD'),
      file(
        'partnership-areas.csv',
        'partnership,area,evidence,reason',
        'csv-al-q,prizren,inferred,',
        'csv-al-q,nowhere-at-all,documented,',
      ),
    ]);
    expect(lines(issues)).toEqual([
      'partnership-areas.csv:row 2:evidence: an INFERRED fact needs the reason it is inferred',
      'partnership-areas.csv:row 3:area: no area has the id, name or acronym "nowhere-at-all"',
      'partnerships.csv:row 2:end_date: is needed with endDatePrecision or endDateProvenance: they describe it',
    ]);
    expect(await store().revision()).toBe(revision);
  });
});

describe('CSV import of a row with more cells than the header', () => {
  const { store, problems } = useSeededStore();

  it('is an error naming the row, and nothing is written', async () => {
    const before = await store().revision();
    const issues = await problems('csv', [
      file(
        'actors.csv',
        'id,name,sector,kind',
        'extra-a,Extra A,Civil society,NGO',
        // A comma in the name without quotes: every later cell moves one column to the right.
        'extra-b,Save the Children, Kosovo,International,INGO',
        // Trailing empty cells (a spreadsheet's) lose nothing.
        'extra-c,Extra C,Civil society,NGO,,',
      ),
    ]);
    expect(issues).toContainEqual({
      path: 'actors.csv:row 3',
      message: 'has 5 cells, the header 4: is there a comma in a cell without quotes around it?',
    });
    expect(issues.filter((i) => /cells, the header/.test(i.message))).toHaveLength(1);
    expect(await store().revision()).toBe(before);
  });
});
