import type { ActorNetwork } from '../../../src/analytics/projection';
import { runNetworkx } from './networkx';

/** What the python oracle computes, keyed by actor id (see SCRIPT). */
export interface GapOracle {
  reach: {
    hops: Record<string, number>;
    partnerships: number;
    areas: string[];
    themes: string[];
    groups: Record<string, { targeted?: number; reached?: number }>;
  }[];
  recommendations: { scores: Record<string, number>; common: Record<string, string[]> }[];
  brokerage: Record<
    string,
    { coordinator: number; itinerant: number; representative: number; liaison: number }
  >;
  mixing: [string, string, number][];
  ei: number | null;
  actorEi: Record<string, number | null>;
  triple: number | null;
  quadruple: number | null;
  voiceGap: Record<string, string[]>;
  singleFunder: [string, string, number][];
  coverage: { cells: Record<string, number>; priority: Record<string, number | null> }[];
}

export interface OracleQuestions {
  /** [origin node, hops] pairs for reach. */
  reach: [number, number][];
  /** Origin nodes for recommendations. */
  recommendations: number[];
  voiceHops: number[];
  /** Coverage option sets, as coverageGaps takes them. */
  coverage: { areaLevel: string; byTargetGroup: boolean; includeParentAreas: boolean }[];
}

/** The key of a coverage cell in the oracle's answer: "area|theme|group" ("-" without group). */
export const cellKey = (area: string, theme: string, group?: string) => `${area}|${theme}|${group ?? '-'}`;

/**
 * Independent python: networkx for paths and Adamic–Adar, plain loops over nx.Graph neighbours for
 * brokerage and E-I, the raw partnership records (not our projection's member lists) for reach sums,
 * helix entropies, single funders and coverage cells.
 */
