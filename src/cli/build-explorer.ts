import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import {
  chmod,
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { defaultExplorerDir, defaultGraphiqlDir, projectRoot } from '../lib/project-root';

/** What a build wrote: the files of the explorer and their total size. */
export interface ExplorerBuild {
  dir: string;
  files: string[];
  bytes: number;
  /** True when the files in `dir` were already built from the same inputs and were left as they were. */
  upToDate: boolean;
}

/**
 * Written into the build (a dotfile: the server does not serve it): every input file of the bundle, with
 * the hash of its content, so the next build can tell that nothing changed and skip the bundling.
 */
const INPUTS_FILE = '.inputs.json';

/**
 * Bundles the network explorer (src/explorer: TypeScript, sigma.js, graphology) into `outDir` with esbuild:
 * `index.html`, `explorer.js` and `explorer.css` (minified, with source maps). Everything the page needs
 * is in those files: it loads nothing from elsewhere. The bundle is built beside `outDir` and then moved
 * into place, so a server reading `outDir` sees the old build or the new one, never half of one.
 */
export function buildExplorer(
  outDir = defaultExplorerDir(),
  options: { force?: boolean } = {},
): Promise<ExplorerBuild> {
  return buildPage('explorer', join(projectRoot(), 'src', 'explorer'), outDir, options);
}

/**
 * Bundles the GraphQL query editor (src/explorer/graphiql: GraphiQL, its explorer plugin, React) into
 * `outDir` the same way: `index.html`, `graphiql.js`, `graphiql.css` (fonts inlined). Served at /graphiql.
 */
export function buildGraphiql(
  outDir = defaultGraphiqlDir(),
  options: { force?: boolean } = {},
): Promise<ExplorerBuild> {
  return buildPage('graphiql', join(projectRoot(), 'src', 'explorer', 'graphiql'), outDir, options);
}

/** One page: `source`/main.ts and `source`/<name>.css bundled as <name>.js and <name>.css, with index.html. */
async function buildPage(
  name: string,
  source: string,
  outDir: string,
  options: { force?: boolean },
): Promise<ExplorerBuild> {
  if (!options.force && (await builtFromSameInputs(outDir, name)))
    return { ...(await listing(outDir)), upToDate: true };
  await mkdir(dirname(outDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-`));
  try {
    const { metafile } = await build({
      entryPoints: [join(source, 'main.ts'), join(source, `${name}.css`)],
      entryNames: name,
      outdir: staging,
      bundle: true,
      minify: true,
      sourcemap: 'linked',
      format: 'iife',
      target: ['es2020'],
      platform: 'browser',
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      // The page is served under a Content-Security-Policy without 'unsafe-eval': nothing may need it.
      legalComments: 'none',
      metafile: true,
      absWorkingDir: projectRoot(),
    });
    await copyFile(join(source, 'index.html'), join(staging, 'index.html'));
    const inputs = [
      ...Object.keys(metafile.inputs).map((p) => resolve(projectRoot(), p)),
      join(source, 'index.html'),
    ];
    await writeFile(join(staging, INPUTS_FILE), JSON.stringify(await hashes(inputs)));
    // mkdtemp makes it private to us; the files are public (served to anyone), the folder may be too.
    await chmod(staging, 0o755);
    await rm(outDir, { recursive: true, force: true });
    await rename(staging, outDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { ...(await listing(outDir)), upToDate: false };
}

/** The served files of a build (its dotfile left out) and their total size. */
async function listing(dir: string): Promise<Omit<ExplorerBuild, 'upToDate'>> {
  const files = (await readdir(dir)).filter((file) => !file.startsWith('.')).sort();
  const sizes = await Promise.all(files.map((file) => stat(join(dir, file)).then((s) => s.size)));
  return { dir, files, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** SHA-256 of each file's content, by path. */
async function hashes(paths: readonly string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    paths.map(
      async (path) =>
        [
          path,
          createHash('sha256')
            .update(await readFile(path))
            .digest('hex'),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/**
 * Whether `outDir` holds a build whose every input still has the content it was built from. Any doubt
 * (no build, no record of its inputs, an input gone) means no: the bundle is built again.
 */
async function builtFromSameInputs(outDir: string, name: string): Promise<boolean> {
  try {
    const recorded = JSON.parse(await readFile(join(outDir, INPUTS_FILE), 'utf8')) as Record<string, string>;
    const current = await hashes(Object.keys(recorded));
    const built = await readdir(outDir);
    return (
      ['index.html', `${name}.js`, `${name}.css`].every((file) => built.includes(file)) &&
      Object.entries(recorded).every(([path, hash]) => current[path] === hash)
    );
  } catch {
    return false;
  }
}

/**
 * `npm run build` ends with this: it writes dist/explorer, which the server serves at /explore, unless
 * that build is up to date (`--force` builds anyway). Its one line goes to stderr: the commands that
 * build first keep their stdout for their own output.
 */
async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  for (const [name, built] of [
    ['explorer', await buildExplorer(defaultExplorerDir(), { force })],
    ['graphiql', await buildGraphiql(defaultGraphiqlDir(), { force })],
  ] as const) {
    const size = `${built.files.length} files, ${(built.bytes / 1024).toFixed(0)} KiB in ${built.dir}`;
    process.stderr.write(`${name}: ${built.upToDate ? 'up to date' : 'built'}, ${size}\n`);
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
