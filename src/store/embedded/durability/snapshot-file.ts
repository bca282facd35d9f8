import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { jsonInSlices } from '../../../lib/json-slices';
import { CorruptSnapshotError } from './errors';

/*
 * snapshot.json is `{"sha256":"<hex of the snapshot's JSON>","snapshot":<the snapshot's JSON>}`: still JSON
 * for anyone who looks, and the hash covers the exact bytes written, so a changed byte is refused on open
 * instead of loading (or answering errors later). A snapshot written before checksums had none: it is read
 * as it is, and the next compaction seals it.
 */
const SEAL_START = '{"sha256":"';
const SEAL_HASH_END = '","snapshot":';
const SEAL_HEX = 64;

/**
 * The text of snapshot.json for `snapshot`, in pieces, sealed with the SHA-256 of the snapshot's JSON. The
 * snapshot's lists are taken at the call and their items serialised a slice per turn of the event loop
 * (see jsonInSlices), so they must not change meanwhile.
 * @throws TypeError (rejects) if the snapshot is not JSON-serialisable.
 */
export async function sealedSnapshot(snapshot: object): Promise<string[]> {
  const hash = createHash('sha256');
  const pieces = await jsonInSlices(snapshot as Readonly<Record<string, unknown>>, {
    onPiece: (piece) => hash.update(piece, 'utf8'),
  });
  return [`${SEAL_START}${hash.digest('hex')}${SEAL_HASH_END}`, ...pieces, '}'];
}

function unsealSnapshot(path: string, text: string): string {
  if (!text.startsWith(SEAL_START)) return text;
  const bodyStart = SEAL_START.length + SEAL_HEX + SEAL_HASH_END.length;
  const expected = text.slice(SEAL_START.length, SEAL_START.length + SEAL_HEX);
  if (text.slice(SEAL_START.length + SEAL_HEX, bodyStart) !== SEAL_HASH_END || !text.endsWith('}'))
    throw new CorruptSnapshotError(path, 'its checksum header is damaged');
  const body = text.slice(bodyStart, -1);
  if (sha256(body) !== expected)
    throw new CorruptSnapshotError(path, 'its content does not match its checksum (changed on disk)');
  return body;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The snapshot in `path`, checked against its seal; null when there is none.
 * @throws CorruptSnapshotError naming the file when its checksum, its JSON or its revision is wrong.
 */
export async function readSnapshot<Snapshot extends { revision: number }>(
  path: string,
): Promise<Snapshot | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(unsealSnapshot(path, text));
  } catch (error) {
    if (error instanceof CorruptSnapshotError) throw error;
    throw new CorruptSnapshotError(path, 'not valid JSON', { cause: error });
  }
  if (!Number.isFinite(revisionOf(value))) throw new CorruptSnapshotError(path, 'no numeric "revision"');
  return value as Snapshot;
}

/** The numeric `revision` of a snapshot or journal entry read from disk; NaN when it has none. */
export function revisionOf(value: unknown): number {
  const revision =
    typeof value === 'object' && value !== null ? (value as { revision?: unknown }).revision : undefined;
  return typeof revision === 'number' ? revision : Number.NaN;
}
