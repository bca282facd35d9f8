// The explorer bench: for each size (1k and 5k actors; BENCH_EXPLORER_SIZES=1000,5000,10000 to choose) it
// generates a network, imports it into a fresh embedded store, starts the real server with the explorer
// built, times the explorer's own `network` query over HTTP (cold: ForceAtlas2 computed; cached), then
// drives the page in headless Chromium (bench/explorer-page.ts). Prints a table and writes
// bench/results/<date>-explorer.json. Without Chromium it says so and exits 0. See bench/README.md.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { buildExplorer } from '../src/cli/build-explorer';
import { SECTORS } from '../src/domain';
import { initialState, networkVariables } from '../src/explorer/explorer-state';
import { NETWORK } from '../src/explorer/queries';
import { networkJsonText, syntheticNetwork } from '../src/io/generate/synthetic-network';
import { importNetwork } from '../src/io/import';
import { startServer, type RunningServer } from '../src/server/app';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { findChromium, launchChromium } from '../test/helpers/browser';
import { measureExplorerPage, type PageFigures } from './explorer-page';
import { queryContext, timeQuery, type LatencyRow } from './http-queries';
import { writeBenchResults } from './results';

const Options = z.object({
  sizes: z.array(z.number().int().min(10).max(100_000)).min(1),
  seed: z.number().int().min(0),
});

function options(): z.output<typeof Options> {
  const sizes = (process.env.BENCH_EXPLORER_SIZES ?? '1000,5000').split(',').map(Number);
  const parsed = Options.safeParse({ sizes, seed: Number(process.env.BENCH_SEED ?? 1) });
  if (!parsed.success)
    throw new Error(
      parsed.error.issues
        .map((i) => `${i.path[0] === 'sizes' ? 'BENCH_EXPLORER_SIZES' : 'BENCH_SEED'}: ${i.message}`)
        .join('; '),
    );
  return parsed.data;
}

interface SizeFigures {
  actors: number;
  partnerships: number;
  /** The whole network as the explorer draws it. */
  nodes: number;
  ties: number;
  http: { cold: LatencyRow; cached: LatencyRow };
  /** The API's count for the sector filter the page applied, to check the page's. */
  sectorFilterApiCount: number;
  page: PageFigures;
}

/** The explorer's first `network` request, as the page sends it with nothing chosen yet. */
const EXPLORER_NETWORK = { query: NETWORK, variables: networkVariables(initialState()) };

async function graphql<T>(url: string, body: object): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!answer.data || answer.errors) throw new Error(`explorer bench: ${answer.errors?.[0]?.message}`);
  return answer.data;
}

const startOn = (store: EmbeddedStore, dir: string, explorerDir: string): Promise<RunningServer> =>
  // Ten minutes rather than the default ten seconds: a layout that takes longer is timed, not refused.
  startServer(
    store,
    { PORT: 0, HOST: '127.0.0.1', DATA_DIR: dir, ANALYTICS_TIME_BUDGET_MS: 600_000 },
    { explorerDir },
  );

