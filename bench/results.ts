import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../src/lib/project-root';

/**
 * Writes one benchmark's figures to bench/results/<date>-<name>.json (ignored by git: figures belong in
 * the issue notes, not the history) with the Node version and time they were taken; returns the path.
 */
export async function writeBenchResults(name: string, figures: object): Promise<string> {
  const dir = join(projectRoot(), 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const date = new Date();
  const file = join(dir, `${date.toISOString().slice(0, 10)}-${name}.json`);
  const body = { name, node: process.version, date: date.toISOString(), ...figures };
  await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}
