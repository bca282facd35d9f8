// Runs bench/reference.py (networkx, igraph or networkit) on an actor network and compares timings and values with ours.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tieObjects, type ActorNetwork } from '../src/analytics/projection';
import { projectRoot } from '../src/lib/project-root';

export type Library = 'networkx' | 'igraph' | 'networkit';

/** Cold (first call) and warm (median of five more, when the first took under 2 s) milliseconds. */
export interface Timing {
  cold: number;
  warm: number;
}

export interface ReferenceRun {
  version: string;
  ms: Record<string, Timing>;
  /** Per metric, node i's value (null for NaN); only when asked for. */
  values: Record<string, (number | null)[]>;
}

/**
 * The interpreters tried, in order: BENCH_PYTHON (default python3) for networkx; for igraph also
 * /usr/bin/python3, where the distribution's python3-igraph lands when python3 is another interpreter.
 */
function interpreters(library: Library): string[] {
  const first = process.env.BENCH_PYTHON ?? 'python3';
  return library === 'networkx' ? [first] : [...new Set([first, '/usr/bin/python3'])];
}

/**
 * The library's run, or a reason it did not run ("igraph not installed"). With `metrics`, only those,
 * each called once.
 */
export function runReference(
  library: Library,
  network: ActorNetwork,
  values: boolean,
  metrics: readonly string[] = [],
): ReferenceRun | { missing: string } {
  const input = JSON.stringify({
    n: network.actors.length,
    edges: tieObjects(network.ties).map((t) => [t.source, t.target, t.weight]),
    values,
  });
  let failure = `${library} not installed`;
  for (const python of interpreters(library)) {
    const run = spawnSync(python, [join(projectRoot(), 'bench', 'reference.py'), library, ...metrics], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (run.status === 0) return JSON.parse(run.stdout) as ReferenceRun;
    if (run.status !== 3) failure = `${library} failed (${run.status ?? run.signal}): ${run.stderr.trim()}`;
  }
  return { missing: failure };
}

/** How far our values are from theirs: the largest absolute and relative difference, and NaN/null mismatches. */
export interface Agreement {
  maxAbs: number;
  maxRel: number;
  nanMismatches: number;
}

export function agreement(ours: Float64Array, theirs: readonly (number | null)[]): Agreement {
  let maxAbs = 0;
  let maxRel = 0;
  let nanMismatches = 0;
  ours.forEach((value, i) => {
    const other = theirs[i];
    if (Number.isNaN(value) || other === null || other === undefined) {
      if (!(Number.isNaN(value) && other === null)) nanMismatches++;
      return;
    }
    const diff = Math.abs(value - other);
    maxAbs = Math.max(maxAbs, diff);
    if (other !== 0) maxRel = Math.max(maxRel, diff / Math.abs(other));
  });
  return { maxAbs, maxRel, nanMismatches };
}
