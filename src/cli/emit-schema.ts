import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { printSchema } from 'graphql';
import { buildNetworkSchema } from '../graphql/schema';
import { projectRoot } from '../lib/project-root';
import { writeFileAtomic } from '../lib/atomic-file';

/** The SDL committed as schema/schema.graphql. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(await buildNetworkSchema())}\n`;
}

/** `npm run schema:emit` writes schema/schema.graphql; `schema:check` fails if it is stale. */
async function main(): Promise<void> {
  const path = join(projectRoot(), 'schema', 'schema.graphql');
  const sdl = await schemaSdl();
  if (process.argv.includes('--check')) {
    const committed = await readFile(path, 'utf8').catch(() => '');
    if (committed !== sdl) {
      console.error(`${path} is stale: run npm run schema:emit and commit it`);
      process.exit(1);
    }
    console.log(`${path} is up to date`);
    return;
  }
  // The committed schema is for everyone to read.
  await writeFileAtomic(path, sdl, { mode: 0o644 });
  console.log(`wrote ${path}`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
