import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { REPO } from '../helpers/child';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Each command line tool run through npm exactly as the docs show it (docs/import-export.md,
 * docs/operations-security.md), its stdout parsed as what it claims to be: npm's banner, the build's line
 * and progress must not be in it. A `> FILE` redirect is left out and stdout read instead, which is what
 * the shell would write to FILE.
 */
const docs = ['import-export.md', 'operations-security.md']
  .map((name) => readFileSync(join(REPO, 'docs', name), 'utf8'))
  .join('\n');

/** The documented command line matching `pattern` (its first group, when it has one). */
function documented(pattern: RegExp): string {
  const match = pattern.exec(docs);
  if (!match) throw new Error(`the docs show no command matching ${pattern}`);
  return (match[1] ?? match[0]).trim();
}

function run(
  command: string,
  dataDir: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], {
      cwd: REPO,
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const xml = new XMLParser({ ignoreAttributes: false });

describe('the CLIs through npm, as documented', () => {
  const dir = useTempDir();
  const data = () => join(dir(), 'data');

  it('seed, export (GEXF and GraphML), key, generate and import each print their product alone on stdout', async () => {
    const seeded = await run('npm run -s seed', data());
    expect(seeded.code).toBe(0);
    expect(seeded.stdout.trim().split('\n')).toHaveLength(1);

    const gexf = await run(documented(/^(npm run -s export -- --format gexf .*?) > \S+$/m), data());
    expect(gexf.code).toBe(0);
    expect(gexf.stdout.startsWith('<?xml')).toBe(true);
    const gexfNodes = xml.parse(gexf.stdout).gexf.graph.nodes.node;
    expect(gexfNodes.length).toBeGreaterThan(5);

    const graphml = await run(documented(/^(npm run -s export -- --format graphml .*?) > \S+$/m), data());
    expect(graphml.code).toBe(0);
    expect(graphml.stdout.startsWith('<?xml')).toBe(true);
    const graph = xml.parse(graphml.stdout).graphml.graph;
    expect(graph.node.map((node: Record<string, string>) => node['@_id'])).toContain('syri-i-vizionit');

    const key = await run(documented(/^KEY=\$\((npm run -s key -- create [^)]*)\)/m), data());
    expect(key.code).toBe(0);
    expect(key.stdout).toMatch(/^[^\n]+\n$/);

    const generate = documented(/^(npm run -s generate -- .*?) --out \S+/m);
    const generated = await run(generate, data());
    expect(generated.code).toBe(0);
    const actors = Number(/--actors (\d+)/.exec(generate)![1]);
    expect(JSON.parse(generated.stdout).actors).toHaveLength(actors);

    const imported = await run(documented(/^(npm run -s import -- --format hxl --dry-run \S+)/m), data());
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^dry run \(nothing written\): /);
  }, 600_000);
});
