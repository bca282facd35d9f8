import { useTestApi } from '../../helpers/api';

const IMPORT = `mutation ($content: String, $dryRun: Boolean, $mergeActors: Boolean) {
  importNetwork(format: IATI, content: $content, dryRun: $dryRun, mergeActors: $mergeActors) {
    revision counts { actors { createdCount updatedCount unchangedCount } }
    merges { fromActorId intoActorId identifier applied }
  }
}`;
const ACTORS = `query ($identifiers: [OrganisationIdentifierFilter!]) {
  actors(filter: { identifiers: $identifiers }, first: 10) { totalCount edges { node { slug name identifiers { scheme value } } } }
}`;
const PARTNERSHIP = `query ($id: ID!) {
  partnership(id: $id) { currency totalCommitment totalDisbursement participants { role actor { slug } } }
}`;

const activity = (body: string) =>
  `<iati-activities version="2.03"><iati-activity default-currency="EUR"><iati-identifier>XI-GI-1</iati-identifier>` +
  `<title><narrative>Grant</narrative></title>${body}</iati-activity></iati-activities>`;

describe('organisation identifiers over the API', () => {
  const api = useTestApi();

  it('imports identifiers and totals, filters actors by identifier, and merges only when asked', async () => {
    const created = await api().graphql(
      `mutation { createActor(input: { id: "gi-agency", name: "Agency of GI", sector: INTERNATIONAL, kind: DONOR,
        identifiers: [{ scheme: "IATI", id: "XI-GI-AGENCY" }] }) { slug identifiers { scheme value } } }`,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createActor.identifiers).toEqual([{ scheme: 'IATI', value: 'XI-GI-AGENCY' }]);
    await api().graphql(
      `mutation { createActor(input: { id: "gi-agency-name", name: "GI Agency", sector: INTERNATIONAL, kind: DONOR }) { id } }`,
    );
    const content = activity(
      '<participating-org ref="xi-gi-agency" role="1" type="10"><narrative>GI Agency</narrative></participating-org>' +
        '<transaction><transaction-type code="2"/><value>900</value>' +
        '<provider-org ref="XI-GI-AGENCY"/><receiver-org ref="XI-GI-NGO" type="22"><narrative>GI NGO</narrative></receiver-org></transaction>',
    );
    const proposed = await api().graphql(IMPORT, { content, dryRun: true });
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data.importNetwork.merges).toEqual([
      {
        fromActorId: 'gi-agency-name',
        intoActorId: 'gi-agency',
        identifier: 'IATI:XI-GI-AGENCY',
        applied: false,
      },
    ]);
    const merged = await api().graphql(IMPORT, { content, mergeActors: true });
    expect(merged.errors).toBeUndefined();
    expect(merged.data.importNetwork.merges[0].applied).toBe(true);

    const found = await api().graphql(ACTORS, { identifiers: [{ scheme: 'IATI', id: 'xi-gi-ngo' }] });
    expect(found.data.actors).toEqual({
      totalCount: 1,
      edges: [
        { node: { slug: 'gi-ngo', name: 'GI NGO', identifiers: [{ scheme: 'IATI', value: 'XI-GI-NGO' }] } },
      ],
    });
    const p = await api().graphql(PARTNERSHIP, { id: 'xi-gi-1' });
    expect(p.data.partnership).toEqual({
      currency: 'EUR',
      totalCommitment: 900,
      totalDisbursement: null,
      participants: [
        { role: 'FUNDER', actor: { slug: 'gi-agency' } },
        { role: 'IMPLEMENTER', actor: { slug: 'gi-ngo' } },
      ],
    });
    const gone = await api().graphql(`{ actor(id: "gi-agency-name") { id } }`);
    expect(gone.data.actor).toBeNull();
  });

  it('refuses a malformed identifier, naming the field', async () => {
    const res = await api().graphql(
      `mutation { createActor(input: { id: "gi-bad", name: "Bad", sector: ACADEMIA, kind: UNIVERSITY,
        identifiers: [{ scheme: "iati", id: "A B" }] }) { id } }`,
    );
    expect(res.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.issues.map((i: { path: string }) => i.path)).toEqual([
      'input.identifiers[0].scheme',
      'input.identifiers[0].id',
    ]);
  });
});
