// Live updates: how long a change takes to reach every subscriber, and what a connection costs.
// `tsc -p tsconfig.bench.json && node dist/bench/live.bench.js [--subscribers 1,100,1000] [--writes 50]`
// starts the server in this process on a temporary embedded store holding the Kosovo seed, opens that many
// graphql-ws connections (one subscription each), then makes the writes one after another over HTTP and
// times, for each, the mutation's answer and the moment the last subscriber has its event. Clients run in
// the same process, so their work is in the figures too. Figures, not pass/fail: not part of the tests.
import 'reflect-metadata';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { formatKeyLine, generateKey, hashKey } from '../src/app/access/api-keys';
import { loadSeed } from '../src/io/seed';
import { startServer } from '../src/server/app';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { writeBenchResults } from './results';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}

const SUBSCRIBERS = option('subscribers', '1,100,1000').split(',').map(Number);
const WRITES = Number(option('writes', '50'));
const SUBSCRIPTION = 'subscription { networkChanged { revision actorIds } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'partner-network-live-'));
  const key = generateKey();
  const keysFile = join(dir, 'api-keys');
  await writeFile(keysFile, `${formatKeyLine({ id: 'bench', role: 'admin', sha256: hashKey(key) })}\n`);
  const store = await EmbeddedStore.open({ dataDir: join(dir, 'store') });
  await loadSeed(store, 'kosovo');
  const server = await startServer(store, {
    PORT: 0,
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    API_KEYS_FILE: keysFile,
  });
  const authorization = `Bearer ${key}`;
  let written = 0;
  const write = async () => {
    const id = `live-bench-${++written}`;
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({
        query: 'mutation ($input: ActorInput!) { createActor(input: $input) { id } }',
        variables: { input: { id, name: `Bench ${written}`, sector: 'CIVIL_SOCIETY', kind: 'NGO' } },
      }),
    });
    if (res.status !== 200) throw new Error(`createActor: HTTP ${res.status}`);
    return id;
  };

  const rows = [];
  for (const count of SUBSCRIBERS) {
    // Each subscriber calls back with the actor ids of every event it gets.
    let onEvent: (ids: string[]) => void = () => {};
    const clients: Client[] = [];
    const rssBefore = process.memoryUsage().rss;
    for (let i = 0; i < count; i++) {
      const client = createClient({
        url: server.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization },
        retryAttempts: 0,
      });
      client.subscribe<{ networkChanged: { actorIds: string[] } }>(
        { query: SUBSCRIPTION },
        {
          next: ({ data }) => onEvent(data?.networkChanged.actorIds ?? []),
          error: (error) => console.error('subscriber error', error),
          complete: () => {},
        },
      );
      clients.push(client);
    }
    /** Resolves when every subscriber has had the event of `id`. */
    const delivered = (id: string) =>
      new Promise<void>((resolve) => {
        let got = 0;
        onEvent = (ids) => {
          if (ids.includes(id) && ++got === count) resolve();
        };
      });
    // Writes no one times until one reaches every subscriber: then all subscriptions have started.
    for (let heard = false; !heard;) {
      const all = delivered(`live-bench-${written + 1}`);
      await write();
      heard = await Promise.race([all.then(() => true), sleep(1000).then(() => false)]);
    }
    const rssConnected = process.memoryUsage().rss;
    const answered: number[] = [];
    const toLast: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const id = `live-bench-${written + 1}`;
      const all = delivered(id);
      const t = performance.now();
      await write();
      answered.push(performance.now() - t);
      await all;
      toLast.push(performance.now() - t);
    }
    await Promise.all(clients.map((c) => c.dispose()));
    const a = [...answered].sort((x, y) => x - y);
    const d = [...toLast].sort((x, y) => x - y);
    const row = {
      subscribers: count,
      writes: WRITES,
      mutationP50Ms: +percentile(a, 50).toFixed(1),
      lastEventP50Ms: +percentile(d, 50).toFixed(1),
      lastEventP95Ms: +percentile(d, 95).toFixed(1),
      lastEventMaxMs: +(d.at(-1) ?? NaN).toFixed(1),
      rssPerConnectionKB: Math.round((rssConnected - rssBefore) / 1024 / count),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  await server.stop();
  await store.close();
  await rm(dir, { recursive: true, force: true });
  console.table(rows);
  console.log(`written to ${await writeBenchResults('live', { rows })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
