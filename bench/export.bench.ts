// Downloads a generated network of about 100 000 ties (BENCH_EXPORT_ACTORS actors, default 17 300: 100 004 ties) in every
// format over real HTTP (server and client in this one process) and writes bench/results/<date>-export.json:
// MB/s, ties/s, and the peak RSS and heap during each download against those before it, and the live heap
// (sampled after full collections, in a second download of each) against the heap before. The view is
// computed (and cached) by a first request and every format is downloaded once unmeasured, so the figures
// are those of writing with a warmed-up heap: live growth far below the file's size means the file is
// streamed, not built whole. Needs --expose-gc for the live heap (npm run bench passes it).
//   npm run bench      (or: tsc -p tsconfig.bench.json && node dist/bench/export.bench.js)
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../src/io/export';
import { startServer } from '../src/server/app';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { randomNetwork } from '../test/analytics/helpers/random-network';
import { writeBenchResults } from './results';

const ACTORS = Number(process.env.BENCH_EXPORT_ACTORS ?? 17_300);
const MB = 1024 * 1024;

/**
 * Reads a download to its end, keeping nothing, and samples memory meanwhile: RSS and heap every 5 ms, and
 * with `live`, the heap right after a full collection every 50 ms, which is what the download holds (the
 * plain heap peak also counts garbage not yet collected). `live` slows the download: time it without.
 */
async function download(url: string, live = false) {
  let peakRss = 0;
  let peakHeap = 0;
  let peakLiveHeap = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  const sampleLive = () => {
    global.gc?.();
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
  };
  sample();
  const samplers = [setInterval(sample, 5), ...(live ? [setInterval(sampleLive, 50)] : [])];
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).length;
  const ms = performance.now() - start;
  samplers.forEach(clearInterval);
  sample();
  return { bytes, ms, peakRss, peakHeap, peakLiveHeap };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'export-bench-'));
  const store = await EmbeddedStore.open({ dataDir: dir });
  const server = await startServer(store, { PORT: 0, HOST: '127.0.0.1' });
  try {
    const records = randomNetwork({ actors: ACTORS, seed: 7, groups: 3, partnershipsPerActor: 1 });
    const { actors, partnerships, areas, themes, targetGroups } = records;
    await store.write({ upsert: { actors, partnerships, areas, themes, targetGroups } });
    const base = server.url.replace(/\/graphql$/, '');
    const query = '?metrics=DEGREE,PAGERANK';
    // The first request computes the view (network, metrics, communities) and caches it.
    const warm = await (await fetch(`${base}/export/network.json${query}`)).json();
    const ties = (warm as { edges: unknown[] }).edges.length;
    console.log(`export: ${actors.length} actors, ${ties} ties`);
    for (const format of EXPORT_FORMATS) await download(`${base}/export/network.${format}${query}`);
    const figures: Record<string, object> = {};
    for (const format of EXPORT_FORMATS) {
      global.gc?.();
      const { rss: rssBefore, heapUsed: heapBefore } = process.memoryUsage();
      const url = `${base}/export/network.${format}${query}`;
      const { bytes, ms, peakRss, peakHeap } = await download(url);
      global.gc?.();
      const { peakLiveHeap: liveHeap } = await download(url, true);
      const row = {
        mb: bytes / MB,
        ms,
        mbPerS: bytes / MB / (ms / 1000),
        tiesPerS: ties / (ms / 1000),
        rssBeforeMb: rssBefore / MB,
        peakRssMb: peakRss / MB,
        rssGrowthMb: (peakRss - rssBefore) / MB,
        heapBeforeMb: heapBefore / MB,
        heapGrowthMb: (peakHeap - heapBefore) / MB,
        liveHeapGrowthMb: (liveHeap - heapBefore) / MB,
      };
      figures[format] = row;
      console.log(
        `${format.padEnd(8)} ${row.mb.toFixed(1).padStart(7)} MB in ${ms.toFixed(0).padStart(6)} ms: ` +
          `${row.mbPerS.toFixed(1).padStart(6)} MB/s ${Math.round(row.tiesPerS).toString().padStart(9)} ties/s   ` +
          `RSS ${row.rssBeforeMb.toFixed(0)} → peak ${row.peakRssMb.toFixed(0)} MB (+${row.rssGrowthMb.toFixed(0)}), ` +
          `heap +${row.heapGrowthMb.toFixed(0)} MB, live heap +${row.liveHeapGrowthMb.toFixed(1)} MB`,
      );
    }
    const file = await writeBenchResults('export', { actors: actors.length, ties, formats: figures });
    console.log(`wrote ${file}`);
  } finally {
    await server.stop();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
