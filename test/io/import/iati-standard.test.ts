import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useSeededStore } from './helpers';

/**
 * The IATI Standard's own annotated example activity (fixtures/README.md says where it comes from), read
 * element by element: every expected value below was taken from the file by hand, with the line it is on.
 */
const fixture = async (name: string) => [
  { name, content: await readFile(join(__dirname, 'fixtures', name), 'utf8') },
];

const IATI_203 = 'iati-2.03-activity-standard-example-annotated.xml';
const IATI_105 = 'iati-1.05-activity-standard-example-annotated.xml';

describe('the IATI Standard annotated example activity', () => {
  const { store, run } = useSeededStore();

  it('2.03: every participating organisation, role, date and sector as the file says', async () => {
    const report = await run('iati', await fixture(IATI_203));
    expect(report).toMatchObject({ rows: 1, merges: [] });
    // Three organisations: AA-AAA-123456789 is the reporting-org ("Organisation name", l.16) and the
    // participating-org "Name of Agency A" (l.52) and the transaction's receiver "Agency A" (l.275): one actor.
    expect(report.counts.actors).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(report.counts.partnerships).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const [p] = await store().getMany('partnerships', ['aa-aaa-123456789-abc123']);
    expect(p).toEqual({
      id: 'aa-aaa-123456789-abc123', // <iati-identifier> l.11
      title: 'Activity title', // the English narrative, l.23
      // default-aid-type A01 (vocabulary 1, l.222) is budget support: not a kind of ours, so FUNDING; the
      // code "1" of vocabulary 2 (earmarking, l.223) is not an aid type.
      kind: 'FUNDING',
      // activity-date type 2 (actual start) 2012-04-28 (l.74) wins over type 1 (planned) 2012-04-15 (l.70);
      // no actual end, so type 3 (planned end) 2015-12-31 (l.75).
      startDate: '2012-04-28',
      endDate: '2015-12-31',
      endDateProvenance: {
        evidence: 'INFERRED',
        quote: '2015-12-31',
        reason: 'the file gives no actual end date: the planned one is taken',
      },
      description:
        'General activity description text.  Long description of the activity with no particular structure.',
      participants: [
        { actorId: 'name-of-agency-b', role: 'FUNDER' }, // role 1, Funding (l.45)
        { actorId: 'name-of-agency-c', role: 'LEAD' }, // role 2, Accountable (l.48)
        { actorId: 'organisation-name', role: 'FUNDER' }, // role 3, Extending (l.51)
        // The reporting-org takes part already (Extending), so it is not also LEAD; the transaction's
        // provider (BB) and receiver (AA) are declared participants and keep their declared roles.
      ],
      areaIds: [], // Afghanistan, Antigua, South America and Kandahar are no areas of ours
      // sector vocabulary 2 (DAC 3-digit) 111 and 112 (l.162-163) are both education; vocabulary 99 is not read.
      themeIds: ['inclusive-education'],
      targetGroups: [],
      source: 'IATI AA-AAA-123456789-ABC123',
      provenance: { evidence: 'DOCUMENTED', quote: 'Activity title' }, // the file states the activity
      // The only transaction is Incoming Funds (type 1, l.266): neither a commitment nor a disbursement.
    });
    const actors = await store().getMany('actors', [
      'organisation-name',
      'name-of-agency-b',
      'name-of-agency-c',
    ]);
    expect(actors).toEqual([
      {
        id: 'organisation-name',
        name: 'Organisation name', // its own name as reporting-org; type 40 Multilateral (l.15)
        sector: 'INTERNATIONAL',
        kind: 'UN_AGENCY',
        tags: [],
        identifiers: [{ scheme: 'IATI', id: 'AA-AAA-123456789' }],
        source: IATI_203,
        provenance: { evidence: 'DOCUMENTED', quote: 'Organisation name' }, // named and typed by the file
      },
      {
        id: 'name-of-agency-b',
        name: 'Name of Agency B',
        sector: 'INTERNATIONAL', // type 40 (l.45)
        kind: 'UN_AGENCY',
        tags: [],
        identifiers: [{ scheme: 'IATI', id: 'BB-BBB-123456789' }],
        source: IATI_203,
        provenance: { evidence: 'DOCUMENTED', quote: 'Name of Agency B' },
      },
      {
        id: 'name-of-agency-c',
        name: 'Name of Agency C',
        sector: 'GOVERNMENT', // type 10 (l.48)
        kind: 'AGENCY',
        tags: [],
        identifiers: [{ scheme: 'IATI', id: 'CC-CCC-123456789' }],
        source: IATI_203,
        provenance: { evidence: 'DOCUMENTED', quote: 'Name of Agency C' },
      },
    ]);
    const at = { file: IATI_203, record: 'activity 1 (AA-AAA-123456789-ABC123)', line: 8 };
    expect(report.warnings).toEqual([
      {
        ...at,
        column: 'participating-org[3]',
        message:
          '"Name of Agency A" is taken as actor "organisation-name" ("Organisation name"), which has its identifier IATI:AA-AAA-123456789',
      },
      {
        ...at,
        column: 'transaction[1]/provider-org',
        message:
          '"Agency B" is taken as actor "name-of-agency-b" ("Name of Agency B"), which has its identifier IATI:BB-BBB-123456789',
      },
      {
        ...at,
        column: 'transaction[1]/receiver-org',
        message:
          '"Agency A" is taken as actor "organisation-name" ("Organisation name"), which has its identifier IATI:AA-AAA-123456789',
      },
      {
        ...at,
        column: 'location[1]',
        message: 'location "Location name" (administrative G1:1453782) matches no area',
      },
      {
        ...at,
        column: 'location[2]',
        message: 'location "Location #2 name" (administrative G1:1453782) matches no area',
      },
      { ...at, column: 'recipient-country[1]', message: 'recipient country "AF" matches no area' },
      { ...at, column: 'recipient-country[2]', message: 'recipient country "AG" matches no area' },
      {
        ...at,
        column: 'recipient-region[1]',
        message: 'recipient region "489" (vocabulary 1: South America, regional) matches no area',
      },
      {
        ...at,
        column: 'recipient-region[2]',
        message: 'recipient region "A1" (vocabulary 99) matches no area',
      },
      {
        ...at,
        column: 'sector[3]',
        message:
          'sector vocabulary 99 is not mapped to themes (only OECD DAC codes are: vocabularies 1 and 2)',
      },
    ]);
  });

  it('1.05: role words, date types and DAC vocabulary names read; the same organisations as 2.03', async () => {
    await run('iati', await fixture(IATI_203));
    const report = await run('iati', await fixture(IATI_105));
    // The same identifiers, other names ("Agency B", "Organisation Name"): no new actor.
    expect(report.counts.actors).toEqual({ created: 0, updated: 0, unchanged: 0 });
    const [p] = await store().getMany('partnerships', ['aa-aaa-123456789-abc123']);
    expect(p).toMatchObject({
      title: 'Activity title',
      kind: 'FUNDING', // default-aid-type A01 (l.97)
      startDate: '2012-04-28', // start-actual (l.29)
      endDate: '2015-12-31', // end-planned (l.30)
      participants: [
        { actorId: 'name-of-agency-b', role: 'FUNDER' }, // Funding (l.44)
        { actorId: 'name-of-agency-c', role: 'FUNDER' }, // Extending (l.45)
        { actorId: 'organisation-name', role: 'IMPLEMENTER' }, // Implementing (l.46); reporting-org, so no LEAD
      ],
      themeIds: ['inclusive-education'], // sector 11110, vocabulary DAC (l.75)
      areaIds: [],
    });
  });
});
