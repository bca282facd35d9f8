import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApi } from './api';
import { keyOf, type Caller } from './access';

/** How long a test waits for something the server should send at once. */
export const EVENT_TIMEOUT_MS = 5000;

type Result = FormattedExecutionResult<any, any>;

/** How a connection ended: the WebSocket close code and reason. */
export interface Closed {
  code: number;
  reason: string;
}

/** One subscription of a test client: what the server sent for it, in order, awaited one at a time. */
export interface LiveSubscription {
  /** The next result (data or errors); rejects with the formatted errors of an `error` message. */
  next(): Promise<Result>;
  /** Completes it, as a client that no longer wants events. */
  unsubscribe(): void;
}

export interface LiveClient {
  /**
   * Subscribes and resolves once the server has started the subscription (its log line is there);
   * `extensions` go in the subscribe message (e.g. a persisted query's hash).
   */
  subscribe(
    query: string,
    variables?: Record<string, unknown>,
    extensions?: Record<string, unknown>,
  ): Promise<LiveSubscription>;
  /** Resolves when the server closes the connection (or refuses it). */
  closed: Promise<Closed>;
  dispose(): Promise<void>;
}

export interface LiveClientOptions {
  /** Who connects (default admin; anonymous sends no key); `key` sends that string instead. */
  as?: Caller;
  key?: string;
  /** The key in the upgrade request's Authorization header rather than in the connection params. */
  inHeader?: boolean;
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${EVENT_TIMEOUT_MS} ms`)), EVENT_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Resolves once `count` subscriptions have been started on the server (read from its captured log), or
 * once `ended` has settled (the server answered with an error instead).
 */
async function started(api: TestApi, count: number, ended: Promise<unknown>): Promise<void> {
  let over = false;
  void ended.finally(() => (over = true));
  const deadline = Date.now() + EVENT_TIMEOUT_MS;
  const lines = () => api.logs.filter((line) => line.msg === 'subscription started').length;
  while (lines() < count && !over) {
    if (Date.now() > deadline)
      throw new Error(`the server did not start the subscription within ${EVENT_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A real graphql-ws client over `ws` connected to the test API (which must capture its logs, so the
 * client knows when a subscription has started). Nothing is retried: a refusal ends the client.
 */
export function connectLive(api: TestApi, options: LiveClientOptions = {}): LiveClient {
  const key = options.key ?? keyOf(api.access, options.as ?? 'admin');
  const authorization = key === undefined ? undefined : `Bearer ${key}`;
  let onClosed: (closed: Closed) => void = () => {};
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const client: Client = createClient({
    url: api.server.url.replace(/^http/, 'ws'),
    webSocketImpl: options.inHeader
      ? class extends WebSocket {
          constructor(url: string, protocols: string[]) {
            super(url, protocols, { headers: authorization ? { authorization } : {} });
          }
        }
      : WebSocket,
    connectionParams: options.inHeader || authorization === undefined ? {} : { authorization },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string | Buffer };
        onClosed({ code, reason: String(reason) });
      },
    },
  });
  return {
    async subscribe(query, variables, extensions) {
      const before = api.logs.filter((line) => line.msg === 'subscription started').length;
      const iterator = client.iterate<any, any>({ query, variables, extensions });
      // Asked for its first result now: iterate() sends the subscribe message only when asked.
      let pending: Promise<IteratorResult<Result>> | undefined = iterator.next();
      const ended = pending.then(
        () => undefined,
        () => undefined,
      );
      await started(api, before + 1, ended);
      return {
        async next() {
          const result = pending ?? iterator.next();
          pending = undefined;
          const { value, done } = await within(result, 'event');
          if (done) throw new Error('the subscription completed');
          return value;
        },
        unsubscribe: () => void iterator.return?.(),
      };
    },
    closed,
    dispose: () => client.dispose() as Promise<void>,
  };
}

/**
 * A `connect` for one describe block: every client it opens is disposed after each test, so no socket
 * outlives the test that opened it.
 */
export function useLiveClients(api: () => TestApi): (options?: LiveClientOptions) => LiveClient {
  const clients: LiveClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });
  return (options) => {
    const client = connectLive(api(), options);
    clients.push(client);
    return client;
  };
}

/** The subscription a dashboard holds, and the writes the live tests make. */
export const CHANGED = `subscription Dashboard($actorIds: [ID!], $partnershipIds: [ID!]) {
  networkChanged(actorIds: $actorIds, partnershipIds: $partnershipIds) {
    revision fromRevision idsKnown actorIds partnershipIds areaIds themeIds targetGroupIds
  }
}`;
export const CREATE_ACTOR = `mutation ($input: ActorInput!) { createActor(input: $input) { id: slug } }`;
export const UPSERT = `mutation ($input: NetworkInput!) { upsertNetwork(input: $input) { revision } }`;

/** Runs a mutation over HTTP that must succeed; returns the store's revision after it. */
export async function mutate(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  as: 'editor' | 'admin' = 'admin',
) {
  const res = await api.graphql(query, variables, { as });
  expect(res.errors).toBeUndefined();
  return api.store.revision();
}

export const actor = (id: string) => ({ id, name: `Live ${id}`, sector: 'CIVIL_SOCIETY', kind: 'NGO' });
/** The event of a change made through the API to these records, at `revision`. */
export const change = (
  revision: number,
  ids: Partial<Record<'actorIds' | 'partnershipIds' | 'areaIds' | 'themeIds' | 'targetGroupIds', string[]>>,
) => ({
  networkChanged: {
    revision,
    fromRevision: revision,
    idsKnown: true,
    actorIds: [],
    partnershipIds: [],
    areaIds: [],
    themeIds: [],
    targetGroupIds: [],
    ...ids,
  },
});
