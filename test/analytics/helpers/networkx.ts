import { spawn } from 'node:child_process';
import type { ActorNetwork } from '../../../src/analytics/projection';

/**
 * The actor network as networkx sees it (docs/design.md §4): nodes 0…n−1 (node i is `network.actors[i]`), every
 * tie once with its Newman weight.
 */
export interface NxGraphJson {
  n: number;
  edges: [number, number, number][];
}

export function nxGraphJson(network: ActorNetwork): NxGraphJson {
  return { n: network.actors.length, edges: network.ties.map((t) => [t.source, t.target, t.weight]) };
}

/**
 * Put before every script: reads the JSON input into `data`, builds `G` (an undirected nx.Graph with
 * `weight`) from `data["graph"]` when present, and defines `out(value)`, which prints `value` as JSON with
 * NaN and ±inf written as null (JSON has no such numbers).
 */
const PRELUDE = `
import sys, json, math
import networkx as nx
data = json.load(sys.stdin)
if "graph" in data:
    G = nx.Graph()
    G.add_nodes_from(range(data["graph"]["n"]))
    G.add_weighted_edges_from(data["graph"]["edges"])
def _clean(v):
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if isinstance(v, dict):
        return {str(k): _clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set, frozenset)):
        return [_clean(x) for x in v]
    return v
def out(value):
    json.dump(_clean(value), sys.stdout, allow_nan=False)
`;

/**
 * Runs a python3 script (after the prelude above: `data`, `G`, `out` in scope) with `input` as JSON on
 * stdin, and resolves with what it passed to `out`. Rejects with python's stderr when it fails.
 */
export function runPython<T>(script: string, input: object = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', PRELUDE + script], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`python3 exited with ${code}:\n${stderr}`));
      else {
        try {
          resolve(JSON.parse(stdout) as T);
        } catch (error) {
          reject(
            new Error(`python3 printed no JSON (${String(error)}):\n${stdout.slice(0, 500)}\n${stderr}`),
          );
        }
      }
    });
    child.stdin.end(JSON.stringify(input));
  });
}

/**
 * Runs `script` with `G` built from `network` (nodes are its indices) and `data` holding `extra` too.
 * Example: `runNetworkx<number[]>(net, 'c = nx.degree_centrality(G)\nout([c[i] for i in range(G.number_of_nodes())])')`.
 */
export function runNetworkx<T>(network: ActorNetwork, script: string, extra: object = {}): Promise<T> {
  return runPython<T>(script, { ...extra, graph: nxGraphJson(network) });
}
