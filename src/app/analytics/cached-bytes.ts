import type { ActorNetwork } from '../../analytics/projection';

/**
 * About how many bytes `value`, a cached actor network or analytics result, holds of its own, for the
 * analytics cache to bound its memory: typed arrays by their length; an actor network by its arrays, its
 * id index and its per-partnership member lists (about 60 MB at 100k actors); anything else by a walk of
 * its arrays and objects. Frozen objects are the store's records, shared with it: not counted.
 */
export function cachedBytes(value: unknown): number {
  if (isActorNetwork(value)) return networkBytes(value);
  return walk(value, new Set());
}

function isActorNetwork(value: unknown): value is ActorNetwork {
  const network = value as Partial<ActorNetwork> | null;
  return (
    typeof network === 'object' &&
    network !== null &&
    network.offsets instanceof Int32Array &&
    network.indexOf instanceof Map
  );
}

/** Of a JS object, array slot and map entry (V8, 64-bit, pointers compressed or not: the larger). */
const OBJECT = 32;
const SLOT = 8;
const MAP_ENTRY = 40;

function networkBytes(network: ActorNetwork): number {
  const { ties, records } = network;
  let bytes =
    network.offsets.byteLength +
    network.neighbours.byteLength +
    network.weights.byteLength +
    network.tiePartnerships.byteLength +
    ties.source.byteLength +
    ties.target.byteLength +
    ties.weight.byteLength +
    ties.partnerships.byteLength +
    network.indexOf.size * MAP_ENTRY;
  // The records in id order: lists of the store's records.
  for (const list of [
    records.actors,
    records.partnerships,
    records.areas,
    records.themes,
    records.targetGroups,
  ])
    bytes += OBJECT + list.length * SLOT;
  for (const { members } of network.partnerships) bytes += 3 * OBJECT + members.length * SLOT;
  return bytes;
}

function walk(value: unknown, seen: Set<object>): number {
  if (typeof value === 'string') return 16 + value.length;
  if (typeof value !== 'object' || value === null) return SLOT;
  if (ArrayBuffer.isView(value)) return OBJECT + value.byteLength;
  if (Object.isFrozen(value) || seen.has(value)) return SLOT;
  seen.add(value);
  let bytes = OBJECT;
  if (value instanceof Map) for (const [k, v] of value) bytes += MAP_ENTRY + walk(k, seen) + walk(v, seen);
  else if (value instanceof Set) for (const v of value) bytes += MAP_ENTRY + walk(v, seen);
  else for (const v of Object.values(value)) bytes += SLOT + walk(v, seen);
  return bytes;
}
