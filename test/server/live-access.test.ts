import { writeFile } from 'node:fs/promises';
import { formatKeyLine, hashKey } from '../../src/app/access/api-keys';
import { useTestApi } from '../helpers/api';
import { CHANGED, CREATE_ACTOR, actor, change, connectLive, mutate, useLiveClients } from '../helpers/live';

/**
 * Who may hold live connections, and how many: keys, anonymous reading, key reloads, the limits per key
 * and per connection.
 */

describe('networkChanged where anonymous reading is off, with a depth limit of 1', () => {
  const api = useTestApi({
    seed: false,
    captureLogs: true,
    allowAnonymousRead: false,
    limits: { MAX_QUERY_DEPTH: 1 },
  });

  it('refuses a connection without a key', async () => {
    const client = connectLive(api(), { as: 'anonymous' });
    expect(await client.closed).toEqual({ code: 4401, reason: expect.stringContaining('needs an API key') });
    await client.dispose();
  });

  it('holds subscription documents to the query limits', async () => {
    const client = connectLive(api(), { as: 'reader' });
    const sub = await client.subscribe('subscription { networkChanged { revision } }');
    await expect(sub.next()).rejects.toEqual([
      // As over HTTP, less the HTTP status.
      expect.objectContaining({
        extensions: { code: 'QUERY_TOO_DEEP', measured: expect.any(Number), limit: 1 },
      }),
    ]);
    await client.dispose();
  });
  it('closes a connection whose key was revoked when the keys are reloaded (SIGHUP)', async () => {
    const client = connectLive(api(), { as: 'reader' });
    await client.subscribe(CHANGED);
    const { keys, config } = api().access;
    const kept = (['editor', 'admin'] as const).map((role) =>
      formatKeyLine({ id: `test-${role}`, role, sha256: hashKey(keys[role]) }),
    );
    await writeFile(config.API_KEYS_FILE, `${kept.join('\n')}\n`, { mode: 0o600 });
    process.emit('SIGHUP');
    expect(await client.closed).toEqual({ code: 4401, reason: expect.stringContaining('not valid') });
    await client.dispose();
  });
});

describe('networkChanged limits: LIVE_MAX_SUBSCRIPTIONS 2, LIVE_MAX_CONNECTIONS_PER_KEY 2', () => {
  const api = useTestApi({
    seed: false,
    captureLogs: true,
    limits: { LIVE_MAX_SUBSCRIPTIONS: 2, LIVE_MAX_CONNECTIONS_PER_KEY: 2 },
  });
  const connect = useLiveClients(api);

  it('refuses a third subscription on one connection, and takes one again once another completed', async () => {
    const client = connect({ as: 'reader' });
    const first = await client.subscribe(CHANGED);
    await client.subscribe(CHANGED);
    const third = await client.subscribe(CHANGED);
    await expect(third.next()).rejects.toEqual([
      expect.objectContaining({
        message: expect.stringContaining('already holds 2 subscriptions'),
        extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
      }),
    ]);
    first.unsubscribe();
    const again = await client.subscribe(CHANGED);
    const revision = await mutate(api(), CREATE_ACTOR, { input: actor('live-limit-a') });
    expect(await again.next()).toEqual({ data: change(revision, { actorIds: ['live-limit-a'] }) });
  });

  it('closes a third connection of one key with 4429, and lets other keys and later connections in', async () => {
    const held = [connect({ as: 'reader' }), connect({ as: 'reader' })];
    for (const client of held) await client.subscribe(CHANGED);
    const third = connect({ as: 'reader' });
    expect(await third.closed).toEqual({
      code: 4429,
      reason: expect.stringContaining('already holds 2 connections'),
    });
    await connect({ as: 'editor' }).subscribe(CHANGED);
    await held[0]!.dispose();
    // The server forgets the closed connection when its close arrives; until then a newcomer may be refused.
    await waitUntil(async () => {
      const next = connect({ as: 'reader' });
      const outcome = await Promise.race([
        next.subscribe(CHANGED).then(() => 'subscribed' as const),
        next.closed.then(() => 'closed' as const),
      ]);
      return outcome === 'subscribed';
    });
  });
});

/** Resolves once `check` answers true, asking again on each turn of the event loop for up to 5 s. */
async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold within 5 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
