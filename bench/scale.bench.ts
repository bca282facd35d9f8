// `npm run bench [-- --large] [-- --compare]`: the scale bench. For each size (1k and 10k actors; 100k too
// with --large; BENCH_SIZES=1000,5000 to choose) it runs bench/scale-size.ts in a process of its own,
// prints the figures as tables and writes them all to bench/results/<date>-scale.json. --compare adds
// networkx and igraph on the same graph (values compared on the smallest size). See bench/README.md.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../src/lib/project-root';
import type { LatencyRow } from './http-queries';
import type { Agreement, Timing } from './reference';
import { writeBenchResults } from './results';

const Options = z.object({
  large: z.boolean(),
  compare: z.boolean(),
  sizes: z.array(z.number().int().min(2).max(1_000_000)).min(1),
  seed: z.number().int().min(0),
});

function options(): z.output<typeof Options> {
  const argv = process.argv.slice(2);
  const unknown = argv.filter((a) => a !== '--large' && a !== '--compare');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}: use --large and/or --compare`);
  const large = argv.includes('--large');
  const sizes = process.env.BENCH_SIZES
    ? process.env.BENCH_SIZES.split(',').map(Number)
    : [1_000, 10_000, ...(large ? [100_000] : [])];
  const parsed = Options.safeParse({
    large,
    compare: argv.includes('--compare'),
    sizes,
    seed: Number(process.env.BENCH_SEED ?? 1),
  });
  if (!parsed.success)
    throw new Error(
      parsed.error.issues
        .map((i) => `${i.path[0] === 'sizes' ? 'BENCH_SIZES' : 'BENCH_SEED'}: ${i.message}`)
        .join('; '),
    );
  return parsed.data;
}

interface SizeFigures {
  actors: number;
  partnerships: number;
  ties: number;
  import: { seconds: number; partnershipsPerSecond: number; rowsPerSecond: number };
  http: Record<string, LatencyRow>;
  rss: Record<string, number>;
  analytics: {
    projectionMs: number;
    ours: Record<string, Timing>;
    skipped: Record<string, string>;
    references: Record<string, { version: string; ms: Record<string, Timing> } | { missing: string }>;
    agreements: Record<string, Record<string, Agreement>>;
  };
}

/** Runs one size in its own node process; its progress goes to our stderr, its figures come back. */
function runSize(actors: number, seed: number, compare: boolean, values: boolean): Promise<SizeFigures> {
  const script = join(projectRoot(), 'dist', 'bench', 'scale-size.js');
  const args = ['--expose-gc', script, '--actors', String(actors), '--seed', String(seed)];
  if (compare) args.push('--compare');
  if (values) args.push('--values');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout) as SizeFigures)
        : reject(new Error(`the ${actors}-actor run exited with ${code}`)),
    );
  });
}

/** networkx's exact betweenness takes about 25 minutes at 10k actors and grows as n·m: days at 100k. */
const MAX_COMPARED_ACTORS = 10_000;

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1)).padStart(8);
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
const ratio = (ours: number, theirs: number | undefined) =>
  theirs === undefined ? '       –' : `×${(theirs / ours).toFixed(1)}`.padStart(8);

function printSize(f: SizeFigures): void {
  console.log(`\n== ${f.actors} actors, ${f.partnerships} partnerships, ${f.ties} ties`);
  console.log(
    `import (JSON, embedded store): ${f.import.seconds.toFixed(2)} s, ${f.import.partnershipsPerSecond} partnerships/s, ${f.import.rowsPerSecond} records/s`,
  );
  console.log(
    `RSS (MiB): ${Object.entries(f.rss)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `\n${'GraphQL over HTTP'.padEnd(38)}${'first'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}  ${'KB p50/max'.padStart(14)}    n  errors`,
  );
  for (const [name, row] of Object.entries(f.http))
    console.log(
      `${name.padEnd(38)}${ms(row.firstMs)}${ms(row.p50Ms)}${ms(row.p95Ms)}  ${kb(row.p50Bytes)}/${kb(row.maxBytes)}  ${String(row.requests).padStart(4)}  ${row.errors ? `${row.errors} (${row.firstError})` : ''}${name.startsWith('GET ') ? `  ${(row.p50Bytes / 1e3 / row.p50Ms).toFixed(1)} MB/s` : ''}`,
    );
  const refs = f.analytics.references;
  const timing = (library: string, metric: string) => {
    const run = refs[library];
    return run && 'ms' in run ? run.ms[metric] : undefined;
  };
  console.log(
    `\nanalytics in-process (ms; projection ${f.analytics.projectionMs.toFixed(0)} ms)  ours cold/warm · networkx ×cold ×warm · igraph ×cold ×warm (their time / ours)`,
  );
  for (const [metric, ours] of Object.entries(f.analytics.ours)) {
    const nx = timing('networkx', metric);
    const ig = timing('igraph', metric);
    console.log(
      `${metric.padEnd(26)}${ms(ours.cold)}${ms(ours.warm)}   nx${ratio(ours.cold, nx?.cold)}${ratio(ours.warm, nx?.warm)}   igraph${ratio(ours.cold, ig?.cold)}${ratio(ours.warm, ig?.warm)}`,
    );
  }
  for (const [metric, why] of Object.entries(f.analytics.skipped)) console.log(`${metric} skipped: ${why}`);
  for (const run of Object.values(refs)) if ('missing' in run) console.log(run.missing);
  for (const [library, metrics] of Object.entries(f.analytics.agreements)) {
    console.log(`\nvalues, ours vs ${library}: max |difference| (relative), NaN mismatches`);
    for (const [metric, a] of Object.entries(metrics))
      console.log(
        `${metric.padEnd(26)}${a.maxAbs.toExponential(1).padStart(9)} (${a.maxRel.toExponential(1)})  ${a.nanMismatches}`,
      );
  }
}

async function main(): Promise<void> {
  const { sizes, seed, compare } = options();
  const started = performance.now();
  const results: SizeFigures[] = [];
  for (const [i, actors] of sizes.entries()) {
    const compared = compare && actors <= MAX_COMPARED_ACTORS;
    const figures = await runSize(actors, seed, compared, compared && i === 0);
    printSize(figures);
    if (compare && !compared)
      console.log(`networkx and igraph not run above ${MAX_COMPARED_ACTORS} actors (hours of networkx)`);
    results.push(figures);
  }
  const wallSeconds = (performance.now() - started) / 1000;
  console.log(`\nwall time ${wallSeconds.toFixed(0)} s`);
  console.log(`wrote ${await writeBenchResults('scale', { seed, compare, wallSeconds, sizes: results })}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
