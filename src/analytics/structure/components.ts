import type { TieStructure } from '../projection';

/**
 * The connected components (isolates are components of one), each as ascending node indices, largest
 * first and, among equal sizes, by smallest member: the same order on every run.
 */
export function components(network: TieStructure): Int32Array[] {
  const { offsets, neighbours } = network;
  const n = network.actors.length;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const found: Int32Array[] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    found.push(queue.slice(0, tail).sort());
  }
  return found.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** The component index of every node, in the order `components` returns them. */
export function componentOf(parts: readonly Int32Array[], n: number): Int32Array {
  const of = new Int32Array(n);
  parts.forEach((members, c) => members.forEach((v) => (of[v] = c)));
  return of;
}
