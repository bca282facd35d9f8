import crypto from 'node:crypto';
import { z } from 'zod';
import { IdSchema, zodIssues } from '../../domain';
import { RoleSchema, type Role } from './roles';

/** Every key starts with this, so a key pasted into the wrong place (a log, a chat) is recognisable. */
export const KEY_PREFIX = 'pnk_';
const KEY_BYTES = 32;

/** One line of the keys file: who the key is, what it may do, and the SHA-256 of the key (never the key). */
export interface ApiKeyEntry {
  id: string;
  role: Role;
  sha256: string;
}

const KeyLineSchema = z.tuple([
  IdSchema,
  RoleSchema,
  z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be the SHA-256 of the key: 64 lower-case hex digits' }),
]);

/** A new random key (32 bytes, base64url, with KEY_PREFIX). Shown once to its owner; only its hash is kept. */
export function generateKey(): string {
  return KEY_PREFIX + crypto.randomBytes(KEY_BYTES).toString('base64url');
}

/** The SHA-256 of a key, as stored in the keys file. */
export function hashKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The line of the keys file for an entry. */
export function formatKeyLine(entry: ApiKeyEntry): string {
  return `${entry.id} ${entry.role} ${entry.sha256}`;
}

/**
 * Parses a keys file: one key a line, `id role sha256hex`, `#` comments and blank lines allowed. Returns
 * every problem, each naming its line, or the entries; ids must be unique.
 */
export function parseKeysFile(text: string): { entries: ApiKeyEntry[]; problems: string[] } {
  const entries: ApiKeyEntry[] = [];
  const problems: string[] = [];
  const lineOf = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const number = index + 1;
    const fields = line.split(/\s+/);
    if (fields.length !== 3) {
      problems.push(`line ${number}: expected "id role sha256", got ${fields.length} fields`);
      return;
    }
    const parsed = KeyLineSchema.safeParse(fields);
    if (!parsed.success) {
      const names = ['id', 'role', 'sha256'];
      for (const issue of zodIssues(parsed.error))
        problems.push(`line ${number}: ${names[Number(issue.path.slice(1, -1))] ?? 'line'} ${issue.message}`);
      return;
    }
    const [id, role, sha256] = parsed.data;
    const first = lineOf.get(id);
    if (first !== undefined) problems.push(`line ${number}: duplicate id "${id}" (first on line ${first})`);
    else lineOf.set(id, number);
    entries.push({ id, role, sha256 });
  });
  return { entries, problems };
}

/**
 * The keys a server accepts. `verify` hashes what it is given and compares the digest with every stored
 * digest in constant time, without stopping at a match: how long it takes says nothing about which bytes,
 * or which key, came close. Digests have one length, so a short or long key cannot shortcut the compare.
 */
export class KeyRing {
  private readonly keys: { entry: ApiKeyEntry; digest: Buffer }[];

  constructor(entries: readonly ApiKeyEntry[]) {
    this.keys = entries.map((entry) => ({ entry, digest: Buffer.from(entry.sha256, 'hex') }));
  }

  get size(): number {
    return this.keys.length;
  }

  /** The entry of a presented key, or undefined when it is none of ours. */
  verify(presented: string): ApiKeyEntry | undefined {
    const digest = crypto.createHash('sha256').update(presented, 'utf8').digest();
    let found: ApiKeyEntry | undefined;
    for (const key of this.keys) if (crypto.timingSafeEqual(digest, key.digest)) found = key.entry;
    return found;
  }
}