const SCRIPT = `
from itertools import combinations
from collections import Counter
ids, sectors, parts = data["ids"], data["sectors"], data["partnerships"]
idx = {a: i for i, a in enumerate(ids)}
ORDER = ["GOVERNMENT", "ACADEMIA", "PRIVATE_SECTOR", "CIVIL_SOCIETY", "CHILDREN_AND_YOUTH", "INTERNATIONAL"]
nodes_of = lambda p: {idx[x["actorId"]] for x in p["participants"] if x["actorId"] in idx}
res = {"reach": [], "recommendations": [], "coverage": []}

for o, h in data["q"]["reach"]:
    d = nx.single_source_shortest_path_length(G, o, cutoff=h)
    counted = [p for p in parts if nodes_of(p) & set(d)]
    groups = {}
    for p in counted:
        for g in p["targetGroups"]:
            s = groups.setdefault(g["targetGroupId"], {})
            for k in ("targeted", "reached"):
                if k in g: s[k] = s.get(k, 0) + g[k]
    res["reach"].append({"hops": {ids[i]: d[i] for i in d if i != o}, "partnerships": len(counted),
        "areas": sorted({a for p in counted for a in p["areaIds"]}),
        "themes": sorted({t for p in counted for t in p["themeIds"]}), "groups": groups})

for o in data["q"]["recommendations"]:
    cands = [y for y in G if y != o and not G.has_edge(o, y) and len(list(nx.common_neighbors(G, o, y))) > 0]
    scores = {y: s for _, y, s in nx.adamic_adar_index(G, [(o, y) for y in cands])}
    res["recommendations"].append({"scores": {ids[y]: scores[y] for y in cands},
        "common": {ids[y]: sorted(ids[z] for z in nx.common_neighbors(G, o, y)) for y in cands}})

brokerage = {}
for b in G:
    c = {"coordinator": 0, "itinerant": 0, "representative": 0, "liaison": 0}
    for a, e in combinations(sorted(G[b]), 2):
        if G.has_edge(a, e): continue
        sa, sb, se = sectors[a], sectors[b], sectors[e]
        if sa == sb == se: c["coordinator"] += 1
        elif sa == se: c["itinerant"] += 1
        elif sa == sb or se == sb: c["representative"] += 1
        else: c["liaison"] += 1
    brokerage[ids[b]] = c
res["brokerage"] = brokerage

mix = Counter(tuple(sorted((sectors[u], sectors[v]), key=ORDER.index)) for u, v in G.edges())
E = sum(1 for u, v in G.edges() if sectors[u] != sectors[v]); I = G.number_of_edges() - E
res["mixing"] = [[a, b, n] for (a, b), n in mix.items()]
res["ei"] = (E - I) / (E + I) if E + I else None
res["actorEi"] = {ids[i]: (sum(1 if sectors[j] != sectors[i] else -1 for j in G[i]) / G.degree(i) if G.degree(i) else None) for i in G}

def H(column):
    n = len(column)
    return -sum(c / n * math.log2(c / n) for c in Counter(column).values())
has = [{s: any(sectors[i] == s for i in nodes_of(p)) for s in ORDER} for p in parts]
def Hs(*dims): return H([tuple(r[s] for s in dims) for r in has])
g, a, p, c = "GOVERNMENT", "ACADEMIA", "PRIVATE_SECTOR", "CIVIL_SOCIETY"
res["triple"] = (Hs(g) + Hs(a) + Hs(p) - Hs(g, a) - Hs(g, p) - Hs(a, p) + Hs(g, a, p)) if parts else None
res["quadruple"] = sum((-1) ** (r + 1) * Hs(*S) for r in range(1, 5) for S in combinations([g, a, p, c], r)) if parts else None

govs = [i for i in G if sectors[i] == "GOVERNMENT"]
dist = nx.multi_source_dijkstra_path_length(G, set(govs), weight=lambda u, v, d: 1) if govs else {}
res["voiceGap"] = {str(h): sorted(ids[i] for i in G if sectors[i] == "CHILDREN_AND_YOUTH" and (i not in dist or dist[i] > h)) for h in data["q"]["voiceHops"]}

funded = {}
funders_of_others = {x["actorId"] for p in parts for x in p["participants"]
    if x["role"] == "FUNDER" and any(y["actorId"] != x["actorId"] for y in p["participants"])}
for p in parts:
    funders = {x["actorId"] for x in p["participants"] if x["role"] == "FUNDER"}
    for w in {x["actorId"] for x in p["participants"] if x["role"] != "FUNDER"}:
        if w in idx and funders - {w} and w not in funders_of_others: funded.setdefault(w, []).append(funders - {w})
res["singleFunder"] = sorted([w, min(set().union(*fs)), len(fs)] for w, fs in funded.items() if len(set().union(*fs)) == 1)

areas = {x["id"]: x for x in data["areas"]}
def chain(x):
    out = []
    while x is not None and x not in out: out.append(x); x = areas[x].get("parentId") if x in areas else None
    return out
for opts in data["q"]["coverage"]:
    groups = [t["id"] for t in data["targetGroups"]] if opts["byTargetGroup"] else [None]
    cells, per_area = {}, Counter()
    for ar in [x for x in data["areas"] if x["level"] == opts["areaLevel"]]:
        for th in data["themes"]:
            for gr in groups:
                actors = set()
                for p in parts:
                    where = any(ar["id"] in chain(pa) or (opts["includeParentAreas"] and pa in chain(ar["id"])) for pa in p["areaIds"])
                    for_group = gr is None or not p["targetGroups"] or gr in [t["targetGroupId"] for t in p["targetGroups"]]
                    if th["id"] in p["themeIds"] and where and for_group: actors |= nodes_of(p)
                cells["%s|%s|%s" % (ar["id"], th["id"], gr or "-")] = len(actors)
                per_area[ar["id"]] += 1 if actors else 0
    per_cell = len(data["themes"]) * len(groups)
    people = lambda x: x.get("childPopulation", x.get("population"))
    priority = {x["id"]: (people(x) * (1 - per_area[x["id"]] / per_cell) if people(x) is not None else None) for x in data["areas"]}
    res["coverage"].append({"cells": cells, "priority": priority})
out(res)
`;

/** Asks the oracle every question about `network` in one python run. */
export function gapOracle(network: ActorNetwork, questions: OracleQuestions): Promise<GapOracle> {
  const { records } = network;
  return runNetworkx<GapOracle>(network, SCRIPT, {
    ids: network.actors.map((a) => a.id),
    sectors: network.actors.map((a) => a.sector),
    partnerships: records.partnerships,
    areas: records.areas,
    themes: records.themes,
    targetGroups: records.targetGroups,
    q: questions,
  });
}
