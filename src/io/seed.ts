import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../lib/project-root';
import { ValidationError, type NetworkInput } from '../domain';
import type { NetworkStore, WriteResult } from '../store/network-store';
import { parseNetworkJson } from './import/json';

/** Seed networks shipped in seeds/, by the name SEED takes. */
export const SEEDS = { kosovo: 'kosovo.json' } as const;
export type SeedName = keyof typeof SEEDS;

export function seedPath(name: SeedName): string {
  return join(projectRoot(), 'seeds', SEEDS[name]);
}

/**
 * Reads and validates a network file in our JSON import format. Problems are reported with the file's own
 * paths (`actors[3].sector`), all of them at once.
 */
export async function readNetworkFile(path: string): Promise<NetworkInput> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new ValidationError([{ path: '', message: `cannot read JSON: ${(error as Error).message}` }], path);
  }
  return parseNetworkJson(content, path);
}

/** Loads a seed network in one atomic write (upsert by id, so loading twice changes nothing). */
export async function loadSeed(store: NetworkStore, name: SeedName): Promise<WriteResult> {
  const network = await readNetworkFile(seedPath(name));
  return store.write({ upsert: network });
}
