import { useTestApi } from '../../helpers/api';

const AUDIT = `query($first: Int, $after: String, $keyId: String, $entityId: ID, $since: DateTime) {
  auditLog(first: $first, after: $after, keyId: $keyId, entityId: $entityId, since: $since) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { at keyId role operation revision changed { actors: actorIds partnerships: partnershipIds }
      records { kind id: slug change cascade fields { field before after } } } }
  } }`;

/** The audit log over the real server: what mutations record, and who may read it. */
describe('auditLog', () => {
  const api = useTestApi();
  const nodes = async (variables: Record<string, unknown> = {}) => {
    const body = await api().graphql(AUDIT, variables);
    expect(body.errors).toBeUndefined();
    return body.data.auditLog.edges.map((e: any) => e.node);
  };

  it('starts with an outsideApi entry for the seed, loaded before the server started', async () => {
    const body = await api().graphql(
      '{ auditLog(keyId: "system") { edges { node { keyId role operation fromRevision revision } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.auditLog.edges.map((e: any) => e.node)).toEqual([
      { keyId: 'system', role: 'system', operation: 'outsideApi', fromRevision: 1, revision: 1 },
    ]);
  });

  it('records who changed what, newest first, with before → after of each changed field', async () => {
    const start = new Date().toISOString();
    const create = await api().graphql(
      `mutation { createActor(input: { id: "audit-test-group", name: "Audit group", sector: CHILDREN_AND_YOUTH,
         kind: YOUTH_GROUP, contact: "someone@example.org" }) { id: slug } }`,
      undefined,
      { as: 'editor' },
    );
    expect(create.errors).toBeUndefined();
    const update = await api().graphql(
      'mutation { updateActor(id: "audit-test-group", patch: { name: "Audit youth group", contact: null }) { id } }',
      undefined,
      { as: 'editor' },
    );
    expect(update.errors).toBeUndefined();
    const revision = await api().store.revision();
    const [updated, created] = await nodes({ entityId: 'audit-test-group', since: start });
    expect(updated).toEqual({
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      keyId: 'test-editor',
      role: 'editor',
      operation: 'updateActor',
      revision,
      changed: { actors: ['audit-test-group'], partnerships: [] },
      records: [
        {
          kind: 'actors',
          id: 'audit-test-group',
          change: 'UPDATED',
          cascade: false,
          fields: [
            { field: 'name', before: '"Audit group"', after: '"Audit youth group"' },
            { field: 'contact', before: '"[redacted]"', after: null },
          ],
        },
      ],
    });
    expect(created.operation).toBe('createActor');
    expect(created.revision).toBe(revision - 1);
    expect(created.records[0].change).toBe('CREATED');
    expect(created.records[0].fields.map((f: any) => f.field)).toEqual([
      'name',
      'sector',
      'kind',
      'contact',
      'tags',
    ]);
  });

  it('records a deletion and its cascades: participations lost, a partnership left empty deleted', async () => {
    await api().graphql(
      `mutation { upsertNetwork(input: {
        actors: [{ id: "audit-a", name: "A", sector: CIVIL_SOCIETY, kind: NGO },
                 { id: "audit-b", name: "B", sector: GOVERNMENT, kind: MINISTRY }],
        partnerships: [{ id: "audit-alone", title: "Alone", kind: ADVOCACY, participants: [{ actorId: "audit-a", role: LEAD }] },
                       { id: "audit-pair", title: "Pair", kind: ADVOCACY,
                         participants: [{ actorId: "audit-a", role: LEAD }, { actorId: "audit-b", role: FUNDER }] }] }) { revision } }`,
    );
    const del = await api().graphql('mutation { deleteActor(id: "audit-a") { revision } }');
    expect(del.errors).toBeUndefined();
    const [entry, upsert] = await nodes({ entityId: 'audit-a', keyId: 'test-admin' });
    expect(entry.operation).toBe('deleteActor');
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...entry.records].sort(byId)).toEqual([
      { kind: 'actors', id: 'audit-a', change: 'DELETED', cascade: false, fields: [] },
      { kind: 'partnerships', id: 'audit-alone', change: 'DELETED', cascade: true, fields: [] },
      { kind: 'partnerships', id: 'audit-pair', change: 'UPDATED', cascade: true, fields: [] },
    ]);
    expect(upsert.operation).toBe('upsertNetwork');
    expect(upsert.records.map((r: any) => `${r.id}:${r.change}`)).toEqual([
      'audit-a:CREATED',
      'audit-b:CREATED',
      'audit-alone:CREATED',
      'audit-pair:CREATED',
    ]);
  });

  it('records nothing for refused, failed or no-op mutations', async () => {
    const count = async () =>
      (await api().graphql('{ auditLog(first: 0) { totalCount } }')).data.auditLog.totalCount;
    const before = await count();
    await api().graphql(
      'mutation { createTheme(input: { id: "audit-refused", name: "x" }) { id } }',
      undefined,
      {
        as: 'reader',
      },
    );
    await api().graphql('mutation { updateTheme(id: "audit-nobody", patch: { name: "x" }) { id } }');
    await api().graphql(
      'mutation { createActor(input: { id: "audit-bad", name: "", sector: GOVERNMENT, kind: MINISTRY }) { id } }',
    );
    const same = await api().graphql('{ theme(id: "child-protection") { id name } }');
    const name = same.data?.theme?.name;
    if (name)
      await api().graphql(
        `mutation { updateTheme(id: "child-protection", patch: { name: ${JSON.stringify(name)} }) { id: slug } }`,
      );
    expect(await count()).toBe(before);
  });

  it('pages newest first with cursors, and filters by key and time', async () => {
    const all = await nodes({ first: 100 });
    expect(all.length).toBeGreaterThanOrEqual(4);
    const revisions = all.map((n: any) => n.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => b - a));
    const first = await api().graphql(AUDIT, { first: 2 });
    const next = await api().graphql(AUDIT, { first: 2, after: first.data.auditLog.pageInfo.endCursor });
    expect(
      [...first.data.auditLog.edges, ...next.data.auditLog.edges].map((e: any) => e.node.revision),
    ).toEqual(revisions.slice(0, 4));
    expect(await nodes({ keyId: 'nobody' })).toEqual([]);
    expect(await nodes({ since: '2999-01-01T00:00:00Z' })).toEqual([]);
    const bad = await api().graphql(AUDIT, { since: 'yesterday' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'since' }],
    });
  });

  it('is for admins only', async () => {
    for (const [as, code] of [
      ['anonymous', 'UNAUTHENTICATED'],
      ['reader', 'FORBIDDEN'],
      ['editor', 'FORBIDDEN'],
    ] as const) {
      const body = await api().graphql('{ auditLog { totalCount } }', undefined, { as });
      expect([as, body.data, body.errors?.map((e) => e.extensions.code)]).toEqual([as, null, [code]]);
    }
  });
});
