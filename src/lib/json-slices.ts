/** How many list items go into one slice by default: a few milliseconds of JSON.stringify for records. */
const ITEMS_PER_SLICE = 2_000;

export interface JsonSlicesOptions {
  itemsPerSlice?: number;
  /** Called with each piece as it is made, in order (to checksum the text without holding it twice). */
  onPiece?: (piece: string) => void;
}

/**
 * `value` as JSON text in pieces whose concatenation is exactly `JSON.stringify(value)`, made a slice of
 * list items at a time with a turn of the event loop between slices: serialising a network of a hundred
 * thousand records takes about half a second, which in one piece would hold up every other request of the
 * server for as long.
 *
 * Guarantees: the object's own keys and values are read at the call, and its lists copied then, so a list
 * changed afterwards is serialised as it was; the items themselves are read slice by slice later, so they
 * must not change meanwhile (the stores' records are frozen). Values JSON cannot represent are left out or
 * become null exactly as JSON.stringify does; a BigInt rejects with its TypeError.
 */
export async function jsonInSlices(
  value: Readonly<Record<string, unknown>>,
  { itemsPerSlice = ITEMS_PER_SLICE, onPiece }: JsonSlicesOptions = {},
): Promise<string[]> {
  if (!(itemsPerSlice >= 1))
    throw new RangeError(`jsonInSlices: itemsPerSlice must be ≥ 1, got ${itemsPerSlice}`);
  const members = Object.entries(value).map(([key, member]) => ({
    key,
    // Lists are copied now; anything else is small and serialised now.
    member: Array.isArray(member)
      ? [...(member as unknown[])]
      : (JSON.stringify(member) as string | undefined),
  }));
  const pieces: string[] = [];
  const add = (piece: string) => {
    pieces.push(piece);
    onPiece?.(piece);
  };
  let separator = '{';
  for (const { key, member } of members) {
    if (member === undefined) continue; // as JSON.stringify leaves out undefined, functions and symbols
    add(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    if (typeof member === 'string') {
      add(member);
      continue;
    }
    add('[');
    for (let start = 0; start < member.length; start += itemsPerSlice) {
      await nextTurn();
      // A slice's own brackets are dropped: its items join the list's.
      const items = JSON.stringify(member.slice(start, start + itemsPerSlice)).slice(1, -1);
      add(start === 0 ? items : `,${items}`);
    }
    add(']');
  }
  add(separator === '{' ? '{}' : '}');
  return pieces;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
