// One size of the scale bench, in a process of its own so that its peak RSS is its own: generates the
// network, imports it into a fresh embedded store, times the GraphQL rows of http-queries.ts over real
// HTTP, then our centralities in-process and, with --compare, networkx's and igraph's on the same graph.
// Prints its figures as one JSON line; bench/scale.bench.ts runs it (node --expose-gc) and tabulates.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Budget, DEFAULT_LIMITS } from '../src/analytics/budget';
import { CENTRALITY_METRICS, centrality } from '../src/analytics/centrality';
import { AnalyticsLimitError } from '../src/analytics/errors';
import { actorNetwork } from '../src/analytics/projection';
import { networkStats } from '../src/analytics/structure/stats';
import { networkJsonText, syntheticNetwork } from '../src/io/generate/synthetic-network';
import { importNetwork } from '../src/io/import';
import { actorSubgraph } from '../src/analytics/views/actor-subgraph';
import { MAX_LAYOUT_NODES, forceAtlas2Layout } from '../src/analytics/views/layout';
import { startServer } from '../src/server/app';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { BENCH_QUERIES, queryContext, timeQuery, type LatencyRow } from './http-queries';
import { agreement, runReference, type Agreement, type Library, type Timing } from './reference';

const { values: args } = parseArgs({
  options: {
    actors: { type: 'string' },
    seed: { type: 'string', default: '1' },
    compare: { type: 'boolean', default: false },
    values: { type: 'boolean', default: false },
  },
});
const ACTORS = Number(args.actors);
const SEED = Number(args.seed);

const MiB = (bytes: number) => Math.round(bytes / 1024 / 1024);
const log = (line: string) => process.stderr.write(`[${ACTORS}] ${line}\n`);

/** Resident memory after a full collection (the process runs with --expose-gc): what is held, not garbage. */
function heldRssMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return MiB(process.memoryUsage().rss);
}

/** Cold (first call) and warm (median of five more when the first took under 2 s) milliseconds, as reference.py. */
function timed(run: () => unknown): Timing {
  const once = () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const cold = once();
  if (cold >= 2000) return { cold, warm: cold };
  const runs = Array.from({ length: 5 }, once).sort((a, b) => a - b);
  return { cold, warm: runs[2]! };
}

async function main(): Promise<void> {
  let started = performance.now();
  const network = syntheticNetwork({ actors: ACTORS, seed: SEED });
  const text = networkJsonText(network);
  const generateMs = performance.now() - started;
  const context = queryContext(network);
  const partnerships = network.partnerships.length;
  log(`generated ${ACTORS} actors, ${partnerships} partnerships (${(text.length / 1e6).toFixed(1)} MB)`);

  const dir = await mkdtemp(join(tmpdir(), 'scale-bench-'));
  const store = await EmbeddedStore.open({ dataDir: dir });
  try {
    started = performance.now();
    const report = await importNetwork('json', [{ name: 'synthetic.json', content: text }], store, {
      write: (upsert) => store.write({ upsert }),
    });
    const importSeconds = (performance.now() - started) / 1000;
    const imported = {
      seconds: importSeconds,
      rows: report.rows,
      partnershipsPerSecond: Math.round(partnerships / importSeconds),
      rowsPerSecond: Math.round(report.rows / importSeconds),
    };
    log(`imported in ${importSeconds.toFixed(2)} s`);
    const rssAfterImportMiB = heldRssMiB();

    // A time budget of ten minutes rather than the default ten seconds: the exact path metrics of 10k
    // actors take longer than a default request may, and the row is there to say how much longer.
    const server = await startServer(store, {
      PORT: 0,
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      ANALYTICS_TIME_BUDGET_MS: 600_000,
    });
    const http: Record<string, LatencyRow> = {};
    try {
      for (const row of BENCH_QUERIES) {
        http[row.name] = await timeQuery(server.url, row, context);
        log(`${row.name}: p50 ${http[row.name]!.p50Ms.toFixed(1)} ms`);
      }
    } finally {
      await server.stop();
    }
    const serverPeakRssMiB = MiB(process.resourceUsage().maxRSS * 1024);
    const rssAfterQueriesMiB = heldRssMiB();

    // Our centralities on the network the server computed them on, in-process (no HTTP, no thread).
    started = performance.now();
    const actors = actorNetwork(await store.snapshot());
    const projectionMs = performance.now() - started;
    const ours: Record<string, Timing> = {};
    const skipped: Record<string, string> = {};
    const ourValues: Record<string, Float64Array> = {};
    // No deadline, but the server's all-pairs limit: exact path metrics at 100k would take hours.
    const budget = () => new Budget({ ...DEFAULT_LIMITS, timeBudgetMs: Number.POSITIVE_INFINITY });
    for (const metric of CENTRALITY_METRICS) {
      try {
        ours[metric] = timed(() => (ourValues[metric] = centrality(actors, metric, { budget: budget() })));
        log(`ours ${metric}: ${ours[metric].cold.toFixed(1)} ms cold, ${ours[metric].warm.toFixed(1)} warm`);
      } catch (error) {
        if (!(error instanceof AnalyticsLimitError)) throw error;
        skipped[metric] = error.message;
      }
    }
    ours['BETWEENNESS (100 samples)'] = timed(() =>
      centrality(actors, 'BETWEENNESS', { samples: 100, seed: 1 }),
    );
    // With the server's default limits: a refusal shows among the skipped rows, with its estimate.
    try {
      ours['networkStats'] = timed(() => networkStats(actors, { budget: new Budget(DEFAULT_LIMITS) }));
    } catch (error) {
      if (!(error instanceof AnalyticsLimitError)) throw error;
      skipped['networkStats'] = error.message;
    }
    if (actors.actors.length <= MAX_LAYOUT_NODES)
      ours['layout (ForceAtlas2, whole network)'] = timed(() => forceAtlas2Layout(actorSubgraph(actors)));
    else skipped['layout (ForceAtlas2, whole network)'] = `over MAX_LAYOUT_NODES (${MAX_LAYOUT_NODES})`;

    const references: Record<string, unknown> = {};
    const agreements: Record<string, Record<string, Agreement>> = {};
    if (args.compare) {
      for (const library of ['networkx', 'igraph'] as Library[]) {
        log(`running ${library}…`);
        const run = runReference(library, actors, args.values);
        if ('missing' in run) {
          log(run.missing);
          references[library] = run;
          continue;
        }
        references[library] = { version: run.version, ms: run.ms };
        if (args.values)
          agreements[library] = Object.fromEntries(
            Object.entries(run.values).map(([metric, theirs]) => [
              metric,
              agreement(ourValues[metric]!, theirs),
            ]),
          );
      }
    }

    const figures = {
      actors: ACTORS,
      seed: SEED,
      partnerships,
      ties: actors.ties.length,
      generateMs,
      import: imported,
      http,
      rss: {
        afterImportMiB: rssAfterImportMiB,
        afterQueriesMiB: rssAfterQueriesMiB,
        serverPeakMiB: serverPeakRssMiB,
        peakMiB: MiB(process.resourceUsage().maxRSS * 1024),
      },
      analytics: { projectionMs, ours, skipped, references, agreements },
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
