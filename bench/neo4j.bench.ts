// The Neo4j bench, run by `npm run bench` when NEO4J_URI is set (it says so and stops otherwise). On the
// generated network (BENCH_NEO4J_SIZES, default 10000 actors) it times, for the embedded store and for
// Neo4j side by side: the JSON import (records/s), `about` + totalCounts, an actors page of 50, a hub
// actor's partners and the first analytics request. Then an outage: the store reaches Neo4j through a
// loopback TCP proxy, the proxy goes away (Neo4j "down") and comes back, and it times failing while down
// and the first success after. It EMPTIES the database NEO4J_URI points at.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { networkJsonText, syntheticNetwork } from '../src/io/generate/synthetic-network';
import { importNetwork } from '../src/io/import';
import { startServer, type RunningServer } from '../src/server/app';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import type { NetworkStore } from '../src/store/network-store';
import { Neo4jStore, type Neo4jStoreOptions } from '../src/store/neo4j/neo4j-store';
import { percentile, queryContext, timeQuery, type BenchQuery, type LatencyRow } from './http-queries';
import { writeBenchResults } from './results';

const uri = process.env.NEO4J_URI;
const options: Neo4jStoreOptions | undefined = uri
  ? {
      uri,
      username: process.env.NEO4J_USERNAME || 'neo4j',
      password: process.env.NEO4J_PASSWORD || undefined,
      database: process.env.NEO4J_DATABASE || undefined,
    }
  : undefined;
const SIZES = (process.env.BENCH_NEO4J_SIZES ?? '10000').split(',').map(Number);
const log = (line: string) => process.stderr.write(`[neo4j bench] ${line}\n`);

/** Empties the database, 10,000 nodes per transaction. */
async function wipe(o: Neo4jStoreOptions): Promise<void> {
  const auth = o.password === undefined ? undefined : neo4j.auth.basic(o.username, o.password);
  const driver = neo4j.driver(o.uri, auth, { disableLosslessIntegers: true });
  try {
    const query = 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted';
    for (;;) {
      const { records } = await driver.executeQuery(query, {}, { database: o.database });
      if (Number(records[0]?.get('deleted') ?? 0) === 0) return;
    }
  } finally {
    await driver.close();
  }
}

