// `npm run load -- --clients 20 --seconds 30 [--url http://host:port/graphql] [--key KEY]`: N concurrent
// clients on loopback mixing dashboard reads (actor pages, nested partners, search) for a set time; prints
// throughput, p50/p95/p99 latency, errors and RSS before/after. Without --url it starts the server in this
// process on a temporary embedded store holding the Kosovo seed (so RSS is the server's, clients included).
// Figures, not pass/fail: not part of the test suite.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed } from '../src/io/seed';
import { startServer } from '../src/server/app';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';

function option(name: string, fallback?: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

const CLIENTS = Number(option('clients', '20'));
const SECONDS = Number(option('seconds', '30'));

const WORDS = [
  'peje',
  'children',
  'municipality',
  'unicef',
  'youth',
  'save',
  'education',
  'roma',
  'ministry',
];

/** The reads a dashboard makes, picked in turn by each client. */
function nextRequest(i: number, ids: string[]): { name: string; query: string; variables?: object } {
  switch (i % 4) {
    case 0:
      return {
        name: 'actor page',
        query:
          'query($first: Int) { actors(first: $first) { totalCount edges { node { id name sector kind } } } }',
        variables: { first: 20 + (i % 30) },
      };
    case 1:
      return {
        name: 'nested partners',
        query:
          'query($id: ID!) { actor(id: $id) { name partners { count actor { id name sector } partnerships { id title } } } }',
        variables: { id: ids[i % ids.length] },
      };
    case 2:
      return {
        name: 'search',
        query: 'query($q: String!) { search(query: $q, first: 10) { kind id name score } }',
        variables: { q: WORDS[i % WORDS.length] },
      };
    default:
      return {
        name: 'partnerships with participants',
        query:
          '{ partnerships(first: 25) { edges { node { id: slug title kind participants { role actor { name } } areas { name } } } } }',
      };
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  let url = option('url');
  let stop = async () => {};
  if (!url) {
    const dir = await mkdtemp(join(tmpdir(), 'partner-network-load-'));
    const store = await EmbeddedStore.open({ dataDir: dir });
    await loadSeed(store, 'kosovo');
    const server = await startServer(store, { PORT: 0, HOST: '127.0.0.1', DATA_DIR: dir });
    url = server.url;
    stop = async () => {
      await server.stop();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const key = option('key');
  if (key) headers.authorization = `Bearer ${key}`;
  const post = async (body: object) => {
    const res = await fetch(url!, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
  };
  const seedIds = await post({ query: '{ actors(first: 500) { edges { node { id: slug } } } }' });
  const page = seedIds.body.data as { actors: { edges: { node: { id: string } }[] } };
  const ids = page.actors.edges.map((e) => e.node.id);
  const rssStart = process.memoryUsage().rss;

  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const failed = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
  const deadline = Date.now() + SECONDS * 1000;
  const started = Date.now();
  const client = async (c: number) => {
    for (let i = c; Date.now() < deadline; i += CLIENTS) {
      const request = nextRequest(i, ids);
      const t = performance.now();
      try {
        const { status, body } = await post({ query: request.query, variables: request.variables });
        latencies.push(performance.now() - t);
        if (status !== 200 || body.errors) failed(`${request.name}: HTTP ${status}`);
      } catch (error) {
        failed(`${request.name}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const elapsed = (Date.now() - started) / 1000;
  const rssAfter = process.memoryUsage().rss;
  await stop();

  const sorted = [...latencies].sort((a, b) => a - b);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  console.log(
    `load: ${CLIENTS} clients for ${elapsed.toFixed(1)} s against ${url}${option('url') ? '' : ' (in-process)'}`,
  );
  console.log(`  requests     ${latencies.length} (${(latencies.length / elapsed).toFixed(0)} per second)`);
  console.log(
    `  latency      p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
  );
  console.log(
    `  errors       ${errorCount}${errorCount ? `: ${JSON.stringify(Object.fromEntries(errors))}` : ''}`,
  );
  console.log(
    `  RSS          ${mb(rssBefore)} before start, ${mb(rssStart)} loaded, ${mb(rssAfter)} after the run`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
