// `npm run bench [-- --large]`: the scale bench with that flag, then the export bench, the explorer bench
// and (with NEO4J_URI) the Neo4j bench, each in a node process of its own. `npm run bench -- --compare`:
// the compare bench alone (ours against igraph, networkit and a bare graphql-js server, interleaved in one
// run; `-- --compare --rss-only`: its 100k memory section alone, `--http-only` its HTTP section alone). npm gives a script's arguments to its last command only, so chaining the benches in package.json
// sent --large to the wrong one.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHES: { file: string; node?: string[]; takesFlags?: boolean }[] = process.argv.includes('--compare')
  ? [{ file: 'compare.bench.js', takesFlags: true }]
  : [
      { file: 'scale.bench.js', takesFlags: true },
      { file: 'export.bench.js', node: ['--expose-gc'] },
      { file: 'explorer.bench.js' },
      // Only with NEO4J_URI set: the embedded store beside Neo4j, and a Neo4j outage (it empties that database).
      { file: 'neo4j.bench.js' },
    ];

for (const bench of BENCHES) {
  const args = [
    ...(bench.node ?? []),
    join(__dirname, bench.file),
    ...(bench.takesFlags ? process.argv.slice(2) : []),
  ];
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`bench: ${bench.file} failed (exit ${status})`);
    process.exit(status ?? 1);
  }
}
