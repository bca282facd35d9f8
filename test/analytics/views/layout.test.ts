import { Budget } from '../../../src/analytics/budget';
import { AnalyticsLimitError } from '../../../src/analytics/errors';
import { forceAtlas2Layout, MAX_LAYOUT_NODES } from '../../../src/analytics/views/layout';

// Two 5-cliques (nodes 10–14 and 20–24, indices as in a larger network) joined by one tie 14–20, and an
// isolate 30.
const left = [10, 11, 12, 13, 14];
const right = [20, 21, 22, 23, 24];
const clique = (members: number[]) =>
  members.flatMap((a, i) => members.slice(i + 1).map((b) => ({ source: a, target: b, weight: 1 })));
const graph = {
  nodes: [...left, ...right, 30],
  ties: [...clique(left), { source: 14, target: 20, weight: 1 }, ...clique(right)],
};

function distance(positions: Float64Array, i: number, j: number): number {
  return Math.hypot(positions[2 * i]! - positions[2 * j]!, positions[2 * i + 1]! - positions[2 * j + 1]!);
}
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('forceAtlas2Layout', () => {
  it('gives every node, the isolate too, a finite position', () => {
    const positions = forceAtlas2Layout(graph);
    expect(positions).toHaveLength(2 * graph.nodes.length);
    expect(Array.from(positions).every(Number.isFinite)).toBe(true);
  });

  it('is the same for the same graph and seed, and another for another seed', () => {
    const once = forceAtlas2Layout(graph, { seed: 7 });
    expect(forceAtlas2Layout(graph, { seed: 7 })).toEqual(once);
    expect(forceAtlas2Layout(graph, { seed: 8 })).not.toEqual(once);
  });

  it('draws tied nodes closer than untied ones, and each clique apart from the other', () => {
    const positions = forceAtlas2Layout(graph);
    const at = (node: number) => graph.nodes.indexOf(node);
    const tied = new Set(graph.ties.map((t) => `${t.source} ${t.target}`));
    const tiedLengths: number[] = [];
    const untiedLengths: number[] = [];
    const linked = [...left, ...right];
    for (const [i, a] of linked.entries())
      for (const b of linked.slice(i + 1))
        (tied.has(`${a} ${b}`) ? tiedLengths : untiedLengths).push(distance(positions, at(a), at(b)));
    expect(mean(tiedLengths)).toBeLessThan(mean(untiedLengths));
    // Every node is nearer the other members of its clique (on average) than the other clique's members.
    for (const [own, other] of [
      [left, right],
      [right, left],
    ] as const)
      for (const node of own) {
        const near = mean(own.filter((x) => x !== node).map((x) => distance(positions, at(node), at(x))));
        const far = mean(other.map((x) => distance(positions, at(node), at(x))));
        expect(near).toBeLessThan(far);
      }
  });

  it('lays out an empty graph as nothing, and a single node', () => {
    expect(forceAtlas2Layout({ nodes: [], ties: [] })).toHaveLength(0);
    expect(Array.from(forceAtlas2Layout({ nodes: [3], ties: [] })).every(Number.isFinite)).toBe(true);
  });

  it('refuses more than MAX_LAYOUT_NODES nodes, suggesting an ego network or a filter', () => {
    const nodes = Int32Array.from({ length: MAX_LAYOUT_NODES + 1 }, (_, i) => i);
    expect(() => forceAtlas2Layout({ nodes, ties: [] })).toThrow(AnalyticsLimitError);
    expect(() => forceAtlas2Layout({ nodes, ties: [] })).toThrow(/ego network.*filter/);
  });

  it('stops when its time budget has run out', () => {
    const spent = new Budget({ timeBudgetMs: 0, maxAllPairsWork: 1 }, () => 1, 0);
    expect(() => forceAtlas2Layout(graph, { budget: spent })).toThrow(/layout: ran past its time budget/);
  });
});
