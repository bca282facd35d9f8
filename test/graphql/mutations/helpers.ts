import { startTestApi, type TestApi } from '../../helpers/api';

/**
 * The describe block's API (the Kosovo seed unless `seed: false`), started before its tests and stopped
 * after them. The object forwards to the running API, so tests use it like the one startTestApi returns.
 */
export function useTestApi(options?: { seed?: boolean }): TestApi {
  let current: TestApi | undefined;
  beforeAll(async () => {
    current = await startTestApi(options);
  });
  afterAll(() => current?.stop());
  const started = () => {
    if (!current) throw new Error('the test API is used before beforeAll started it');
    return current;
  };
  // Every property read goes to the running API, so the object can be taken before beforeAll has run.
  return new Proxy({} as TestApi, { get: (_target, key) => Reflect.get(started(), key) });
}

export interface Rejection {
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

/**
 * Runs a request that must fail with one error, and checks the promise every write makes: a failure
 * changes nothing, so the store's revision is the same afterwards.
 */
export async function rejected(
  api: TestApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Rejection> {
  const before = await api.store.revision();
  const res = await api.graphql(query, variables);
  expect(await api.store.revision()).toBe(before);
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  return { code: error!.extensions.code, message: error!.message, issues: error!.extensions.issues };
}

/** Runs a request that must succeed, and returns its data. */
export async function succeeded(
  api: Pick<TestApi, 'graphql'>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<any> {
  const res = await api.graphql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

/** The paths of a BAD_USER_INPUT's issues, the part of an issue a client acts on. */
export function issuePaths(rejection: Rejection): string[] {
  return (rejection.issues ?? []).map((issue) => issue.path);
}

export const WRITE_RESULT = `revision created: createdCount updated: updatedCount unchanged: unchangedCount
  deleted: deletedCount
  changed { actors: actorIds partnerships: partnershipIds areas: areaIds themes: themeIds targetGroups: targetGroupIds }`;

/** The create/update/delete trio of an entity (`Actor`), returning `fields` of the record. */
export function entityMutations(name: string, fields: string) {
  return {
    CREATE: `mutation ($input: ${name}Input!) { create${name}(input: $input) { ${fields} } }`,
    UPDATE: `mutation ($id: ID!, $patch: ${name}Patch!) { update${name}(id: $id, patch: $patch) { ${fields} } }`,
    DELETE: `mutation ($id: ID!) { delete${name}(id: $id) { ${WRITE_RESULT} } }`,
  };
}

/** A WriteResult with the given counts (others 0) and changed ids (others none). */
export function writeResult(
  result: { revision: number; created?: number; updated?: number; unchanged?: number; deleted?: number },
  ids: Parameters<typeof changed>[0] = {},
) {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0, ...result, changed: changed(ids) };
}

/** A WriteResult's `changed` with the given ids and nothing else. */
export function changed(
  ids: Partial<Record<'actors' | 'partnerships' | 'areas' | 'themes' | 'targetGroups', string[]>>,
) {
  return { actors: [], partnerships: [], areas: [], themes: [], targetGroups: [], ...ids };
}

const PARTICIPANTS = `id: slug participants { actor { id: slug } role }`;
export const ADD_PARTICIPANT = `mutation ($p: ID!, $a: ID!, $role: Role!) {
  addParticipant(partnershipId: $p, actorId: $a, role: $role) { ${PARTICIPANTS} } }`;

/** The participants of a partnership as `actor:ROLE` strings, read back through the API. */
export async function participantsOf(api: Pick<TestApi, 'graphql'>, id: string): Promise<string[]> {
  const { partnership } = await succeeded(
    api,
    `query ($id: ID!) { partnership(id: $id) { ${PARTICIPANTS} } }`,
    { id },
  );
  return partnership.participants.map((p: any) => `${p.actor.id}:${p.role}`);
}
