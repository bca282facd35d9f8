// `npm run bench -- --compare`: ours against peers measured in the same run, interleaved, on this machine.
// 1. the generated 10k network: our centralities (path metrics on the worker pool, as the server runs
//    them) against igraph and networkit, metric by metric, each library in turn;
// 2. HTTP at 10 connections (autocannon, from this process; the servers in processes of their own): our
//    server against a bare graphql-js + node:http peer (bench/peer-server.ts) for `{ about { revision } }`,
//    rounds alternating, and ours alone for an actor page and the nested partners query;
// 3. the generated 100k network: JSON import into the embedded store (partnerships/s), then our server's
//    RSS after PAGERANK, BETWEENNESS(samples: 100) and networkStats.
// Prints the table with the load average; writes bench/results/<date>-compare.json. See bench/README.md.
// `-- --compare --rss-only`: section 3 alone (bench/results/<date>-compare-rss.json), for work on memory;
// `-- --compare --http-only`: section 2 alone (bench/results/<date>-compare-http.json), for work on the API.
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../src/analytics/budget';
import { centrality } from '../src/analytics/centrality';
import { actorNetwork, type ActorNetwork } from '../src/analytics/projection';
import { AnalyticsThread, isPathMetric } from '../src/app/analytics/analytics-thread';
import { networkJsonText, syntheticNetwork } from '../src/io/generate/synthetic-network';
import { importNetwork } from '../src/io/import';
import { projectRoot } from '../src/lib/project-root';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { importFloor } from './import-floor';
import { runReference, type Library } from './reference';
import { writeBenchResults } from './results';