async function measureSize(
  actors: number,
  seed: number,
  explorerDir: string,
  browser: Awaited<ReturnType<typeof launchChromium>>,
): Promise<SizeFigures> {
  const log = (line: string) => process.stderr.write(`[${actors}] ${line}\n`);
  const network = syntheticNetwork({ actors, seed });
  const context = queryContext(network);
  const dir = await mkdtemp(join(tmpdir(), 'explorer-bench-'));
  const store = await EmbeddedStore.open({ dataDir: dir });
  try {
    const text = networkJsonText(network);
    await importNetwork('json', [{ name: 'synthetic.json', content: text }], store, {
      write: (upsert) => store.write({ upsert }),
    });
    log(`imported ${actors} actors, ${network.partnerships.length} partnerships`);

    // Over HTTP first, on a server of its own: its analytics cache goes with it, so the page's first load
    // below, on a second server, computes the layout again.
    let server = await startOn(store, dir, explorerDir);
    const row = (requests: number) => ({ name: 'network', requests, request: () => EXPLORER_NETWORK });
    let cold: LatencyRow;
    let cached: LatencyRow;
    let whole: { nodeCount: number; edgeCount: number };
    try {
      cold = await timeQuery(server.url, row(1), context);
      cached = await timeQuery(server.url, row(5), context);
      whole = (await graphql<{ network: typeof whole }>(server.url, EXPLORER_NETWORK)).network;
    } finally {
      await server.stop();
    }
    log(`network over HTTP: ${cold.firstMs.toFixed(0)} ms cold, ${cached.p50Ms.toFixed(0)} ms cached`);

    server = await startOn(store, dir, explorerDir);
    try {
      const named = network.actors[Math.floor(network.actors.length / 2)]!;
      const page = await measureExplorerPage(
        browser,
        new URL('/explore/', server.url).href,
        whole.nodeCount,
        named.name,
      );
      log(`page: ${page.coldLoadMs.toFixed(0)} ms cold load, ${page.camera.medianMs.toFixed(1)} ms frames`);
      const others = SECTORS.filter((sector) => sector !== 'GOVERNMENT');
      const filtered = await graphql<{ network: { nodeCount: number } }>(server.url, {
        query: 'query ($f: NetworkFilter) { network(filter: $f) { nodeCount } }',
        variables: { f: { sectors: others } },
      });
      return {
        actors,
        partnerships: network.partnerships.length,
        nodes: whole.nodeCount,
        ties: whole.edgeCount,
        http: { cold, cached },
        sectorFilterApiCount: filtered.network.nodeCount,
        page,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1)).padStart(9);

function printTable(results: readonly SizeFigures[]): void {
  const rows: [string, (f: SizeFigures) => string][] = [
    ['actors drawn / ties', (f) => `${f.nodes}/${f.ties}`.padStart(11)],
    ['network query, cold (ms, layout)', (f) => ms(f.http.cold.firstMs)],
    ['network query, cached p50 (ms)', (f) => ms(f.http.cached.p50Ms)],
    ['network answer (KiB)', (f) => ms(f.http.cached.maxBytes / 1024)],
    ['page load, cold (ms)', (f) => ms(f.page.coldLoadMs)],
    ['page load, warm (ms)', (f) => ms(f.page.warmLoadMs)],
    ['sector filter → count (ms)', (f) => ms(f.page.sectorFilterMs)],
    ['  count shown / API', (f) => `${f.page.sectorFilterCount}/${f.sectorFilterApiCount}`.padStart(11)],
    ['search + Enter → panel (ms)', (f) => ms(f.page.searchMs)],
    ['camera frames: median (ms)', (f) => ms(f.page.camera.medianMs)],
    ['camera frames: p95 (ms)', (f) => ms(f.page.camera.p95Ms)],
    ['camera frames: max (ms)', (f) => ms(f.page.camera.maxMs)],
    ['camera: fps (frames)', (f) => `${f.page.camera.fps.toFixed(1)} (${f.page.camera.frames})`.padStart(11)],
    ['JS heap used (MiB)', (f) => ms(f.page.jsHeapUsedMiB)],
    [
      'HTTP errors / page problems',
      (f) => `${f.http.cold.errors + f.http.cached.errors}/${f.page.problems.length}`.padStart(11),
    ],
  ];
  console.log(
    '\nexplorer in headless Chromium, 1280×800. WebGL is SwiftShader (software, on the CPU): the page',
  );
  console.log('figures are a floor; a real GPU draws faster.\n');
  console.log(`${''.padEnd(34)}${results.map((f) => `${f.actors} actors`.padStart(13)).join('')}`);
  for (const [label, cell] of rows)
    console.log(`${label.padEnd(34)}${results.map((f) => cell(f).padStart(13)).join('')}`);
  for (const f of results) for (const problem of f.page.problems) console.log(`[${f.actors}] ${problem}`);
}

async function main(): Promise<void> {
  const { sizes, seed } = options();
  const chromium = findChromium();
  if (!chromium) {
    console.log('explorer bench skipped: no Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
    return;
  }
  const started = performance.now();
  const build = await mkdtemp(join(tmpdir(), 'explorer-bench-build-'));
  const browser = await launchChromium(chromium);
  const results: SizeFigures[] = [];
  try {
    const explorerDir = join(build, 'explorer');
    await buildExplorer(explorerDir);
    for (const actors of sizes) results.push(await measureSize(actors, seed, explorerDir, browser));
  } finally {
    await browser.close();
    await rm(build, { recursive: true, force: true });
  }
  printTable(results);
  const wallSeconds = (performance.now() - started) / 1000;
  console.log(`\nwall time ${wallSeconds.toFixed(0)} s`);
  const renderer = 'SwiftShader (software WebGL, CPU): figures are a floor for a real GPU';
  console.log(
    `wrote ${await writeBenchResults('explorer', { seed, renderer, wallSeconds, sizes: results })}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
