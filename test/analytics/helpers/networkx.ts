import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { tieObjects, type ActorNetwork } from '../../../src/analytics/projection';

/**
 * The actor network as networkx sees it (docs/design.md §4): nodes 0…n−1 (node i is `network.actors[i]`), every
 * tie once with its Newman weight.
 */
export interface NxGraphJson {
  n: number;
  edges: [number, number, number][];
}

export function nxGraphJson(network: ActorNetwork): NxGraphJson {
  return {
    n: network.actors.length,
    edges: tieObjects(network.ties).map((t) => [t.source, t.target, t.weight]),
  };
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
 * stdin, and resolves with what it passed to `out`: the reference value a test compares ours with.
 *
 * The reference values are committed (test/oracle/, one JSON file per test file, keyed by a hash of the
 * script and its input; `npm run oracle:refresh` rewrites them), so the tests run on a machine with only
 * Node. Where python3 with networkx, numpy and scipy is installed, the live comparison runs in addition:
 * python computes the value the test checks, and a call with no committed fixture fails, so the fixtures
 * cannot fall behind the tests. Without python, each test file that asks says so in a skipped test.
 */
export async function runPython<T>(script: string, input: object = {}): Promise<T> {
  const fixtures = oracleFixtures();
  const key = await oracleKey(script, input);
  if (REFRESH) {
    const value = await runLive<T>(script, input);
    fixtures.values[key] = value;
    writeFileSync(fixtures.file, `${JSON.stringify(fixtures.values, null, 1)}\n`);
    return value;
  }
  if (!(key in fixtures.values))
    throw new Error(
      `no committed reference value in ${relative(REPO, fixtures.file)} for this python call: ` +
        'run `npm run oracle:refresh` (needs python3 with networkx) and commit test/oracle/',
    );
  return LIVE ? runLive<T>(script, input) : (fixtures.values[key] as T);
}

const REPO = join(__dirname, '..', '..', '..');
const REFRESH = process.env.ORACLE_REFRESH === '1';
/** Whether python3 with the libraries the references use is here (checked once per test file). */
const LIVE = spawnSync('python3', ['-c', 'import networkx, numpy, scipy'], { stdio: 'ignore' }).status === 0;
if (!LIVE) {
  if (REFRESH) throw new Error('npm run oracle:refresh needs python3 with networkx, numpy and scipy');
  it.skip('live networkx comparison: python3 with networkx/numpy/scipy not found; compared with the committed reference values (test/oracle/)', () => {});
}

let loaded: { file: string; values: Record<string, unknown> } | undefined;
/** The committed reference values of the running test file (empty when refreshing: stale keys go). */
function oracleFixtures(): { file: string; values: Record<string, unknown> } {
  const testPath = expect.getState().testPath!;
  const file = join(REPO, 'test', 'oracle', relative(join(REPO, 'test'), testPath).replace(/\.ts$/, '.json'));
  if (loaded?.file === file) return loaded;
  mkdirSync(dirname(file), { recursive: true });
  const values =
    REFRESH || !existsSync(file) ? {} : (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  return (loaded = { file, values });
}

/**
 * The fixture key of a call: the script and its input; a `path` in the input (a file the test wrote in a
 * temporary directory) counts by its content, not its name.
 */
async function oracleKey(script: string, input: object): Promise<string> {
  const { path, ...rest } = input as { path?: unknown };
  const hash = createHash('sha256').update(script).update('\0').update(JSON.stringify(rest));
  if (typeof path === 'string') hash.update('\0').update(await readFile(path));
  return hash.digest('hex').slice(0, 24);
}

function runLive<T>(script: string, input: object): Promise<T> {
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
