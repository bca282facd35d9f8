import { lines, sampleFiles, useSeededStore } from './helpers';

const xml = (activities: string) => [
  {
    name: 'test-activities.xml',
    content: `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n${activities}\n</iati-activities>\n`,
  },
];

describe('IATI activity import', () => {
  const { store, run, problems } = useSeededStore();

  it('imports the sample activities: roles, dates, sectors and places mapped', async () => {
    const report = await run('iati', await sampleFiles('iati-activities.xml'));
    expect(report).toMatchObject({ rows: 3, revision: 2 });
    expect(report.counts.partnerships).toEqual({ created: 3, updated: 0, unchanged: 0 });
    // Sida and UNICEF Kosovo are found by name and given their IATI identifiers (@ref): updated.
    expect(report.counts.actors).toEqual({ created: 1, updated: 2, unchanged: 0 });
    const [referral, learning, ta] = await store().getMany('partnerships', [
      'xm-dac-41122-kos-2025-cp-01',
      'xm-dac-41122-kos-2025-ed-02',
      'se-0-se-6-2025-kos-cso',
    ]);
    expect(referral).toEqual({
      id: 'xm-dac-41122-kos-2025-cp-01',
      title: 'Strengthening municipal child protection referral in Pejë',
      kind: 'FUNDING',
      // Actual start (type 2) wins over planned (type 1); no actual end, so the planned end (type 3).
      startDate: '2025-02-03',
      endDate: '2026-06-30',
      endDateProvenance: {
        evidence: 'INFERRED',
        quote: '2026-06-30',
        reason: 'the file gives no actual end date: the planned one is taken',
      },
      description:
        'Case management training for social workers and a referral pathway between the Centre for Social Work, schools and family health centres (illustrative sample).',
      participants: [
        { actorId: 'sida', role: 'FUNDER' },
        { actorId: 'unicef-kosovo', role: 'LEAD' },
        { actorId: 'syri-i-vizionit', role: 'IMPLEMENTER' },
        { actorId: 'municipality-peje', role: 'IMPLEMENTER' },
      ],
      // The location is more precise than the recipient country, so it alone is kept.
      areaIds: ['peje'],
      themeIds: ['child-protection', 'child-rights-governance-and-monitoring'],
      targetGroups: [],
      source: 'IATI XM-DAC-41122-KOS-2025-CP-01',
      // An IATI activity names its organisations: documented by the activity.
      provenance: {
        evidence: 'DOCUMENTED',
        quote: 'Strengthening municipal child protection referral in Pejë',
      },
    });
    // "Prizren" is a district's and a municipality's name: the municipality; "Đakovica" is Gjakovë's other name.
    // The reporting org is the funder here, so it is not added again as LEAD.
    expect(learning).toMatchObject({
      areaIds: ['prizren', 'gjakove'],
      themeIds: ['inclusive-education'],
      participants: [
        { actorId: 'unicef-kosovo', role: 'FUNDER' },
        { actorId: 'mesti', role: 'LEAD' },
        { actorId: 'handikos', role: 'IMPLEMENTER' },
        { actorId: 'shoqata-prinderit-per-femijet', role: 'IMPLEMENTER' },
      ],
    });
    // Extending (3) is a FUNDER; D02 is technical assistance; XK is Kosovo.
    expect(ta).toMatchObject({
      kind: 'TECHNICAL_ASSISTANCE',
      startDate: '2024-09-01',
      areaIds: ['kosovo'],
      themeIds: ['youth-participation', 'child-rights-governance-and-monitoring'],
      participants: [
        { actorId: 'sida', role: 'FUNDER' },
        { actorId: 'save-the-children-kosovo', role: 'FUNDER' },
        { actorId: 'kdf', role: 'IMPLEMENTER' },
      ],
    });
    const [created] = await store().getMany('actors', ['shoqata-prinderit-per-femijet']);
    expect(created).toMatchObject({ sector: 'CIVIL_SOCIETY', kind: 'NGO', source: 'iati-activities.xml' });
    const [sida] = await store().getMany('actors', ['sida']);
    expect(sida!.identifiers).toEqual([{ scheme: 'IATI', id: 'SE-0' }]);
    // An unmapped DAC code is a warning, not an error; so is an identifier given to an actor found by name.
    const activity1 = {
      file: 'iati-activities.xml',
      record: 'activity 1 (XM-DAC-41122-KOS-2025-CP-01)',
      line: 4,
    };
    expect(report.warnings).toEqual([
      {
        ...activity1,
        column: 'reporting-org',
        message: 'actor "unicef-kosovo" ("UNICEF Kosovo") gets identifier IATI:XM-DAC-41122',
      },
      {
        ...activity1,
        column: 'participating-org[1]',
        message: 'actor "sida" ("Sida") gets identifier IATI:SE-0',
      },
      {
        file: 'iati-activities.xml',
        record: 'activity 3 (SE-0-SE-6-2025-KOS-CSO)',
        line: 84,
        column: 'sector[3]',
        message: 'sector code 99810 is not mapped to a theme',
      },
    ]);
  });

  it('re-importing changes nothing; a dry run writes nothing', async () => {
    const files = await sampleFiles('iati-activities.xml');
    expect(await run('iati', files, true)).toMatchObject({ dryRun: true, created: 4, revision: 1 });
    expect(await store().revision()).toBe(1);
    await run('iati', files);
    expect(await run('iati', files)).toMatchObject({ created: 0, updated: 0, unchanged: 3, revision: 2 });
  });

  it('reports every problem with the activity, its line and the element, and writes nothing', async () => {
    const issues = await problems(
      'iati',
      xml(`  <iati-activity>
    <iati-identifier>TEST-IATI-OK</iati-identifier>
    <title><narrative>Fine</narrative></title>
    <participating-org role="4"><narrative>KDF</narrative></participating-org>
  </iati-activity>
  <iati-activity>
    <iati-identifier>TEST-IATI-BAD</iati-identifier>
    <title><narrative>Bad role and dates</narrative></title>
    <participating-org role="7"><narrative>KDF</narrative></participating-org>
    <activity-date type="1" iso-date="2025-06-01"/>
    <activity-date type="3" iso-date="2025-01-01"/>
  </iati-activity>
  <iati-activity>
    <title><narrative>No identifier</narrative></title>
    <participating-org role="1"><narrative>Sida</narrative></participating-org>
  </iati-activity>`),
    );
    expect(lines(issues)).toEqual([
      'test-activities.xml:activity 2 (TEST-IATI-BAD) line 8:activity-date: must not be before startDate 2025-06-01',
      'test-activities.xml:activity 2 (TEST-IATI-BAD) line 8:participating-org: a partnership needs at least one participant',
      'test-activities.xml:activity 2 (TEST-IATI-BAD) line 8:participating-org[1]/@role: role must be one of 1 (Funding), 2 (Accountable), 3 (Extending), 4 (Implementing), or in IATI 1.0x its word, not "7"',
      'test-activities.xml:activity 3 line 15:iati-identifier: every activity needs an iati-identifier',
    ]);
    expect(await store().revision()).toBe(1);
  });

  it('refuses an activity with an end date but no start, in one message, writing nothing', async () => {
    const issues = await problems(
      'iati',
      xml(`<iati-activity>
    <iati-identifier>TEST-IATI-END</iati-identifier>
    <title><narrative>End only</narrative></title>
    <participating-org role="1"><narrative>Sida</narrative></participating-org>
    <activity-date type="3" iso-date="2025-06-30"/>
  </iati-activity>`),
    );
    expect(lines(issues)).toEqual([
      'test-activities.xml:activity 1 (TEST-IATI-END) line 3:activity-date: an end date but no start date (activity-date type 1 or 2, which the IATI Standard asks for): a partnership with an end needs its start',
    ]);
    expect(await store().revision()).toBe(1);
  });

  it('reports XML that is not well formed with its line', async () => {
    const issues = await problems('iati', xml('<iati-activity><title></iati-activity>'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toMatch(/^test-activities\.xml:XML line 3$/);
    expect(issues[0]!.message).toMatch(/^not well-formed XML: /);
  });
});

describe('IATI import of a file declaring XML entities', () => {
  const { store, problems } = useSeededStore();
  const activities = (doctype: string, title: string) => ({
    name: 'entities.xml',
    content: `<?xml version="1.0"?>
${doctype}
<iati-activities version="2.03">
  <iati-activity>
    <iati-identifier>XM-ENTITY-1</iati-identifier>
    <title><narrative>${title}</narrative></title>
  </iati-activity>
</iati-activities>
`,
  });

  it('refuses an external entity, naming the line, without reading what it names', async () => {
    const before = await store().revision();
    const issues = await problems('iati', [
      activities('<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>', '&xxe;'),
    ]);
    expect(issues).toEqual([
      {
        path: 'entities.xml:XML line 2',
        message:
          'an external XML entity (<!ENTITY … SYSTEM/PUBLIC>) is refused: it would make the importer read another file or address',
      },
    ]);
    expect(await store().revision()).toBe(before);
  });

  it('refuses an entity bomb with a clear message instead of storing "&lol9;"', async () => {
    const lols = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('\n');
    const issues = await problems('iati', [
      activities(`<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lols}\n]>`, '&lol9;'),
    ]);
    expect(issues).toEqual([
      {
        path: 'entities.xml:XML line 3',
        message:
          'XML entity declarations (<!ENTITY …>) are refused: an IATI file needs none, and nested ones expand into gigabytes (an entity bomb)',
      },
    ]);
  });
});
