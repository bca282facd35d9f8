import { startServer, type RunningServer } from '../../../src/server/app';
import { loadSeed } from '../../../src/io/seed';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import type { NetworkStore } from '../../../src/store/network-store';
import { MAX_ATTEMPTS } from '../../../src/app/write/network-writer';
import { createTestAccess, type TestAccess } from '../../helpers/access';
import { postGraphQL } from '../../helpers/graphql';
import { tempDir, type TempDir } from '../../helpers/temp-dir';
import { ADD_PARTICIPANT, participantsOf, succeeded, useTestApi, WRITE_RESULT } from './helpers';

const SURVEY = 'young-voices-survey-2021';

describe('concurrent mutations', () => {
  const api = useTestApi();

  it('concurrent addParticipant calls on one partnership all succeed and none is lost', async () => {
    // Every call reads the partnership and writes it back whole: unguarded, they would overwrite each other.
    const newcomers = Array.from({ length: 16 }, (_, i) => ({
      id: `concurrent-ngo-${i + 1}`,
      name: `Concurrent NGO ${i + 1}`,
      sector: 'CIVIL_SOCIETY',
      kind: 'NGO',
    }));
    await succeeded(
      api,
      `mutation ($input: NetworkInput!) { upsertNetwork(input: $input) { ${WRITE_RESULT} } }`,
      {
        input: { actors: newcomers },
      },
    );
    const seeded = await participantsOf(api, SURVEY);
    const before = await api.store.revision();
    const responses = await Promise.all(
      newcomers.map((actor) => api.graphql(ADD_PARTICIPANT, { p: SURVEY, a: actor.id, role: 'MEMBER' })),
    );
    expect(responses.filter((r) => r.errors)).toEqual([]);
    const participants = await participantsOf(api, SURVEY);
    expect(participants.slice(0, seeded.length)).toEqual(seeded);
    expect(participants.slice(seeded.length).sort()).toEqual(newcomers.map((a) => `${a.id}:MEMBER`).sort());
    expect(await api.store.revision()).toBe(before + newcomers.length);
  });
});

/**
 * Another writer (another process or replica, here the real store written to directly) changes the
 * partnership between the moment a mutation reads it and the moment it writes: the revision check must
 * catch it and the mutation recompute from the new data.
 */
describe('a write from outside landing between read and write', () => {
  let dir: TempDir;
  let access: TestAccess;
  let store: EmbeddedStore;
  let server: RunningServer;
  /** How many more times the next partnership reads are followed by an outside write. */
  let interleave = 0;
  let outsideWrites = 0;

  beforeEach(async () => {
    dir = await tempDir();
    store = await EmbeddedStore.open({ dataDir: dir.path });
    await loadSeed(store, 'kosovo');
    outsideWrites = 0;
    const interfering = new Proxy<NetworkStore>(store, {
      get(target, prop, receiver) {
        if (prop === 'getMany')
          return async (kind: 'partnerships', ids: readonly string[]) => {
            const records = await target.getMany(kind, ids);
            if (kind === 'partnerships' && interleave > 0) {
              interleave--;
              outsideWrites++;
              const [p] = records;
              const newcomer = { actorId: `outsider-${outsideWrites}`, role: 'MEMBER' as const };
              await target.write({
                upsert: {
                  actors: [
                    {
                      id: newcomer.actorId,
                      name: `Outsider ${outsideWrites}`,
                      sector: 'ACADEMIA',
                      kind: 'UNIVERSITY',
                    },
                  ],
                  partnerships: [{ ...p!, participants: [...p!.participants, newcomer] }],
                },
              });
            }
            return records;
          };
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    access = await createTestAccess();
    server = await startServer(interfering, { PORT: 0, HOST: '127.0.0.1', ...access.config });
  });
  afterEach(async () => {
    await server.stop();
    await store.close();
    await dir.remove();
    await access.remove();
  });
  const client = {
    graphql: (query: string, variables?: Record<string, unknown>) =>
      postGraphQL(server.url, query, variables, { key: access.keys.editor }),
  };

  it('the mutation is retried on fresh data: both its change and the outside one are kept', async () => {
    const seeded = await participantsOf(client, SURVEY);
    interleave = 2;
    await succeeded(client, ADD_PARTICIPANT, { p: SURVEY, a: 'handikos', role: 'TECHNICAL_PARTNER' });
    expect(outsideWrites).toBe(2);
    expect(await participantsOf(client, SURVEY)).toEqual([
      ...seeded,
      'outsider-1:MEMBER',
      'outsider-2:MEMBER',
      'handikos:TECHNICAL_PARTNER',
    ]);
  });

  it('after MAX_ATTEMPTS stale tries the mutation gives up with CONFLICT and writes nothing of its own', async () => {
    interleave = MAX_ATTEMPTS;
    const res = await client.graphql(ADD_PARTICIPANT, {
      p: SURVEY,
      a: 'handikos',
      role: 'TECHNICAL_PARTNER',
    });
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['CONFLICT']);
    expect(outsideWrites).toBe(MAX_ATTEMPTS);
    const participants = await participantsOf(client, SURVEY);
    expect(participants).not.toContain('handikos:TECHNICAL_PARTNER');
    expect(participants.filter((p) => p.startsWith('outsider-'))).toHaveLength(MAX_ATTEMPTS);
  });
});
