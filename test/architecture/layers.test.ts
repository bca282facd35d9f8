import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const REPO = join(__dirname, '..', '..');
const SRC = join(REPO, 'src');

/**
 * What the project's linter (eslint.config.mjs, as `npm run lint` runs it) says of each probe: its code placed
 * at its file, relative to the repo. One child process for all of them: ESLint loads its config as an ES module,
 * which jest's module loader cannot.
 */
function layerErrors(probes: [file: string, code: string][]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint();
    Promise.all(probes.map(([file, code]) => eslint.lintText(code, { filePath: file }))).then((results) =>
      console.log(JSON.stringify(results.map(([r]) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)))));`;
  const input = JSON.stringify(
    probes.map(([file, code]) => [join(REPO, file), `${code}\nexport const probe = 1;\n`]),
  );
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], { cwd: REPO, input, encoding: 'utf8' }),
  ) as string[][];
}

/** Every .ts file under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('layers (docs/architecture.md): dependencies point down only, checked by `npm run lint`', () => {
  const wrongWay: [string, string][] = [
    ['src/app/probe.ts', "import type { GraphQLContext } from '../graphql/context';"],
    ['src/app/write/probe.ts', "import { startServer } from '../../server/app';"],
    ['src/store/probe.ts', "import { centrality } from '../analytics/centrality';"],
    ['src/analytics/probe.ts', "import type { NetworkStore } from '../store/network-store';"],
    ['src/domain/probe.ts', "import { canonicalJson } from '../store/write-plan';"],
    ['src/lib/probe.ts', "import { ValidationError } from '../domain';"],
    ['src/io/import/probe.ts', "import { AnalyticsCache } from '../../app/analytics/analytics-cache';"],
    ['src/cli/probe.ts', "import { buildNetworkSchema } from '../graphql/schema';"],
    ['src/graphql/probe.ts', "import { startServer } from '../server/app';"],
    ['src/config.ts', "import { DEFAULT_LIMITS } from './analytics/budget';"],
  ];
  const downward: [string, string][] = [
    ['src/app/probe.ts', "import type { NetworkStore } from '../store/network-store';"],
    [
      'src/graphql/analytics/probe.ts',
      "import { AnalyticsCache } from '../../app/analytics/analytics-cache';",
    ],
    ['src/cli/emit-schema.ts', "import { buildNetworkSchema } from '../graphql/schema';"],
    ['src/server/probe.ts', "import type { GraphQLContext } from '../graphql/context';"],
    ['src/analytics/views/probe.ts', "import { ranking } from '../centrality';"],
  ];
  const errors = layerErrors([...wrongWay, ...downward]);

  it.each(wrongWay.map(([file, line], i) => [file, line, i]))(
    'refuses a wrong-way import in %s: %s',
    (_file, _line, i) => {
      expect(errors[i]).toEqual([expect.stringContaining('dependencies point down only')]);
    },
  );

  it.each(downward.map(([file, line], i) => [file, line, wrongWay.length + i]))(
    'lets a downward import through in %s: %s',
    (_file, _line, i) => {
      expect(errors[i]).toEqual([]);
    },
  );

  it('has src/graphql imported only by src/server and the schema tooling', () => {
    const importers = sources(SRC)
      .filter((file) => !file.startsWith(join(SRC, 'graphql')))
      .filter((file) =>
        [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)].some((m) =>
          resolve(dirname(file), m[1]!).startsWith(join(SRC, 'graphql')),
        ),
      )
      .map((file) => relative(SRC, file))
      .filter((file) => !file.startsWith('server/'));
    expect(importers).toEqual(['cli/emit-schema.ts']);
  });
});
