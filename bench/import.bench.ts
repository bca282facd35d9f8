// Import throughput: a 100k-partnership CSV import (actors.csv, partnerships.csv, participants.csv) into the
// embedded store holding the Kosovo seed. Prints rows/s for a first import, a dry run and an idempotent
// re-import, and writes bench/results/<date>-import.json. Figures, not pass/fail.
//   npx tsc -p tsconfig.bench.json && node dist/bench/import.bench.js     (BENCH_PARTNERSHIPS=… to change)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkInput } from '../src/domain';
import { importNetwork, type ImportFile, type ImportReport } from '../src/io/import';
import { loadSeed } from '../src/io/seed';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { seededRandom } from '../src/analytics/random';
import { writeBenchResults } from './results';

const PARTNERSHIPS = Number(process.env.BENCH_PARTNERSHIPS ?? 100_000);
const ACTORS = Math.max(10, Math.round(PARTNERSHIPS / 5));
const AREAS = ['peje', 'prishtine', 'prizren', 'gjakove', 'ferizaj', 'gjilan', 'mitrovice-e-jugut'];
const THEMES = ['child-protection', 'inclusive-education', 'youth-participation', 'social-protection'];

function files(): ImportFile[] {
  const rnd = seededRandom(8);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const actors = ['id,name,sector,kind,home_area'];
  for (let i = 0; i < ACTORS; i++)
    actors.push(`bench-actor-${i},Bench organisation ${i},CIVIL_SOCIETY,NGO,${pick(AREAS)}`);
  const partnerships = ['id,title,kind,start_date,end_date,areas,themes'];
  const participants = ['partnership,actor,role'];
  for (let i = 0; i < PARTNERSHIPS; i++) {
    const theme = Math.floor(rnd() * THEMES.length);
    const themes = `${THEMES[theme]};${THEMES[(theme + 1) % THEMES.length]}`;
    partnerships.push(
      `bench-p-${i},Bench partnership ${i},SERVICE_DELIVERY,2024-01-01,2025-12-31,${pick(AREAS)},${themes}`,
    );
    // Three draws may repeat an actor: each actor takes part once.
    const members = new Set([0, 1, 2].map(() => Math.floor(rnd() * ACTORS)));
    [...members].forEach((a, k) =>
      participants.push(`bench-p-${i},bench-actor-${a},${k === 0 ? 'LEAD' : 'PARTICIPANT'}`),
    );
  }
  return [
    { name: 'actors.csv', content: actors.join('\n') },
    { name: 'partnerships.csv', content: partnerships.join('\n') },
    { name: 'participants.csv', content: participants.join('\n') },
  ];
}

async function timed(label: string, run: () => Promise<ImportReport>): Promise<Record<string, unknown>> {
  const start = process.hrtime.bigint();
  const report = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const row = {
    step: label,
    rows: report.rows,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(report.rows / seconds),
    created: report.created,
    unchanged: report.unchanged,
    revision: report.revision,
  };
  console.log(JSON.stringify(row));
  return row;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'import-bench-'));
  const store = await EmbeddedStore.open({ dataDir: dir });
  try {
    await loadSeed(store, 'kosovo');
    const input = files();
    const write = (network: NetworkInput) => store.write({ upsert: network });
    const rows = [
      await timed('dry run (empty)', () => importNetwork('csv', input, store, { dryRun: true, write })),
      await timed('first import', () => importNetwork('csv', input, store, { write })),
      await timed('re-import (unchanged)', () => importNetwork('csv', input, store, { write })),
    ];
    console.log(
      `wrote ${await writeBenchResults('import', { partnerships: PARTNERSHIPS, actors: ACTORS, rows })}`,
    );
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
