// `npm run load -- --url http://127.0.0.1:4000/graphql --key KEY [--clients 50] [--seconds 60]
//   [--write-share 0.1] [--pid PID]`: drives a server started separately (its own process) with autocannon
// from this process: each request kind (dashboard reads; with a key that may write, small edits) on its own
// share of the connections, for a set time. Prints per kind req/s, p50/p95/p99, errors (HTTP or GraphQL);
// /healthz latency probed throughout; the server's RSS before and after (from /proc: by its port on this
// machine, or --pid). Without --url it starts `dist/src/server/main.js` on a fresh DATA_DIR holding the
// Kosovo seed and an editor key, as a child process. Figures, not pass/fail: not part of the test suite.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appendKey } from '../src/app/access/api-key-file';
import { generateKey, hashKey } from '../src/app/access/api-keys';
import { readKinds, writeKind, type RequestKind } from './load-mix';
import { pidListeningOn, rssOf } from './server-process';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    key: { type: 'string' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    'write-share': { type: 'string', default: '0.1' },
    pid: { type: 'string' },
  },
});
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const HEALTH_PROBE_MS = 100;

interface KindResult {
  name: string;
  connections: number;
  latencies: number[];
  errors: number;
  elapsed: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs one kind on `connections` connections for SECONDS; counts non-200 answers and GraphQL errors. */
async function drive(url: string, headers: Record<string, string>, kind: RequestKind, connections: number) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = Date.now();
  const options: autocannon.Options = {
    url,
    connections,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers,
        setupRequest: (request) => ({ ...request, body: JSON.stringify(kind.body(next++)) }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"')) errors++;
        },
      },
    ],
  };
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(options, (error) => (error ? reject(error) : resolve()));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    instance.on('reqError', () => errors++);
  });
  return { name: kind.name, connections, latencies, errors, elapsed: (Date.now() - started) / 1000 };
}

/** Probes /healthz every HEALTH_PROBE_MS until `done`: how long the server keeps its liveness waiting. */
async function probeHealth(base: string, done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!done()) {
    const t = performance.now();
    await fetch(`${base}/healthz`).then((res) => res.arrayBuffer());
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, HEALTH_PROBE_MS));
  }
  return latencies;
}

/** The server of a run without --url: the built server on a fresh DATA_DIR with the seed and an editor key. */
async function startOwnServer(): Promise<{
  url: string;
  key: string;
  child: ChildProcess;
  stop(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'partner-network-load-'));
  const key = generateKey();
  await appendKey(join(dir, 'api-keys'), { id: 'load', role: 'editor', sha256: hashKey(key) });
  const child = spawn(process.execPath, [join(__dirname, '..', 'src', 'server', 'main.js')], {
    env: { ...process.env, PORT: '0', DATA_DIR: dir, NODE_ENV: 'production', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\S+\/graphql)/.exec(out)?.[1];
      if (found) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  return {
    url,
    key,
    child,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  const own = args.url ? undefined : await startOwnServer();
  const url = args.url ?? own!.url;
  const key = args.key ?? own?.key;
  const base = new URL(url).origin;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  const post = async (body: object) => {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    return (await res.json()) as {
      data?: { actors?: { edges: { node: { id: string } }[] } };
      errors?: { message: string }[];
    };
  };
  const page = await post({ query: '{ actors(first: 500) { edges { node { id: slug } } } }' });
  if (page.errors) throw new Error(`cannot read actors: ${page.errors[0]!.message}`);
  const ids = page.data!.actors!.edges.map((e) => e.node.id);
  // A write needs a key that may write: an edit that changes nothing finds out.
  const probe = await post({
    query: 'mutation($id: ID!) { updateActor(id: $id, patch: {}) { id } }',
    variables: { id: ids[0] },
  });
  const canWrite = probe.errors === undefined;

  const writers = canWrite ? Math.max(1, Math.round(CLIENTS * Number(args['write-share']))) : 0;
  const reads = readKinds(ids);
  const readers = CLIENTS - writers;
  const plan: [RequestKind, number][] = reads.map((kind, i) => [
    kind,
    Math.floor(readers / reads.length) + (i < readers % reads.length ? 1 : 0),
  ]);
  if (writers > 0) plan.push([writeKind(ids, String(Date.now())), writers]);

  const pid = args.pid
    ? Number(args.pid)
    : (own?.child.pid ?? (await pidListeningOn(Number(new URL(url).port))));
  const rssBefore = await rssOf(pid);
  let finished = false;
  const health = probeHealth(base, () => finished);
  const results: KindResult[] = await Promise.all(
    plan.filter(([, n]) => n > 0).map(([kind, n]) => drive(url, headers, kind, n)),
  );
  finished = true;
  const healthLatencies = (await health).sort((a, b) => a - b);
  const rssAfter = await rssOf(pid);
  const load = loadavg();
  await own?.stop();

  const ms = (v: number) => v.toFixed(1).padStart(8);
  const mb = (bytes: number | undefined) =>
    bytes === undefined ? 'unknown (pass --pid)' : `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `load: ${CLIENTS} connections for ${SECONDS} s against ${url}${own ? ' (started by this tool)' : ''}`,
  );
  console.log(`${'kind'.padEnd(22)} conns    reqs    req/s      p50      p95      p99      max  errors`);
  const row = (name: string, connections: number, latencies: number[], errors: number, elapsed: number) => {
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `${name.padEnd(22)} ${String(connections).padStart(5)} ${String(sorted.length).padStart(7)} ${(sorted.length / elapsed).toFixed(0).padStart(8)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(percentile(sorted, 99))} ${ms(sorted.at(-1) ?? NaN)} ${String(errors).padStart(7)}`,
    );
  };
  for (const r of results) row(r.name, r.connections, r.latencies, r.errors, r.elapsed);
  const elapsed = Math.max(...results.map((r) => r.elapsed));
  row(
    'all',
    CLIENTS,
    results.flatMap((r) => r.latencies),
    results.reduce((n, r) => n + r.errors, 0),
    elapsed,
  );
  if (!canWrite) console.log('(no write mix: pass --key with a key of role editor or admin)');
  console.log(
    `/healthz during the run: ${healthLatencies.length} probes, p50 ${percentile(healthLatencies, 50).toFixed(1)} ms, p99 ${percentile(healthLatencies, 99).toFixed(1)} ms, max ${(healthLatencies.at(-1) ?? NaN).toFixed(1)} ms`,
  );
  console.log(`server RSS: ${mb(rssBefore)} before, ${mb(rssAfter)} after (pid ${pid ?? 'unknown'})`);
  console.log(`load average (1, 5, 15 min): ${load.map((l) => l.toFixed(2)).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