const hubOf = (network: ReturnType<typeof syntheticNetwork>): string => {
  const count = new Map<string, number>();
  for (const p of network.partnerships)
    for (const x of p.participants) count.set(x.actorId, (count.get(x.actorId) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]![0];
};

/** The rows of the issue's table; the analytics row is one request: the first, which reads the network. */
function rows(hub: string): BenchQuery[] {
  return [
    {
      name: 'about + totalCounts',
      requests: 100,
      request: () => ({
        query: '{ about { revision } actors(first: 0) { totalCount } partnerships(first: 0) { totalCount } }',
      }),
    },
    {
      name: 'actors page (50)',
      requests: 100,
      request: () => ({
        query:
          '{ actors(first: 50) { totalCount edges { node { id: slug name sector } } pageInfo { endCursor } } }',
      }),
    },
    {
      name: "a hub actor's partners",
      requests: 50,
      request: () => ({
        query:
          'query Hub($id: ID!) { actor(id: $id) { partners { partnershipCount actor { slug name sector } } } }',
        variables: { id: hub },
      }),
    },
    {
      name: 'first analytics request',
      requests: 1,
      request: () => ({ query: '{ centrality(metric: DEGREE, top: 10) { value actor { id: slug } } }' }),
    },
  ];
}

interface StoreFigures {
  importSeconds: number;
  recordsPerSecond: number;
  http: Record<string, LatencyRow>;
}

/** Imports the network into `store`, starts the server on it and times the rows. */
async function measure(
  store: NetworkStore,
  text: string,
  records: number,
  table: BenchQuery[],
  context: ReturnType<typeof queryContext>,
): Promise<StoreFigures> {
  const started = performance.now();
  await importNetwork('json', [{ name: 'synthetic.json', content: text }], store, {
    write: (upsert) => store.write({ upsert }),
  });
  const importSeconds = (performance.now() - started) / 1000;
  log(`${store.kind}: imported ${records} records in ${importSeconds.toFixed(2)} s`);
  const dir = await mkdtemp(join(tmpdir(), 'neo4j-bench-'));
  const server = await startServer(store, {
    PORT: 0,
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    ALLOW_ANONYMOUS_READ: true,
  });
  try {
    const http: Record<string, LatencyRow> = {};
    for (const row of table) http[row.name] = await timeQuery(server.url, row, context);
    return { importSeconds, recordsPerSecond: Math.round(records / importSeconds), http };
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A TCP proxy on a loopback port to Neo4j's bolt port, which can refuse connections and cut them. */
class Proxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(
    private readonly host: string,
    private readonly target: number,
  ) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target, this.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async down(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

async function post(url: string, query: string): Promise<{ ok: boolean; ms: number; code?: string }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { ok: !body.errors, ms: performance.now() - started, code: body.errors?.[0]?.extensions?.code };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Neo4j down and up again behind the proxy, with the server running on it. */
async function outage(o: Neo4jStoreOptions) {
  const target = new URL(o.uri.replace(/^[a-z0-9+]+:/, 'http:'));
  const proxy = new Proxy(target.hostname, Number(target.port || 7687));
  await proxy.up();
  const store = await Neo4jStore.open({ ...o, uri: `bolt://127.0.0.1:${proxy.port}` });
  const dir = await mkdtemp(join(tmpdir(), 'neo4j-outage-'));
  const server: RunningServer = await startServer(store, {
    PORT: 0,
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    ALLOW_ANONYMOUS_READ: true,
  });
  const query = '{ about { revision } actors(first: 5) { totalCount edges { node { id: slug } } } }';
  const readyz = server.url.replace(/\/graphql$/, '/readyz');
  try {
    await post(server.url, query);
    await proxy.down();
    const first = await post(server.url, query); // finds the outage (after the driver's bounded retries)
    const whileDown: number[] = [];
    for (let i = 0; i < 50; i++) whileDown.push((await post(server.url, query)).ms);
    const readyzDown = performance.now();
    const readyStatus = (await fetch(readyz)).status;
    const readyzDownMs = performance.now() - readyzDown;
    // 75 requests queued while down (a dashboard's worth), then Neo4j comes back.
    const queued = Array.from({ length: 75 }, () => post(server.url, query));
    await pause(2_000);
    await proxy.up();
    const back = performance.now();
    let readyMs = NaN;
    let firstSuccessMs = NaN;
    const storm = Array.from({ length: 75 }, async () => {
      for (;;) {
        const r = await post(server.url, query);
        if (r.ok) return performance.now() - back;
        await pause(10);
      }
    });
    for (;;) {
      if (Number.isNaN(readyMs) && (await fetch(readyz)).status === 200) readyMs = performance.now() - back;
      if (Number.isNaN(firstSuccessMs) && (await post(server.url, query)).ok)
        firstSuccessMs = performance.now() - back;
      if (!Number.isNaN(readyMs) && !Number.isNaN(firstSuccessMs)) break;
      if (performance.now() - back > 60_000) break;
      await pause(10);
    }
    const allBack = (await Promise.all(storm)).sort((a, b) => a - b);
    const queuedOutcome = await Promise.all(queued);
    return {
      firstFailureMs: first.ms,
      firstFailureCode: first.code,
      failWhileDownP50Ms: percentile(
        [...whileDown].sort((a, b) => a - b),
        50,
      ),
      failWhileDownMaxMs: Math.max(...whileDown),
      readyzWhileDown: readyStatus,
      readyzWhileDownMs: readyzDownMs,
      queuedDuringOutageFailedMaxMs: Math.max(...queuedOutcome.map((r) => r.ms)),
      readyzBackAfterMs: readyMs,
      firstSuccessAfterMs: firstSuccessMs,
      allOf75SucceededAfterMs: allBack[allBack.length - 1],
    };
  } finally {
    await server.stop();
    await store.close();
    await proxy.down().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!options) {
    console.log(
      'neo4j bench: skipped (set NEO4J_URI to a throw-away Neo4j 5 to compare it with the embedded store; it empties that database)',
    );
    return;
  }
  const figures: Record<string, unknown> = {};
  for (const actors of SIZES) {
    const network = syntheticNetwork({ actors, seed: 1 });
    const text = networkJsonText(network);
    const records =
      network.actors.length +
      network.partnerships.length +
      network.areas.length +
      network.themes.length +
      network.targetGroups.length;
    const table = rows(hubOf(network));
    const context = queryContext(network);
    const dir = await mkdtemp(join(tmpdir(), 'neo4j-bench-embedded-'));
    const embeddedStore = await EmbeddedStore.open({ dataDir: dir });
    const embedded = await measure(embeddedStore, text, records, table, context).finally(async () => {
      await embeddedStore.close();
      await rm(dir, { recursive: true, force: true });
    });
    await wipe(options);
    const neo4jStore = await Neo4jStore.open(options);
    const onNeo4j = await measure(neo4jStore, text, records, table, context).finally(() =>
      neo4jStore.close(),
    );
    figures[actors] = { records, embedded, neo4j: onNeo4j };
    console.log(`\n${actors} actors, ${records} records          embedded        Neo4j`);
    console.log(
      `JSON import (records/s)            ${String(embedded.recordsPerSecond).padStart(8)}   ${String(onNeo4j.recordsPerSecond).padStart(8)}`,
    );
    for (const row of table) {
      const cell = (f: StoreFigures) =>
        (row.requests === 1 ? f.http[row.name]!.firstMs : f.http[row.name]!.p50Ms).toFixed(1).padStart(8);
      const errors = embedded.http[row.name]!.errors + onNeo4j.http[row.name]!.errors;
      console.log(
        `${`${row.name} (${row.requests === 1 ? 'first' : 'median'}, ms)`.padEnd(34)} ${cell(embedded)}   ${cell(onNeo4j)}${errors ? `  (${errors} errors)` : ''}`,
      );
    }
  }
  log('outage: the store reaches Neo4j through a loopback proxy, which goes away for 2 s and comes back');
  const out = await outage(options);
  figures.outage = out;
  console.log('\nNeo4j outage');
  for (const [name, value] of Object.entries(out))
    console.log(`  ${name.padEnd(32)} ${typeof value === 'number' ? value.toFixed(1) : String(value)}`);
  await wipe(options);
  console.log(`\nresults: ${await writeBenchResults('neo4j', figures)}`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
