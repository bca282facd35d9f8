// `npm run bench:import`: only the compare bench's import row (the generated network as our JSON format,
// imported into a fresh embedded store, validation and the durable write included), repeated, so the
// import path can be timed and profiled (`node --cpu-prof dist/bench/import.bench.js`) without the rest.
// Each round also times the floor (import-floor.ts) on the same text, right after ours.
// BENCH_ACTORS (default 100 000), BENCH_ROUNDS (default 3), BENCH_SEED (default 1).
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFloor } from './import-floor';
import { networkJsonText, syntheticNetwork } from '../src/io/generate/synthetic-network';
import { importNetwork } from '../src/io/import';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SEED = Number(process.env.BENCH_SEED ?? 1);

async function main(): Promise<void> {
  const network = syntheticNetwork({ actors: ACTORS, seed: SEED });
  const text = networkJsonText(network);
  const partnerships = network.partnerships.length;
  const rates: number[] = [];
  const floors: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const dir = await mkdtemp(join(tmpdir(), 'pn-import-'));
    try {
      const store = await EmbeddedStore.open({ dataDir: dir });
      const started = performance.now();
      const cpu = process.cpuUsage();
      await importNetwork('json', [{ name: 'synthetic.json', content: text }], store, {
        write: (upsert) => store.write({ upsert }),
      });
      const seconds = (performance.now() - started) / 1000;
      const { user, system } = process.cpuUsage(cpu);
      await store.close();
      rates.push(partnerships / seconds);
      floors.push(importFloor(text));
      console.log(
        `round ${round + 1}: ${partnerships} partnerships in ${seconds.toFixed(2)} s, ` +
          `${Math.round(partnerships / seconds)} partnerships/s, CPU ${((user + system) / 1e6).toFixed(2)} s; ` +
          `floor ${Math.round(floors.at(-1)!)} partnerships/s (load ${loadavg()[0]!.toFixed(1)})`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `median of ${ROUNDS}: ${Math.round(median(rates))} partnerships/s at ${ACTORS} actors; ` +
      `floor ${Math.round(median(floors))} partnerships/s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
