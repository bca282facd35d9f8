import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import { OUTSIDE_API } from '../../src/app/audit/audit-entry';
import { authorization, startTestApi, useTestApi } from '../helpers/api';
import {
  CHANGED,
  CREATE_ACTOR,
  UPSERT,
  actor,
  change,
  connectLive,
  mutate,
  useLiveClients,
} from '../helpers/live';

/**
 * Live updates over WebSocket: the events writes give, the subscriptions served, stopping the server (who
 * may connect, and how many: live-access.test.ts).
 */

describe('networkChanged over WebSocket', () => {
  const api = useTestApi({
    captureLogs: true,
    limits: { LIVE_POLL_MS: 20, CORS_ORIGINS: ['https://dashboard.example.org'] },
  });
  const connect = useLiveClients(api);

  it('a mutation over HTTP gives exactly one event, with its revision and ids', async () => {
    const sub = await connect({ as: 'reader' }).subscribe(CHANGED);
    const first = await mutate(api(), CREATE_ACTOR, { input: actor('live-one') }, 'editor');
    const second = await mutate(api(), CREATE_ACTOR, { input: actor('live-two') }, 'editor');
    expect(second).toBe(first + 1);
    // The next event after the first is the second write's: the first was not told twice.
    expect(await sub.next()).toEqual({ data: change(first, { actorIds: ['live-one'] }) });
    expect(await sub.next()).toEqual({ data: change(second, { actorIds: ['live-two'] }) });
    // The subscription's log line names its key and connection (never the key itself).
    expect(api().logs).toContainEqual(
      expect.objectContaining({
        msg: 'subscription started',
        operationName: 'Dashboard',
        keyId: 'test-reader',
        connectionId: expect.any(String),
      }),
    );
  });

  it('upsertNetwork and importNetwork give one event each, naming every record they wrote', async () => {
    const sub = await connect().subscribe(CHANGED);
    const input = {
      themes: [{ id: 'live-theme', name: 'Live theme' }],
      actors: [actor('live-a'), actor('live-b')],
      partnerships: [
        {
          id: 'live-partnership',
          title: 'Live partnership',
          kind: 'ADVOCACY',
          participants: [
            { actorId: 'live-a', role: 'LEAD' },
            { actorId: 'live-b', role: 'IMPLEMENTER' },
          ],
          themeIds: ['live-theme'],
        },
      ],
    };
    const upserted = await mutate(api(), UPSERT, { input });
    expect(await sub.next()).toEqual({
      data: change(upserted, {
        actorIds: ['live-a', 'live-b'],
        partnershipIds: ['live-partnership'],
        themeIds: ['live-theme'],
      }),
    });
    const imported = await mutate(
      api(),
      `mutation ($content: String!) { importNetwork(format: JSON, content: $content) { revision } }`,
      { content: JSON.stringify({ actors: [actor('live-imported')] }) },
    );
    expect(await sub.next()).toEqual({ data: change(imported, { actorIds: ['live-imported'] }) });
  });

  it('several subscribers each get the event, the key in the upgrade header or anonymous too', async () => {
    const subs = await Promise.all(
      [
        connect({ as: 'reader' }),
        connect({ as: 'anonymous' }),
        connect({ as: 'reader', inHeader: true }),
      ].map((client) => client.subscribe(CHANGED)),
    );
    const revision = await mutate(api(), CREATE_ACTOR, { input: actor('live-many') });
    for (const sub of subs)
      expect(await sub.next()).toEqual({ data: change(revision, { actorIds: ['live-many'] }) });
  });

  it('with actorIds, only changes to those actors', async () => {
    const sub = await connect().subscribe(CHANGED, { actorIds: ['live-watched'] });
    await mutate(api(), CREATE_ACTOR, { input: actor('live-ignored') });
    const watched = await mutate(api(), CREATE_ACTOR, { input: actor('live-watched') });
    expect(await sub.next()).toEqual({ data: change(watched, { actorIds: ['live-watched'] }) });
  });

  it('a write the server did not make is told within a poll, with idsKnown false, and audited', async () => {
    const sub = await connect().subscribe(CHANGED, { actorIds: ['anyone'] });
    const before = await api().store.revision();
    await api().store.write({ upsert: { actors: [actor('live-outside')] } });
    expect(await sub.next()).toEqual({
      data: {
        networkChanged: {
          ...change(before + 1, {}).networkChanged,
          fromRevision: before + 1,
          idsKnown: false,
        },
      },
    });
    const entries = (
      await api().graphql(`{ auditLog(first: 1) { edges { node { operation revision fromRevision } } } }`)
    ).data;
    expect(entries.auditLog.edges[0].node).toEqual({
      operation: OUTSIDE_API,
      revision: before + 1,
      fromRevision: before + 1,
    });
  });

  it('a bad document, a query, or a bad argument gets an error with its code; the connection stays', async () => {
    const client = connect();
    const codeOf = async (query: string, variables?: Record<string, unknown>) => {
      const sub = await client.subscribe(query, variables);
      return sub.next().then(
        (result) => result.errors?.map((e) => e.extensions?.code),
        (errors: { extensions?: { code?: string } }[]) => errors.map((e) => e.extensions?.code),
      );
    };
    expect(await codeOf('subscription { networkChanged {')).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(await codeOf('subscription { networkChanged { nope } }')).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(await codeOf('{ __typename }')).toEqual(['BAD_REQUEST']);
    expect(await codeOf(CHANGED, { actorIds: [{}] })).toEqual(['BAD_USER_INPUT']);
    const sub = await client.subscribe(CHANGED, { actorIds: ['Not A Slug'] });
    // Refused by the resolver (the arguments are checked when the subscription starts): no stream.
    expect(await sub.next()).toEqual({
      errors: [
        expect.objectContaining({
          extensions: {
            code: 'BAD_USER_INPUT',
            issues: [expect.objectContaining({ path: 'actorIds[0]' })],
          },
        }),
      ],
    });
    // Still connected: a good subscription on the same connection works.
    const good = await client.subscribe(CHANGED);
    const revision = await mutate(api(), CREATE_ACTOR, { input: actor('live-after-errors') });
    expect(await good.next()).toEqual({ data: change(revision, { actorIds: ['live-after-errors'] }) });
  });

  it('takes persisted queries (APQ), sharing the hashes HTTP registers', async () => {
    const client = connect();
    const persisted = (text: string) => ({
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(text).digest('hex') },
    });
    const outcome = async (query: string, extensions: Record<string, unknown>) =>
      (await client.subscribe(query, undefined, extensions)).next().then(
        (result) => result.errors?.map((e) => [e.extensions?.code, e.message]),
        (errors: { message: string; extensions?: { code?: string } }[]) =>
          errors.map((e) => [e.extensions?.code, e.message]),
      );
    // A hash nobody registered: the protocol's answer, after which a client sends the text along.
    expect(await outcome('', persisted(CHANGED))).toEqual([
      ['PERSISTED_QUERY_NOT_FOUND', 'PersistedQueryNotFound'],
    ]);
    expect(await outcome('subscription { networkChanged { revision } }', persisted(CHANGED))).toEqual([
      ['BAD_REQUEST', 'provided sha does not match query'],
    ]);
    expect(await outcome('', { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } })).toEqual([
      ['BAD_REQUEST', 'Unsupported persisted query version'],
    ]);
    // Registered with its text, the hash alone then stands for the document.
    const registering = await client.subscribe(CHANGED, undefined, persisted(CHANGED));
    const byHash = await client.subscribe('', undefined, persisted(CHANGED));
    const revision = await mutate(api(), CREATE_ACTOR, { input: actor('live-persisted') });
    for (const sub of [registering, byHash])
      expect(await sub.next()).toEqual({ data: change(revision, { actorIds: ['live-persisted'] }) });
    // One store for both transports: a document first sent over WebSocket is known to HTTP by its hash.
    const ABOUT = '{ about { revision } }';
    expect(await outcome(ABOUT, persisted(ABOUT))).toEqual([
      ['BAD_REQUEST', 'only subscriptions are served over WebSocket: send a query by HTTP'],
    ]);
    const extensions = encodeURIComponent(JSON.stringify(persisted(ABOUT)));
    const res = await fetch(`${api().base}/graphql?extensions=${extensions}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: authorization(api(), 'reader') },
    });
    expect(await res.json()).toEqual({ data: { about: { revision } } });
  });

  it('refuses a subscription sent over HTTP, pointing at WebSocket', async () => {
    const res = await api().graphql('subscription { networkChanged { revision } }');
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('over WebSocket'),
        extensions: expect.objectContaining({ code: 'BAD_REQUEST' }),
      }),
    ]);
  });

  it('lets pages of its own host and CORS_ORIGINS connect, and refuses other origins with 403', async () => {
    const url = api().server.url.replace(/^http/, 'ws');
    const upgrade = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(url, 'graphql-transport-ws', { origin });
        socket.once('open', () => {
          socket.close();
          resolve(101);
        });
        socket.once('unexpected-response', (_req, res) => {
          socket.terminate();
          resolve(res.statusCode ?? 0);
        });
        socket.once('error', reject);
      });
    expect(await upgrade(api().base)).toBe(101);
    expect(await upgrade('https://dashboard.example.org')).toBe(101);
    expect(await upgrade('https://elsewhere.example.org')).toBe(403);
  });

  it('refuses a connection with a wrong key, saying why', async () => {
    expect(await connect({ key: 'not-a-key' }).closed).toEqual({
      code: 4401,
      reason: expect.stringContaining('API key is not valid'),
    });
  });
});

it('stopping the server closes its WebSockets', async () => {
  const api = await startTestApi({ seed: false, captureLogs: true });
  const client = connectLive(api);
  try {
    await client.subscribe(CHANGED);
    await api.server.stop();
    expect(await client.closed).toEqual({ code: 1001, reason: 'the server is stopping' });
  } finally {
    await client.dispose();
    await api.stop(); // the server is stopped already: stop() must still close the store
  }
});
