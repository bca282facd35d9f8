import { useSeededStore } from './helpers';

/** What an IATI import states as the file says it (DOCUMENTED) and what it derives (INFERRED, with why). */
const file = (activity: string) => [
  {
    name: 'iati-provenance.xml',
    content: `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n${activity}\n</iati-activities>\n`,
  },
];

describe('IATI import provenance', () => {
  const { store, run } = useSeededStore();

  it('marks the reporting-org as lead, transaction roles, planned dates, coded places and provisional names as inferred', async () => {
    await run(
      'iati',
      file(
        '<iati-activity><iati-identifier>XI-PV-1</iati-identifier>' +
          '<reporting-org ref="XI-PV-OWNER" type="21"><narrative>Owner Org</narrative></reporting-org>' +
          '<title><narrative>Provenance activity</narrative></title>' +
          '<participating-org ref="XI-PV-FUNDER" role="1" type="10"><narrative>Funder Org</narrative></participating-org>' +
          '<participating-org ref="XI-PV-REF" role="4"/>' +
          '<activity-date type="1" iso-date="2025-01-01"/><activity-date type="2" iso-date="2025-01-15"/>' +
          '<activity-date type="3" iso-date="2026-12-31"/>' +
          '<location><administrative vocabulary="G1" code="prizren"/></location>' +
          '<location><name><narrative>Pejë</narrative></name></location>' +
          '<transaction><transaction-type code="3"/><value currency="EUR">100</value>' +
          '<receiver-org ref="XI-PV-GRANTEE" type="22"><narrative>Grantee Org</narrative></receiver-org></transaction>' +
          '</iati-activity>',
      ),
    );
    const [p] = await store().getMany('partnerships', ['xi-pv-1']);
    expect(p).toMatchObject({
      source: 'IATI XI-PV-1',
      provenance: { evidence: 'DOCUMENTED', quote: 'Provenance activity' },
      startDate: '2025-01-15',
      endDate: '2026-12-31',
      endDateProvenance: {
        evidence: 'INFERRED',
        quote: '2026-12-31',
        reason: 'the file gives no actual end date: the planned one is taken',
      },
      areaIds: ['prizren', 'peje'],
      // Only the area found from a code has its own provenance; Pejë is named, so the activity's.
      areaProvenance: [
        {
          areaId: 'prizren',
          provenance: {
            evidence: 'INFERRED',
            quote: 'prizren',
            reason:
              'a location given by its administrative code (vocabulary G1), matched to the area of that code',
          },
        },
      ],
    });
    // An actual start date is what the file says: no provenance of its own.
    expect(p!.startDateProvenance).toBeUndefined();
    expect(p!.participants).toEqual([
      { actorId: 'funder-org', role: 'FUNDER' }, // declared (role 1): as the activity
      { actorId: 'xi-pv-ref', role: 'IMPLEMENTER' }, // declared (role 4)
      {
        actorId: 'grantee-org',
        role: 'IMPLEMENTER',
        provenance: {
          evidence: 'INFERRED',
          quote: 'Grantee Org',
          reason:
            'named only as the receiver of a transaction of type 3 (Disbursement), which makes it IMPLEMENTER',
        },
      },
      {
        actorId: 'owner-org',
        role: 'LEAD',
        provenance: {
          evidence: 'INFERRED',
          quote: 'Owner Org',
          reason: 'the reporting organisation, taking part in no other role, is taken as the lead',
        },
      },
    ]);
    const [owner, ref] = await store().getMany('actors', ['owner-org', 'xi-pv-ref']);
    // Named and typed by the file: documented by it (its source is the file).
    expect(owner).toMatchObject({
      source: 'iati-provenance.xml',
      provenance: { evidence: 'DOCUMENTED', quote: 'Owner Org' },
    });
    // Given by @ref only and no type: both the name and the type are assumptions.
    expect(ref).toMatchObject({
      name: 'XI-PV-REF',
      provenance: {
        evidence: 'INFERRED',
        quote: 'XI-PV-REF',
        reason:
          'the file gives no organisation type: CIVIL_SOCIETY / OTHER assumed; ' +
          'the file gives only its identifier: named after it until a file names it',
      },
    });

    // A later file names it: the name is the file's now; the assumed type stays an inference.
    await run(
      'iati',
      file(
        '<iati-activity><iati-identifier>XI-PV-2</iati-identifier>' +
          '<title><narrative>Second activity</narrative></title>' +
          '<participating-org ref="XI-PV-REF" role="4"><narrative>Ref Partner</narrative></participating-org>' +
          '</iati-activity>',
      ),
    );
    const [named] = await store().getMany('actors', ['xi-pv-ref']);
    expect(named).toMatchObject({
      name: 'Ref Partner',
      provenance: {
        evidence: 'INFERRED',
        quote: 'Ref Partner',
        reason: 'the file gives no organisation type: CIVIL_SOCIETY / OTHER assumed',
      },
    });
  });

  it('what it derives passes the default evidence filter and leaves with evidence: [DOCUMENTED]', async () => {
    await run(
      'iati',
      file(
        '<iati-activity><iati-identifier>XI-PV-3</iati-identifier>' +
          '<reporting-org ref="XI-PV-LEADER" type="21"><narrative>Leader Org</narrative></reporting-org>' +
          '<title><narrative>Filtered activity</narrative></title>' +
          '<participating-org ref="XI-PV-DONOR" role="1" type="10"><narrative>Donor Org</narrative></participating-org>' +
          '</iati-activity>',
      ),
    );
    const withLeader = async (evidence?: ('DOCUMENTED' | 'INFERRED')[]) => {
      const page = await store().listPartnerships(
        { actorIds: ['leader-org'], ...(evidence && { evidence }) },
        { field: 'ID', direction: 'ASC' },
        { first: 5 },
      );
      return page.edges.map((e) => e.node.id);
    };
    // The reporting-org takes part only through its inferred lead role.
    expect(await withLeader()).toEqual(['xi-pv-3']);
    expect(await withLeader(['DOCUMENTED'])).toEqual([]);
    const documented = await store().listActors(
      { ids: ['leader-org', 'donor-org'], evidence: ['DOCUMENTED'] },
      { field: 'ID', direction: 'ASC' },
      { first: 5 },
    );
    // Both organisations are named and typed by the file: documented actors.
    expect(documented.edges.map((e) => e.node.id)).toEqual(['donor-org', 'leader-org']);
  });
});
