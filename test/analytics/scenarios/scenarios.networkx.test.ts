import { spawnSync } from 'node:child_process';
import { centrality } from '../../../src/analytics/centrality';
import { coverageGaps, coverageMatrix } from '../../../src/analytics/coverage';
import { actorNetwork, degreeOf, type NetworkRecords } from '../../../src/analytics/projection';
import { networkDiff } from '../../../src/analytics/scenarios/network-diff';
import { scenarioLosses, scenarioState } from '../../../src/analytics/scenarios/what-if';
import { isActiveAt, type NetworkFilter } from '../../../src/domain';
import { narrowedSnapshot } from '../../../src/store/snapshot-filter';
import { runPython } from '../helpers/networkx';
import { randomNetwork } from '../helpers/random-network';

/** networkx comparisons need python3 with networkx; without them they are skipped, and say so. */
const HAS_NETWORKX = spawnSync('python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
if (!HAS_NETWORKX)
  console.warn('scenarios.networkx.test: python3 with networkx not found, comparisons SKIPPED');
const describeNx = HAS_NETWORKX ? describe : describe.skip;

/**
 * Independent python: the actor graphs are built here from the raw records (participants of each kept
 * partnership, pairwise), not from our projection; components, isolates, voice gaps and betweenness come
 * from networkx; coverage cells are counted from the partnerships' own area and theme lists.
 */
const SCRIPT = `
from itertools import combinations
def graph(d):
    ids = sorted(a["id"] for a in d["actors"])
    g = nx.Graph(); g.add_nodes_from(ids)
    node = set(ids)
    for p in d["partnerships"]:
        ms = sorted({x["actorId"] for x in p["participants"] if x["actorId"] in node})
        g.add_edges_from(combinations(ms, 2))
    return g
def sector(d): return {a["id"]: a["sector"] for a in d["actors"]}
def gov_reach(g, s):
    gov = [a for a in g if s[a] == "GOVERNMENT"]
    seen = set()
    for x in gov: seen |= nx.node_connected_component(g, x)
    return seen
def state(d):
    g, s = graph(d), sector(d)
    gov = [a for a in g if s[a] == "GOVERNMENT"]
    dist = nx.multi_source_dijkstra_path_length(g, gov) if gov else {}
    bc = nx.betweenness_centrality(g, normalized=True)
    top = sorted(g, key=lambda a: (-bc[a], a))[:10]
    return {"actorCount": g.number_of_nodes(), "tieCount": g.number_of_edges(),
        "componentCount": nx.number_connected_components(g),
        "largestComponentSize": max((len(c) for c in nx.connected_components(g)), default=0),
        "isolatedCount": nx.number_of_isolates(g),
        "voiceGapCount": sum(1 for a in g if s[a] == "CHILDREN_AND_YOUTH" and dist.get(a, 99) > 2),
        "topBrokers": [[a, bc[a]] for a in top]}
def cells(d):
    node = {a["id"] for a in d["actors"]}
    munis = {a["id"] for a in d["areas"] if a["level"] == "MUNICIPALITY"}
    c = {}
    for p in d["partnerships"]:
        ms = {x["actorId"] for x in p["participants"] if x["actorId"] in node}
        for m in set(p["areaIds"]) & munis:
            for t in p["themeIds"]: c.setdefault(m + "|" + t, set()).update(ms)
    return {k for k, v in c.items() if v}
res = {}
if "before" in data:
    b, a = data["before"], data["after"]
    gb, ga, s = graph(b), graph(a), sector(b)
    rb, ra = gov_reach(gb, s), gov_reach(ga, s)
    kept = {p["id"] for p in a["partnerships"]}
    node_a = set(ga)
    res = {"before": state(b), "after": state(a),
        "cutOff": sorted(x for x in ga if (ga.degree(x) == 0 and gb.degree(x) > 0) or (x in rb and x not in ra)),
        "ended": sorted(p["id"] for p in b["partnerships"] if p["id"] not in kept
            and p["id"] not in data["removedPartnerships"]
            and any(x["actorId"] in set(gb) for x in p["participants"])),
        "uncovered": sorted(cells(b) - cells(a))}
else:
    gf, gt = graph(data["from"]), graph(data["to"])
    key = lambda e: tuple(sorted(e))
    ef, et = {key(e) for e in gf.edges}, {key(e) for e in gt.edges}
    def ranks(values):
        return {a: 1 + sum(1 for w in values.values() if w > v + 1e-9 * max(1, abs(v))) for a, v in values.items()}
    moves = {}
    for metric, f in (("DEGREE", nx.degree_centrality), ("BETWEENNESS", nx.betweenness_centrality)):
        rf, rt = ranks(f(gf)), ranks(f(gt))
        ch = [(a, rf[a], rt[a]) for a in gt]
        order = lambda c: (-abs(c[1] - c[2]), c[2], c[0])
        moves[metric] = {"risers": [list(c) for c in sorted((c for c in ch if c[1] > c[2]), key=order)[:10]],
            "fallers": [list(c) for c in sorted((c for c in ch if c[1] < c[2]), key=order)[:10]]}
    res = {"added": sorted(et - ef), "removed": sorted(ef - et), "moves": moves}
out(res)
`;

interface StateOracle {
  actorCount: number;
  tieCount: number;
  componentCount: number;
  largestComponentSize: number;
  isolatedCount: number;
  voiceGapCount: number;
  topBrokers: [string, number][];
}

const asSnapshot = (records: NetworkRecords) => ({
  ...records,
  actors: [...records.actors],
  partnerships: [...records.partnerships],
  areas: [...records.areas],
  themes: [...records.themes],
  targetGroups: [...records.targetGroups],
});

// Seeds whose scenario cuts actors off, ends a partnership and loses a cell, so no list is trivially empty.
describeNx.each([1, 2, 4])(
  'whatIf and networkDiff agree with networkx on a generated network (seed %i)',
  (seed) => {
    const records = randomNetwork({ actors: 120, seed, partnershipsPerActor: 0.7, groups: 3 });

    it('whatIf: components, isolates, voice gap, brokers, cut-off actors, ended partnerships, lost cells', async () => {
      const before = actorNetwork(records);
      // The five best-tied actors leave, with every participant of one two-party partnership (so it ends)
      // and every actor of the municipality × theme cell fewest cover (so it is lost), and two partnerships
      // end: enough to split the network.
      const pair = records.partnerships.find(
        (p) => new Set(p.participants.map((x) => x.actorId)).size === 2,
      )!;
      const counts = coverageMatrix(before);
      const [fewest] = counts.rows
        .flatMap((area, r) =>
          counts.columns.map((theme, c) => ({ area, theme, count: counts.counts[r]![c]! })),
        )
        .filter((cell) => cell.count > 0)
        .sort((x, y) => x.count - y.count);
      const cellActors = records.partnerships
        .filter((p) => p.areaIds.includes(fewest!.area.id) && p.themeIds.includes(fewest!.theme.id))
        .flatMap((p) => p.participants.map((x) => x.actorId));
      const leaving = [
        ...new Set([
          ...before.actors
            .map((a, i) => ({ id: a.id, degree: degreeOf(before, i) }))
            .sort((x, y) => y.degree - x.degree || (x.id < y.id ? -1 : 1))
            .slice(0, 5)
            .map((a) => a.id),
          ...pair.participants.map((x) => x.actorId),
          ...cellActors,
        ]),
      ];
      const ending = [records.partnerships[0]!.id, records.partnerships[5]!.id];
      const filter: NetworkFilter = { excludeActorIds: leaving, excludePartnershipIds: ending };
      const afterRecords = narrowedSnapshot(asSnapshot(records), filter);
      const after = actorNetwork(afterRecords);

      const oracle = await runPython<{
        before: StateOracle;
        after: StateOracle;
        cutOff: string[];
        ended: string[];
        uncovered: string[];
      }>(SCRIPT, { before: records, after: afterRecords, removedPartnerships: ending });

      for (const [network, expected] of [
        [before, oracle.before],
        [after, oracle.after],
      ] as const) {
        const state = scenarioState(network, centrality(network, 'BETWEENNESS'), 2);
        const { topBrokers, largestComponentShare, ...counts } = state;
        const { topBrokers: expectedBrokers, ...expectedCounts } = expected;
        expect(counts).toEqual(expectedCounts);
        expect(largestComponentShare).toBeCloseTo(expected.largestComponentSize / expected.actorCount, 12);
        topBrokers.forEach((b, k) => expect(b.value).toBeCloseTo(expectedBrokers[k]![1], 9));
        expect(topBrokers.map((b) => network.actors[b.node]!.id)).toEqual(expectedBrokers.map(([id]) => id));
      }
      expect(oracle.after.componentCount).toBeGreaterThan(oracle.before.componentCount - 3);

      const losses = scenarioLosses(before, after, new Set(ending));
      expect(losses.cutOffActors.map((a) => a.id)).toEqual(oracle.cutOff);
      expect(losses.endedPartnerships.map((p) => p.id)).toEqual(oracle.ended);
      expect(losses.removedPartnerships.map((p) => p.id).sort()).toEqual([...ending].sort());
      expect(oracle.cutOff.length).toBeGreaterThan(0);
      expect(oracle.ended).toContain(pair.id);

      // Cells with actors before and none after: coverageMatrix before, coverageGaps's uncovered after.
      const had = coverageMatrix(before);
      const uncovered = coverageGaps(after).uncovered.filter(
        (c) => had.counts[had.rows.indexOf(c.area)]![had.columns.indexOf(c.theme)]! > 0,
      );
      expect(uncovered.map((c) => `${c.area.id}|${c.theme.id}`).sort()).toEqual(oracle.uncovered);
      expect(oracle.uncovered).toContain(`${fewest!.area.id}|${fewest!.theme.id}`);
    });

    it('networkDiff: ties appeared and disappeared, degree and betweenness risers and fallers', async () => {
      const [from, to] = ['2019-06-30', '2022-06-30'];
      const asOf = (date: string) => ({
        ...records,
        partnerships: records.partnerships.filter((p) => isActiveAt(p, date)),
      });
      const before = actorNetwork(asOf(from));
      const after = actorNetwork(asOf(to));
      const diff = networkDiff({
        from,
        to,
        before,
        after,
        undated: actorNetwork(records),
        top: 10,
        values: (['DEGREE', 'BETWEENNESS'] as const).map((metric) => ({
          metric,
          before: centrality(before, metric),
          after: centrality(after, metric),
        })),
      });
      const oracle = await runPython<{
        added: [string, string][];
        removed: [string, string][];
        moves: Record<string, { risers: [string, number, number][]; fallers: [string, number, number][] }>;
      }>(SCRIPT, { from: asOf(from), to: asOf(to) });

      const pairs = (ties: { source: { id: string }; target: { id: string } }[]) =>
        ties.map((t) => [t.source.id, t.target.id]);
      expect(pairs(diff.tiesAdded)).toEqual(oracle.added);
      expect(pairs(diff.tiesRemoved)).toEqual(oracle.removed);
      expect(oracle.added.length).toBeGreaterThan(0);
      expect(oracle.removed.length).toBeGreaterThan(0);
      for (const metric of ['DEGREE', 'BETWEENNESS'] as const) {
        const rows = (changes: typeof diff.risers) =>
          changes.filter((c) => c.metric === metric).map((c) => [c.actor.id, c.rankBefore, c.rankAfter]);
        expect(rows(diff.risers)).toEqual(oracle.moves[metric]!.risers);
        expect(rows(diff.fallers)).toEqual(oracle.moves[metric]!.fallers);
      }

      // Started and ended by their definitions, over every partnership with a participant.
      const started = records.partnerships.filter(
        (p) => p.startDate && from < p.startDate && p.startDate <= to,
      );
      const ended = records.partnerships.filter((p) => p.endDate && from <= p.endDate && p.endDate < to);
      expect(diff.partnershipsStarted.map((p) => p.id).sort()).toEqual(started.map((p) => p.id).sort());
      expect(diff.partnershipsEnded.map((p) => p.id).sort()).toEqual(ended.map((p) => p.id).sort());
      expect(started.length).toBeGreaterThan(0);
      expect(ended.length).toBeGreaterThan(0);
    });
  },
);
