"""The centralities of docs/design.md §4 in networkx or igraph, on the graph given as JSON on stdin.

    python3 bench/reference.py networkx|igraph|networkit [METRIC ...] < {"n": N, "edges": [[s, t, w], ...], "values": bool}

With METRICs, only those run, each called once (the --compare bench interleaves the libraries per metric).
Prints {"version": ..., "ms": {METRIC: {"cold": ms, "warm": ms}}, "values": {METRIC: [node 0, ...]}}
(values only when asked; NaN as null). "cold" is the first call; a first call under 2 s is repeated five
times and the median is "warm" (else warm = cold), as the TypeScript side does. Each call is normalised
to our definition (see bench/README.md), so values compare. Exits 3 when the library is not installed.
"""
import json
import math
import statistics
import sys
import time


def timed(call):
    start = time.perf_counter()
    result = call()
    cold = (time.perf_counter() - start) * 1000
    if cold >= 2000:
        return {"cold": cold, "warm": cold}, result
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        call()
        runs.append((time.perf_counter() - start) * 1000)
    return {"cold": cold, "warm": statistics.median(runs)}, result


def networkx_calls(data):
    import networkx as nx

    n = data["n"]
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from(data["edges"])
    as_list = lambda d: [d.get(i) for i in range(n)]

    def eigenvector():
        values = {i: 0.0 for i in range(n)}
        for c in nx.connected_components(G):
            if len(c) == 2:
                # scipy's ARPACK cannot solve a 2 x 2 system: both ends of a lone tie are 1 after scaling.
                values.update(dict.fromkeys(c, 1.0))
            elif len(c) > 2:
                part = nx.eigenvector_centrality_numpy(G.subgraph(c))
                top = max(part.values())
                values.update({k: v / top for k, v in part.items()})
        return values

    calls = {
        "DEGREE": lambda: nx.degree_centrality(G),
        "STRENGTH": lambda: dict(G.degree(weight="weight")),
        "BETWEENNESS": lambda: nx.betweenness_centrality(G, normalized=True),
        "CLOSENESS": lambda: nx.closeness_centrality(G, wf_improved=True),
        "HARMONIC": lambda: nx.harmonic_centrality(G),
        "PAGERANK": lambda: nx.pagerank(G, alpha=0.85, weight="weight"),
        "EIGENVECTOR": eigenvector,
        "CONSTRAINT": lambda: nx.constraint(G, weight="weight"),
        # networkx's default, vectorised path: its values differ from Burt's (and ours) on weighted graphs,
        # it divides columns, not rows, by their maximum (networkx PR #8906); the iterative path that is the
        # reference in our tests takes 7 minutes at 1k actors and hours at 10k.
        "EFFECTIVE_SIZE": lambda: nx.effective_size(G, weight="weight"),
    }
    return nx.__version__, {k: (lambda call=call: as_list(call())) for k, call in calls.items()}


def igraph_calls(data):
    import igraph

    n = data["n"]
    g = igraph.Graph(n=n, edges=[(s, t) for s, t, _ in data["edges"]])
    g.es["weight"] = [w for _, _, w in data["edges"]]
    pairs = (n - 1) * (n - 2) / 2

    def closeness():
        # igraph: (r-1)/sum of distances within the component; networkx's wf_improved scales by (r-1)/(n-1).
        size = g.connected_components().sizes()
        membership = g.connected_components().membership
        return [
            0.0 if size[membership[i]] == 1 else c * (size[membership[i]] - 1) / (n - 1)
            for i, c in enumerate(g.closeness())
        ]

    def eigenvector():
        values = [0.0] * n
        for c in g.connected_components():
            if len(c) > 1:
                for i, v in zip(c, g.induced_subgraph(c).eigenvector_centrality(scale=True)):
                    values[i] = v
        return values

    calls = {
        "DEGREE": lambda: [d / (n - 1) for d in g.degree()],
        "STRENGTH": lambda: g.strength(weights="weight"),
        "BETWEENNESS": lambda: [b / pairs for b in g.betweenness(directed=False)],
        "CLOSENESS": closeness,
        "HARMONIC": lambda: g.harmonic_centrality(normalized=False),
        "PAGERANK": lambda: g.pagerank(weights="weight", damping=0.85),
        "EIGENVECTOR": eigenvector,
        "CONSTRAINT": lambda: g.constraint(weights="weight"),
    }
    return igraph.__version__, calls


def networkit_calls(data):
    import networkit as nk

    n = data["n"]
    g = nk.Graph(n, weighted=True)
    for s, t, w in data["edges"]:
        g.addEdge(s, t, w)
    pairs = (n - 1) * (n - 2) / 2
    c = nk.centrality

    def run(algorithm):
        algorithm.run()
        return algorithm.scores()

    def eigenvector():
        scores = run(c.EigenvectorCentrality(g))
        top = max(scores) or 1.0
        return [v / top for v in scores]

    # networkit runs on every core (OpenMP); there is no Burt's constraint in it.
    calls = {
        "DEGREE": lambda: [g.degree(i) / (n - 1) for i in range(n)],
        "BETWEENNESS": lambda: [b / pairs for b in run(c.Betweenness(g, normalized=False))],
        "CLOSENESS": lambda: run(c.Closeness(g, True, c.ClosenessVariant.GENERALIZED)),
        "HARMONIC": lambda: run(c.HarmonicCloseness(g, normalized=False)),
        "PAGERANK": lambda: run(c.PageRank(g, damp=0.85, tol=1e-12)),
        "EIGENVECTOR": eigenvector,
    }
    return f"{nk.__version__} ({nk.getMaxNumberOfThreads()} threads)", calls


LIBRARIES = {"networkx": networkx_calls, "igraph": igraph_calls, "networkit": networkit_calls}


def clean(values):
    return [None if v is None or not math.isfinite(v) else v for v in values]


def main():
    library, only = sys.argv[1], sys.argv[2:]
    data = json.load(sys.stdin)
    try:
        version, calls = LIBRARIES[library](data)
    except ImportError:
        print(f"{library} not installed", file=sys.stderr)
        sys.exit(3)
    ms, values = {}, {}
    for name, call in calls.items():
        if only and name not in only:
            continue
        if only:
            start = time.perf_counter()
            result = call()
            once = (time.perf_counter() - start) * 1000
            ms[name] = {"cold": once, "warm": once}
        else:
            ms[name], result = timed(call)
        if data.get("values"):
            values[name] = clean(result)
    json.dump({"version": version, "ms": ms, "values": values}, sys.stdout, allow_nan=False)


main()
