import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { buildNetworkSchema } from '../../../src/graphql/schema';
import type { Role } from '../../../src/app/access/roles';
import { keyOf, type Caller } from '../../helpers/access';
import { startTestApi, type TestApi } from '../../helpers/api';
import { reportCounts } from '../../helpers/counts';
import { postGraphQL, type GraphQLResponse } from '../../helpers/graphql';
import { rootFieldRequest } from './operations';

/**
 * Every root field of the built schema × every kind of caller. The roles expected of mutations are listed
 * here by name: a mutation added without an entry fails this test, and one added without @Authorized is
 * refused to everyone (so the admin row fails too). Queries need the reader role or anonymous reading,
 * except those listed in QUERY_ROLES.
 */
const MUTATION_ROLES: Record<string, Role> = {
  createActor: 'editor',
  updateActor: 'editor',
  deleteActor: 'admin',
  createPartnership: 'editor',
  updatePartnership: 'editor',
  deletePartnership: 'editor',
  addParticipant: 'editor',
  removeParticipant: 'editor',
  endPartnership: 'editor',
  createArea: 'editor',
  updateArea: 'editor',
  deleteArea: 'editor',
  createTheme: 'editor',
  updateTheme: 'editor',
  deleteTheme: 'editor',
  createTargetGroup: 'editor',
  updateTargetGroup: 'editor',
  deleteTargetGroup: 'editor',
  upsertNetwork: 'admin',
  importNetwork: 'admin',
};
const QUERY_ROLES: Record<string, Role> = { auditLog: 'admin' };

type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** The callers of the matrix: who sends what to which server. */
const CALLERS = [
  { name: 'anonymous, anonymous reading on', caller: 'anonymous', server: 'open' },
  { name: 'anonymous, anonymous reading off', caller: 'anonymous', server: 'closed' },
  { name: 'a key that is not ours', caller: 'bad-key', server: 'open' },
  { name: 'reader', caller: 'reader', server: 'open' },
  { name: 'editor', caller: 'editor', server: 'open' },
  { name: 'admin', caller: 'admin', server: 'open' },
] as const;

function expected(caller: (typeof CALLERS)[number], needed: Role): Outcome {
  if (caller.caller === 'bad-key') return 'UNAUTHENTICATED';
  if (caller.caller === 'anonymous')
    return needed === 'reader' && caller.server === 'open' ? 'allowed' : 'UNAUTHENTICATED';
  return RANK[caller.caller] >= RANK[needed] ? 'allowed' : 'FORBIDDEN';
}

function outcome(body: GraphQLResponse): Outcome {
  const codes = (body.errors ?? []).map((e) => e.extensions.code as string);
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (codes.includes('FORBIDDEN')) return 'FORBIDDEN';
  return 'allowed';
}

describe('auth matrix: every root field × every caller', () => {
  let open: TestApi;
  let closed: TestApi;
  let fields: { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown>; needed: Role }[];

  beforeAll(async () => {
    [open, closed] = await Promise.all([startTestApi(), startTestApi({ allowAnonymousRead: false })]);
    const schema = await buildNetworkSchema();
    const rootFields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});
    fields = [
      ...rootFields(schema.getQueryType()).map((field) => ({
        operation: 'query' as const,
        field,
        needed: QUERY_ROLES[field.name] ?? 'reader',
      })),
      ...rootFields(schema.getMutationType()).map((field) => ({
        operation: 'mutation' as const,
        field,
        needed: MUTATION_ROLES[field.name]!,
      })),
    ];
  });
  afterAll(() => Promise.all([open?.stop(), closed?.stop()]));

  it('declares the role of every mutation', async () => {
    const undeclared = fields.filter((f) => f.operation === 'mutation' && f.needed === undefined);
    expect(undeclared.map((f) => f.field.name)).toEqual([]);
    expect(fields.filter((f) => f.operation === 'mutation').length).toBeGreaterThanOrEqual(19);
  });

  it('allows, or refuses with UNAUTHENTICATED / FORBIDDEN, exactly as the roles say; refusals change nothing', async () => {
    const mismatches: string[] = [];
    let checks = 0;
    for (const { operation, field, needed } of fields) {
      const request = rootFieldRequest(operation, field);
      for (const caller of CALLERS) {
        const api = caller.server === 'open' ? open : closed;
        const key =
          caller.caller === 'bad-key' ? 'pnk_not-a-key-of-ours' : keyOf(api.access, caller.caller as Caller);
        const before = await api.store.revision();
        const body = await postGraphQL(api.server.url, request, undefined, { key });
        const want = expected(caller, needed);
        const got = outcome(body);
        checks += 1;
        if (got !== want)
          mismatches.push(
            `${field.name} as ${caller.name}: expected ${want}, got ${got} ${JSON.stringify(body.errors)}`,
          );
        if (got !== 'allowed') {
          if ((await api.store.revision()) !== before)
            mismatches.push(`${field.name} as ${caller.name}: refused but the revision moved`);
          // Refusals are told before anything is read: no data, and no other error beside them.
          if (body.data?.[field.name] != null || (body.errors ?? []).length !== 1)
            mismatches.push(`${field.name} as ${caller.name}: refusal leaked ${JSON.stringify(body)}`);
        }
      }
    }
    reportCounts(
      `auth matrix: ${checks} checks (${fields.length} root fields × ${CALLERS.length} callers), ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
    expect(checks).toBe(fields.length * CALLERS.length);
  });

  it('a refused mutation on a missing id is FORBIDDEN, not NOT_FOUND; the admin gets NOT_FOUND', async () => {
    const remove = 'mutation { deleteActor(id: "auth-matrix-nobody") { revision } }';
    const asEditor = await open.graphql(remove, undefined, { as: 'editor' });
    expect(asEditor.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const asAdmin = await open.graphql(remove, undefined, { as: 'admin' });
    expect(asAdmin.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });

  it('takes the key from "Authorization: Bearer"; other schemes or a bare key are not valid keys', async () => {
    const query = '{ about { revision } }';
    const key = open.access.keys.reader;
    for (const authorization of [
      `Basic ${key}`,
      key,
      'Bearer',
      `Bearer ${key} extra`,
      `Bearer ${key.slice(0, -1)}`,
    ]) {
      const body = await postGraphQL(open.server.url, query, undefined, { headers: { authorization } });
      expect([authorization, body.errors?.map((e) => e.extensions.code)]).toEqual([
        authorization,
        ['UNAUTHENTICATED'],
      ]);
    }
    const body = await postGraphQL(open.server.url, query, undefined, {
      headers: { authorization: `bearer  ${key}` },
    });
    expect(body.errors).toBeUndefined();
  });

  it('checks each root field of one request on its own: a reader gets the query and is refused the mutation', async () => {
    const body = await open.graphql(
      'mutation { about: deleteTheme(id: "auth-matrix-nobody") { revision } }',
      undefined,
      { as: 'reader' },
    );
    expect(body.errors?.map((e) => [e.path, e.extensions.code])).toEqual([[['about'], 'FORBIDDEN']]);
    const mixed = await open.graphql('{ about { revision } auditLog(first: 1) { totalCount } }', undefined, {
      as: 'reader',
    });
    expect(mixed.errors?.map((e) => [e.path, e.extensions.code])).toEqual([[['auditLog'], 'FORBIDDEN']]);
  });
});