const METRICS = ['BETWEENNESS', 'CLOSENESS', 'HARMONIC', 'PAGERANK', 'EIGENVECTOR', 'CONSTRAINT'] as const;
const PEERS: Library[] = ['igraph', 'networkit'];
const SEED = Number(process.env.BENCH_SEED ?? 1);
const log = (line: string) => process.stderr.write(`[compare] ${line}\n`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A generated network imported as JSON into a fresh embedded store in `dir`; partnerships per second. */
async function imported(actors: number, dir: string) {
  const network = syntheticNetwork({ actors, seed: SEED });
  const text = networkJsonText(network);
  const store = await EmbeddedStore.open({ dataDir: dir });
  const started = performance.now();
  await importNetwork('json', [{ name: 'synthetic.json', content: text }], store, {
    write: (upsert) => store.write({ upsert }),
  });
  const seconds = (performance.now() - started) / 1000;
  const floorPerSecond = importFloor(text);
  const projection = actorNetwork(await store.snapshot());
  await store.close();
  const ids = network.actors.filter((_, i) => i % 97 === 0).map((a) => a.id);
  return {
    projection,
    ids,
    partnerships: network.partnerships.length,
    perSecond: network.partnerships.length / seconds,
    floorPerSecond,
  };
}

/** Our time for one metric, as the server computes it: path metrics shared over the pool's threads. */
async function ours(pool: AnalyticsThread, network: ActorNetwork, metric: (typeof METRICS)[number]) {
  const limits = { ...DEFAULT_LIMITS, timeBudgetMs: 3_600_000 };
  const started = performance.now();
  if (isPathMetric(metric))
    await pool.run(network, { kind: 'centrality', metric }, { limits, startedAt: Date.now() });
  else centrality(network, metric);
  return performance.now() - started;
}

async function centralities(network: ActorNetwork) {
  const pool = AnalyticsThread.start({ threads: availableParallelism() })!;
  const rows: Record<string, Record<string, number | string>> = {};
  try {
    // Warm-up: threads started, code compiled, as in a server that has answered before.
    await ours(pool, network, 'CLOSENESS');
    for (const metric of METRICS) {
      const rounds = isPathMetric(metric) ? 1 : 3;
      const times: Record<string, number[]> = { ours: [] };
      const row: Record<string, number | string> = {};
      for (let round = 0; round < rounds; round++) {
        times.ours!.push(await ours(pool, network, metric));
        for (const library of PEERS) {
          const run = runReference(library, network, false, [metric]);
          if ('missing' in run) row[library] = run.missing;
          else if (run.ms[metric]) (times[library] ??= []).push(run.ms[metric].cold);
          else row[library] = 'no such metric';
        }
      }
      for (const [who, list] of Object.entries(times)) row[who] = median(list);
      log(`${metric}: ${JSON.stringify(row)} (load ${load()})`);
      rows[metric] = row;
    }
  } finally {
    await pool.close();
  }
  return rows;
}

/** A free loopback port, for a server that is then told to listen on it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A server in a process of its own on `port`, its stdout (request log lines) going to /dev/null as to a
 * file in production; resolves once it answers.
 */
async function serve(args: string[], env: NodeJS.ProcessEnv, port: number) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before listening`);
    const ok = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ABOUT),
    }).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return { child, url };
    if (tries > 600) throw new Error(`no answer from ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Both servers run as deployed: NODE_ENV=production (graphql-js leaves out its development checks), and
 * ours logs its request lines and keeps the default analytics time budget.
 */
const PRODUCTION = { NODE_ENV: 'production' };

async function ourServer(dataDir: string) {
  const port = await freePort();
  const env = {
    ...PRODUCTION,
    ALLOW_ANONYMOUS_READ: 'true',
    DATA_DIR: dataDir,
    PORT: String(port),
    SEED: 'none',
  };
  return serve([join(projectRoot(), 'dist', 'src', 'server', 'main.js')], env, port);
}

/** autocannon at 10 connections for `seconds`: requests per second and latency percentiles. */
async function hammer(url: string, body: object, seconds = 5) {
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const failed = result.errors + result.non2xx;
  return { reqPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, failed };
}

const ABOUT = { query: '{ about { revision } }' };
const ACTORS = { query: '{ actors(first: 20) { edges { node { id: slug name sector } } } }' };
const nested = (id: string) => ({
  query:
    'query($id: ID!) { actor(id: $id) { slug name partners(first: 10) { partnershipCount actor { slug name } partnerships { slug title } } } }',
  variables: { id },
});

async function http(dataDir: string, peerDir: string, actorId: string) {
  const server = await ourServer(dataDir);
  const peerPort = await freePort();
  const peer = await serve(
    [
      join(projectRoot(), 'dist', 'bench', 'peer-server.js'),
      '--data-dir',
      peerDir,
      '--port',
      String(peerPort),
    ],
    PRODUCTION,
    peerPort,
  );
  const rounds: Record<string, ReturnType<typeof hammer> extends Promise<infer R> ? R[] : never> = {};
  try {
    // Warm-up of every request (JIT, listings, caches), so the first round is not a cold start.
    for (const [url, body] of [
      [server.url, ABOUT],
      [peer.url, ABOUT],
      [server.url, ACTORS],
      [server.url, nested(actorId)],
    ] as const)
      await hammer(url, body, 3);
    for (let round = 0; round < 3; round++) {
      for (const [name, url, body] of [
        ['about, ours', server.url, ABOUT],
        ['about, graphql-js peer', peer.url, ABOUT],
        ['actors(first: 20)', server.url, ACTORS],
        ['actor → partners(first: 10) → partnerships', server.url, nested(actorId)],
      ] as const) {
        (rounds[name] ??= []).push(await hammer(url, body));
        log(`${name}: ${Math.round(rounds[name].at(-1)!.reqPerSec)} req/s (load ${load()})`);
      }
    }
  } finally {
    server.child.kill('SIGTERM');
    peer.child.kill('SIGTERM');
  }
  return Object.fromEntries(
    Object.entries(rounds).map(([name, list]) => [
      name,
      {
        reqPerSec: median(list.map((r) => r.reqPerSec)),
        p99Ms: median(list.map((r) => r.p99Ms)),
        failed: list.reduce((n, r) => n + r.failed, 0),
      },
    ]),
  );
}

/** Our server on the 100k store: its resident memory after the heaviest analytics a dashboard asks. */
async function memoryAt100k(dataDir: string) {
  const server = await ourServer(dataDir);
  const asked: Record<string, number | string> = {};
  try {
    for (const [name, query] of <const>[
      ['PAGERANK', '{ centrality(metric: PAGERANK, top: 5) { value } }'],
      ['BETWEENNESS(samples: 100)', '{ centrality(metric: BETWEENNESS, samples: 100, top: 5) { value } }'],
      [
        'networkStats',
        '{ networkStats { actors: actorCount ties: tieCount averageClustering transitivity diameter } }',
      ],
    ]) {
      const started = performance.now();
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      asked[name] = body.errors
        ? `error: ${body.errors[0]!.message}`
        : Math.round(performance.now() - started);
      log(`100k ${name}: ${asked[name]}`);
    }
    const status = await readFile(`/proc/${server.child.pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return {
      ms: asked,
      rssMiB: Math.round(kib('VmRSS') / 1024),
      peakRssMiB: Math.round(kib('VmHWM') / 1024),
    };
  } finally {
    server.child.kill('SIGTERM');
  }
}

/** Section 3 alone: import and server memory at 100k, with the load average. */
async function rssOnly(dir: string): Promise<void> {
  const loadBefore = load();
  log('generating and importing the 100k network…');
  const large = await imported(100_000, join(dir, '100k'));
  const figures = {
    seed: SEED,
    load: { before: loadBefore, after: '' },
    import100k: {
      partnerships: large.partnerships,
      perSecond: Math.round(large.perSecond),
      floorPerSecond: Math.round(large.floorPerSecond),
    },
    memory100k: await memoryAt100k(join(dir, '100k')),
  };
  figures.load.after = load();
  console.log(`\n== compare, 100k only; load average ${figures.load.before} → ${figures.load.after}`);
  printAt100k(figures);
  console.log(`wrote ${await writeBenchResults('compare-rss', figures)}`);
}

/** Section 2 alone: the HTTP rounds on the 10k network, with the load average. */
async function httpOnly(dir: string): Promise<void> {
  const loadBefore = load();
  log('generating and importing the 10k network…');
  const small = await imported(10_000, join(dir, '10k'));
  await cp(join(dir, '10k'), join(dir, '10k-peer'), { recursive: true });
  const figures = {
    seed: SEED,
    load: { before: loadBefore, after: '' },
    http: await http(join(dir, '10k'), join(dir, '10k-peer'), small.ids[3]!),
  };
  figures.load.after = load();
  console.log(`\n== compare, HTTP only; load average ${figures.load.before} → ${figures.load.after}`);
  printHttp(figures);
  console.log(`wrote ${await writeBenchResults('compare-http', figures)}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = load();
  const dir = await mkdtemp(join(tmpdir(), 'compare-bench-'));
  try {
    if (process.argv.includes('--rss-only')) return await rssOnly(dir);
    if (process.argv.includes('--http-only')) return await httpOnly(dir);
    log('generating and importing the 10k network…');
    const small = await imported(10_000, join(dir, '10k'));
    const analytics = await centralities(small.projection);
    await cp(join(dir, '10k'), join(dir, '10k-peer'), { recursive: true });
    const requests = await http(join(dir, '10k'), join(dir, '10k-peer'), small.ids[3]!);
    log('generating and importing the 100k network…');
    const large = await imported(100_000, join(dir, '100k'));
    const memory = await memoryAt100k(join(dir, '100k'));
    const figures = {
      seed: SEED,
      cores: availableParallelism(),
      load: { before: loadBefore, after: load() },
      network10k: { actors: small.projection.actors.length, ties: small.projection.ties.length },
      analytics,
      http: requests,
      import10k: Math.round(small.perSecond),
      import100k: {
        partnerships: large.partnerships,
        perSecond: Math.round(large.perSecond),
        floorPerSecond: Math.round(large.floorPerSecond),
      },
      memory100k: memory,
      wallSeconds: (performance.now() - started) / 1000,
    };
    print(figures);
    console.log(`wrote ${await writeBenchResults('compare', figures)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function print(f: {
  load: { before: string; after: string };
  cores: number;
  network10k: { actors: number; ties: number };
  analytics: Record<string, Record<string, number | string>>;
  http: Record<string, { reqPerSec: number; p99Ms: number; failed: number }>;
  import100k: { partnerships: number; perSecond: number; floorPerSecond: number };
  memory100k: { ms: Record<string, number | string>; rssMiB: number; peakRssMiB: number };
}): void {
  // A peer that has no time says why under the table, so the columns stay aligned.
  const cell = (v: number | string | undefined) =>
    typeof v === 'number' ? `${(v / 1000).toFixed(2)} s` : '–';
  const ratio = (o: number | string | undefined, t: number | string | undefined) =>
    typeof o === 'number' && typeof t === 'number' ? `×${(t / o).toFixed(2)}` : '';
  console.log(
    `\n== compare: ${f.network10k.actors} actors, ${f.network10k.ties} ties; ${f.cores} cores; load average ${f.load.before} → ${f.load.after}`,
  );
  console.log(
    `${'metric'.padEnd(13)}${'ours'.padStart(10)}${'igraph'.padStart(12)}${''.padStart(8)}${'networkit'.padStart(12)}${''.padStart(8)}   (×: their time / ours)`,
  );
  for (const [metric, row] of Object.entries(f.analytics))
    console.log(
      `${metric.padEnd(13)}${cell(row.ours).padStart(10)}${cell(row.igraph).padStart(12)}${ratio(row.ours, row.igraph).padStart(8)}${cell(row.networkit).padStart(12)}${ratio(row.ours, row.networkit).padStart(8)}`,
    );
  for (const [metric, row] of Object.entries(f.analytics))
    for (const [who, value] of Object.entries(row))
      if (typeof value === 'string') console.log(`  ${who}, ${metric}: ${value}`);
  printHttp(f);
  printAt100k(f);
}

function printHttp(f: { http: Record<string, { reqPerSec: number; p99Ms: number; failed: number }> }): void {
  console.log(
    `\n${'HTTP, 10 connections (median of 3 rounds of 5 s)'.padEnd(50)}${'req/s'.padStart(8)}${'p99 ms'.padStart(8)}  failed`,
  );
  for (const [name, row] of Object.entries(f.http))
    console.log(
      `${name.padEnd(50)}${Math.round(row.reqPerSec).toString().padStart(8)}${row.p99Ms.toFixed(0).padStart(8)}  ${row.failed}`,
    );
  const ours = f.http['about, ours']?.reqPerSec;
  const peer = f.http['about, graphql-js peer']?.reqPerSec;
  if (ours && peer)
    console.log(`about: the peer answers ×${(peer / ours).toFixed(2)} as many requests as ours`);
}

function printAt100k(f: {
  import100k: { partnerships: number; perSecond: number; floorPerSecond: number };
  memory100k: { ms: Record<string, number | string>; rssMiB: number; peakRssMiB: number };
}): void {
  console.log(
    `\nimport at 100k: ${f.import100k.partnerships} partnerships, ${f.import100k.perSecond} partnerships/s ` +
      `(floor: parse, index and look up references only, ${f.import100k.floorPerSecond} partnerships/s)`,
  );
  console.log(
    `server at 100k: ${Object.entries(f.memory100k.ms)
      .map(([k, v]) => `${k} ${typeof v === 'number' ? `${v} ms` : v}`)
      .join(', ')}; RSS ${f.memory100k.rssMiB} MiB (peak ${f.memory100k.peakRssMiB} MiB)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
