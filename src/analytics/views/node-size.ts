/** The drawn radius of a node with no value (or the least): the explorer's, the exports' and `network`'s. */
export const MIN_NODE_SIZE = 3;
/** How much larger the node with the highest value is drawn than MIN_NODE_SIZE. */
export const NODE_SIZE_SPAN = 12;

/**
 * A node's drawn radius: by the square root of its share of the largest value, so area follows value;
 * MIN_NODE_SIZE for no value, a value ≤ 0, or no positive maximum. One scale for the explorer, the
 * `network` field and the exports, so every client draws the same picture.
 */
export function nodeSize(value: number | null | undefined, max: number): number {
  if (value === null || value === undefined || !(max > 0) || !(value > 0)) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + NODE_SIZE_SPAN * Math.sqrt(Math.min(value / max, 1));
}

/** The sizes of nodes with these values (the max taken over them). */
export function nodeSizes(values: readonly (number | null | undefined)[]): number[] {
  const max = values.reduce<number>((most, v) => (typeof v === 'number' && v > most ? v : most), 0);
  return values.map((v) => nodeSize(v, max));
}
