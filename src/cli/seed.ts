import { ConfigError, loadConfig } from '../config';
import { runMain } from '../entry-point';
import { SEEDS, loadSeed, type SeedName } from '../io/seed';
import { openStore } from '../store/open-store';

/**
 * `npm run seed [-- NAME]`: (re)loads a seed network into the configured store. Records are upserted by
 * id, so running it again restores seeded records you changed and leaves everything else alone.
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? 'kosovo';
  if (!(name in SEEDS))
    throw new ConfigError([`unknown seed "${name}"; known: ${Object.keys(SEEDS).join(', ')}`]);
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const r = await loadSeed(store, name as SeedName);
    console.log(
      `seed ${name}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged; revision ${r.revision}`,
    );
  } finally {
    await store.close();
  }
}

runMain(main);
