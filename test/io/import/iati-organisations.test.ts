import { lines, useSeededStore } from './helpers';

/** A one-file IATI 2.03 document of the given activities, named `name`. */
const xml = (name: string, activities: string, version = '2.03') => [
  {
    name,
    content: `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="${version}">\n${activities}\n</iati-activities>\n`,
  },
];
const org = (element: string, attributes: string, name?: string) =>
  name === undefined
    ? `<${element} ${attributes}/>`
    : `<${element} ${attributes}><narrative>${name}</narrative></${element}>`;
const activity = (identifier: string, body: string) =>
  `<iati-activity><iati-identifier>${identifier}</iati-identifier><title><narrative>${identifier}</narrative></title>${body}</iati-activity>`;

describe('IATI organisations: identifier first, across files and imports', () => {
  const { store, run, problems } = useSeededStore();

  it('one actor per identifier: named two ways in one file, by ref only, then named in a later file', async () => {
    const first = await run(
      'iati',
      xml(
        'io-first.xml',
        activity(
          'XI-IO-1',
          org('reporting-org', 'ref="XI-IO-FUND" type="60"', 'Fund for Children') +
            org(
              'participating-org',
              'ref="XI-IO-FUND" role="1" type="60"',
              'The Fund for Children Foundation',
            ) +
            org('participating-org', 'ref="XI-IO-KIDS" role="4"'),
        ),
      ),
    );
    expect(first.counts.actors).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const [p1] = await store().getMany('partnerships', ['xi-io-1']);
    // The reporting-org funds (role 1), so it is not LEAD as well.
    expect(p1!.participants).toEqual([
      { actorId: 'fund-for-children', role: 'FUNDER' },
      { actorId: 'xi-io-kids', role: 'IMPLEMENTER' },
    ]);
    const [kids] = await store().getMany('actors', ['xi-io-kids']);
    expect(kids).toMatchObject({ name: 'XI-IO-KIDS', identifiers: [{ scheme: 'IATI', id: 'XI-IO-KIDS' }] });
    expect(first.warnings.map((w) => `${w.column}: ${w.message}`)).toEqual([
      'participating-org[1]: "The Fund for Children Foundation" is taken as actor "fund-for-children" ("Fund for Children"), which has its identifier IATI:XI-IO-FUND',
      'participating-org[2]: new actor "XI-IO-KIDS" created as CIVIL_SOCIETY / OTHER: its type is not given; correct it later',
      'participating-org[2]: organisation given only by its identifier: actor "xi-io-kids" is named "XI-IO-KIDS" until a file names it',
    ]);

    const second = await run(
      'iati',
      xml(
        'io-second.xml',
        activity(
          'XI-IO-2',
          org('participating-org', 'ref="xi-io-fund" role="1"', 'FfC') +
            org('participating-org', 'ref="XI-IO-KIDS" role="4" type="22"', 'Kids Network Kosovo'),
        ),
      ),
    );
    // No actor created: the ref-only one keeps its id and takes its name; FfC is the fund (case ignored).
    expect(second.counts.actors).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [p2] = await store().getMany('partnerships', ['xi-io-2']);
    expect(p2!.participants).toEqual([
      { actorId: 'fund-for-children', role: 'FUNDER' },
      { actorId: 'xi-io-kids', role: 'IMPLEMENTER' },
    ]);
    const [renamed] = await store().getMany('actors', ['xi-io-kids']);
    expect(renamed).toMatchObject({
      name: 'Kids Network Kosovo',
      identifiers: [{ scheme: 'IATI', id: 'XI-IO-KIDS' }],
    });
    expect(second.warnings.map((w) => w.message)).toEqual([
      '"FfC" is taken as actor "fund-for-children" ("Fund for Children"), which has its identifier IATI:XI-IO-FUND',
      'actor "xi-io-kids", known so far by its identifier only, is named "Kids Network Kosovo"',
    ]);
    // Found by its identifier through the API's filter and search as well.
    const page = await store().listActors(
      { identifiers: [{ scheme: 'IATI', id: 'XI-IO-KIDS' }] },
      { field: 'ID', direction: 'ASC' },
      { first: 10 },
    );
    expect(page.edges.map((e) => e.node.id)).toEqual(['xi-io-kids']);
  });

  it('a ref-only organisation named in a second file of the same import is one actor, with no warning left', async () => {
    const report = await run('iati', [
      ...xml('io-a.xml', activity('XI-IO-A', org('participating-org', 'ref="XI-IO-NEW" role="4" type="22"'))),
      ...xml(
        'io-b.xml',
        activity('XI-IO-B', org('participating-org', 'ref="XI-IO-NEW" role="1" type="22"', 'New Partner')),
      ),
    ]);
    expect(report.counts.actors).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const [actor] = await store().getMany('actors', ['xi-io-new']);
    expect(actor).toMatchObject({ name: 'New Partner', identifiers: [{ scheme: 'IATI', id: 'XI-IO-NEW' }] });
    expect(report.warnings).toEqual([]);
  });

  it('two stored actors shown to be one organisation: proposed, shown by a dry run, merged only when asked', async () => {
    // The seed's "Sida" has no identifier; another actor has Sida's IATI identifier.
    await store().write({
      upsert: {
        actors: [
          {
            id: 'io-swedish-agency',
            name: 'Swedish International Development Cooperation Agency',
            sector: 'INTERNATIONAL',
            kind: 'DONOR',
            identifiers: [{ scheme: 'IATI', id: 'SE-0' }],
          },
        ],
      },
    });
    const file = xml(
      'io-merge.xml',
      activity(
        'XI-IO-M',
        org('participating-org', 'ref="SE-0" role="1" type="10"', 'Sida') +
          org('participating-org', 'role="4" type="22"', 'Syri i Vizionit'),
      ),
    );
    const proposed = await run('iati', file, true);
    expect(proposed.merges).toEqual([
      { from: 'sida', into: 'io-swedish-agency', identifier: 'IATI:SE-0', applied: false },
    ]);
    expect(proposed.warnings.map((w) => w.message)).toContain(
      'actors "sida" and "io-swedish-agency" are one organisation (IATI:SE-0): this import refers to "io-swedish-agency"; import with mergeActors (npm run import -- --merge-actors) to merge "sida" into it',
    );
    const before = await store().revision();
    const dryMerge = await run('iati', file, true, true);
    expect(dryMerge.merges).toEqual([
      { from: 'sida', into: 'io-swedish-agency', identifier: 'IATI:SE-0', applied: true },
    ]);
    expect(await store().revision()).toBe(before);
    expect((await store().getMany('actors', ['sida']))[0]).not.toBeNull();

    await run('iati', file, false, true);
    const [sida, agency] = await store().getMany('actors', ['sida', 'io-swedish-agency']);
    expect(sida).toBeNull();
    // The kept actor gains what it lacked: the seed actor's acronym, description and tags.
    expect(agency).toMatchObject({
      acronym: 'Sida',
      tags: ['bilateral-donor'],
      identifiers: [{ scheme: 'IATI', id: 'SE-0' }],
    });
    const [seeded, imported] = await store().getMany('partnerships', [
      'sida-funded-cso-strengthening-programme',
      'xi-io-m',
    ]);
    // The seed's participation moves to the kept actor with its provenance.
    expect(seeded!.participants).toContainEqual({
      actorId: 'io-swedish-agency',
      role: 'FUNDER',
      provenance: { evidence: 'DOCUMENTED', quote: 'Sida-funded CSO Strengthening Programme' },
    });
    expect(seeded!.participants.some((p) => p.actorId === 'sida')).toBe(false);
    expect(imported!.participants).toEqual([
      { actorId: 'io-swedish-agency', role: 'FUNDER' },
      { actorId: 'syri-i-vizionit', role: 'IMPLEMENTER' },
    ]);
  });

  it('a grantee named only in transactions joins; commitments and disbursements are summed', async () => {
    const transaction = (type: string, value: string, currency = '', receiver = '') =>
      `<transaction><transaction-type code="${type}"/><value${currency && ` currency="${currency}"`}>${value}</value>` +
      org('provider-org', 'ref="XI-IO-DONOR"', 'Donor') +
      (receiver || org('receiver-org', 'ref="XI-IO-GRANTEE" type="22"', 'Grantee Association')) +
      '</transaction>';
    const report = await run(
      'iati',
      xml(
        'io-transactions.xml',
        activity(
          'XI-IO-T',
          org('reporting-org', 'ref="XI-IO-DONOR" type="10"', 'Donor') +
            '<default-aid-type code="1" vocabulary="2"/><default-aid-type code="D02" vocabulary="1"/>' +
            '<sector vocabulary="1" code="11182"/><recipient-region code="89" vocabulary="1"/>' +
            transaction('2', '10000') +
            transaction('3', '2500.5') +
            transaction('3', '1499.5') +
            transaction('3', '700', 'USD') +
            transaction('4', '300', '', org('receiver-org', 'type="70"', 'Print Shop')),
        ).replace('<iati-activity>', '<iati-activity default-currency="EUR">'),
      ),
    );
    const [p] = await store().getMany('partnerships', ['xi-io-t']);
    expect(p).toMatchObject({
      // D02 (other technical assistance) is read in its vocabulary though an earmarking code comes first.
      kind: 'TECHNICAL_ASSISTANCE',
      // 11182 (educational research) is not in the table: its category 111 (education) is.
      themeIds: ['inclusive-education'],
      participants: [
        { actorId: 'donor', role: 'FUNDER' }, // provider of the commitment: the reporting-org takes part, no LEAD
        { actorId: 'grantee-association', role: 'IMPLEMENTER' },
        { actorId: 'print-shop', role: 'PARTICIPANT' }, // paid for goods or services (Expenditure)
      ],
      currency: 'EUR',
      totalCommitment: 10000,
      totalDisbursement: 4000, // 2500.5 + 1499.5; the USD one left out
    });
    expect(report.warnings.map((w) => `${w.column}: ${w.message}`)).toEqual([
      'transaction[4]/value: in USD, not EUR as the transactions before: left out of the totals',
      'recipient-region[1]: recipient region "89" (vocabulary 1: Europe, regional) matches no area',
    ]);
  });

  it('refuses a version it does not read, naming it, and reports a bad 1.0x role once', async () => {
    expect(lines(await problems('iati', xml('io-v.xml', activity('XI-IO-V', ''), '3.01')))).toEqual([
      'io-v.xml:iati-activities/@version: IATI version 3.01 is not supported: this importer reads versions 1.01–1.05 and 2.01–2.03',
    ]);
    const bad = xml(
      'io-r.xml',
      activity('XI-IO-R', '<participating-org role="Sponsoring">A Sponsor</participating-org>'),
      '1.03',
    );
    expect(lines(await problems('iati', bad))).toEqual([
      'io-r.xml:activity 1 (XI-IO-R) line 3:participating-org: a partnership needs at least one participant',
      'io-r.xml:activity 1 (XI-IO-R) line 3:participating-org[1]/@role: role must be one of 1 (Funding), 2 (Accountable), 3 (Extending), 4 (Implementing), or in IATI 1.0x its word, not "Sponsoring"',
    ]);
  });
});
