// `npm run bench:store`: how the embedded store behaves at the size it is built for (100k actors). Prints a table
// and writes bench/results/<date>.json. Figures, not pass/fail: timings belong here, not in tests.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { SECTORS, type ActorInput, type PartnershipInput } from '../src/domain';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { seededRandom } from '../src/analytics/random';
import { writeBenchResults } from './results';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 100_000);
const SMALL_WRITES = 200;

function network(n: number) {
  const rnd = seededRandom(42);
  const actors: ActorInput[] = Array.from({ length: n }, (_, i) => ({
    id: `actor-${i}`,
    name: `Organisation ${i} ${['Pejë', 'Prishtinë', 'Gjakovë', 'Prizren'][i % 4]}`,
    sector: SECTORS[Math.floor(rnd() * SECTORS.length)]!,
    kind: 'NGO',
    homeAreaId: 'country',
    tags: [],
  }));
  const partnerships: PartnershipInput[] = Array.from({ length: n }, (_, i) => ({
    id: `partnership-${i}`,
    title: `Partnership ${i}`,
    kind: 'ADVOCACY',
    startDate: '2020-01-01',
    participants: [0, 1, 2].map((k) => ({
      actorId: `actor-${Math.floor(rnd() * n)}`,
      role: k === 0 ? 'LEAD' : 'PARTICIPANT',
    })),
    areaIds: ['country'],
    themeIds: ['theme'],
  }));
  // Three random draws may pick the same actor twice in one role; keep the first of each pair.
  for (const p of partnerships)
    p.participants = p.participants!.filter(
      (x, i, all) => all.findIndex((y) => y.actorId === x.actorId && y.role === x.role) === i,
    );
  return {
    actors,
    partnerships,
    areas: [{ id: 'country', name: 'Country', level: 'COUNTRY' }],
    themes: [{ id: 'theme', name: 'Theme' }],
  };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pn-bench-'));
  const figures: Record<string, number> = { actors: ACTORS, partnerships: ACTORS };
  try {
    let store = await EmbeddedStore.open({ dataDir: dir });
    const input = network(ACTORS);
    let t = process.hrtime.bigint();
    await store.write({ upsert: input });
    figures.bulkWriteMs = ms(t);
    figures.bulkRecordsPerSecond = Math.round((2 * ACTORS) / (figures.bulkWriteMs / 1000));

    // The bulk write filled the journal past its threshold: the compaction that follows runs while the
    // server would be answering others, so its longest hold on the event loop is what they would wait.
    const pauses = monitorEventLoopDelay({ resolution: 5 });
    pauses.enable();
    t = process.hrtime.bigint();
    while ((await stat(join(dir, 'journal.log'))).size > 0) await sleep(10);
    pauses.disable();
    figures.compactionMs = ms(t);
    figures.longestEventLoopPauseDuringCompactionMs = Math.round(pauses.max / 1e6);

    const latencies: number[] = [];
    for (let i = 0; i < SMALL_WRITES; i++) {
      t = process.hrtime.bigint();
      await store.write({ upsert: { actors: [{ ...input.actors[i]!, name: `Renamed ${i}` }] } });
      latencies.push(ms(t));
    }
    latencies.sort((a, b) => a - b);
    figures.smallWriteP50Ms = percentile(latencies, 50);
    figures.smallWriteP95Ms = percentile(latencies, 95);
    figures.journalBytesAfterSmallWrites = (
      await stat(join(dir, 'journal.log')).catch(() => ({ size: 0 }))
    ).size;

    t = process.hrtime.bigint();
    const page = await store.listActors({ text: 'peje' }, { field: 'NAME', direction: 'ASC' }, { first: 50 });
    figures.firstListingMs = ms(t);
    t = process.hrtime.bigint();
    await store.listActors(
      { text: 'peje' },
      { field: 'NAME', direction: 'ASC' },
      { first: 50, after: page.endCursor! },
    );
    figures.nextPageMs = ms(t);
    t = process.hrtime.bigint();
    await store.snapshot({ asOf: '2024-01-01' });
    figures.snapshotMs = ms(t);

    await store.close();
    t = process.hrtime.bigint();
    store = await EmbeddedStore.open({ dataDir: dir });
    figures.reopenMs = ms(t);
    figures.revisionAfterReopen = await store.revision();
    await store.close();
    figures.peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  for (const [name, value] of Object.entries(figures))
    console.log(`${name.padEnd(30)} ${Number.isInteger(value) ? value : value.toFixed(2)}`);
  const file = await writeBenchResults('embedded-store', { figures });
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
