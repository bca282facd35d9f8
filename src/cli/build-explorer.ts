import { build } from 'esbuild';
import { chmod, copyFile, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { defaultExplorerDir, projectRoot } from '../lib/project-root';

/** What a build wrote: the files of the explorer and their total size. */
export interface ExplorerBuild {
  dir: string;
  files: string[];
  bytes: number;
}

/**
 * Bundles the network explorer (src/explorer: TypeScript, sigma.js, graphology) into `outDir` with esbuild:
 * `index.html`, `explorer.js` and `explorer.css` (minified, with source maps). Everything the page needs
 * is in those files: it loads nothing from elsewhere. The bundle is built beside `outDir` and then moved
 * into place, so a server reading `outDir` sees the old build or the new one, never half of one.
 */
export async function buildExplorer(outDir = defaultExplorerDir()): Promise<ExplorerBuild> {
  const source = join(projectRoot(), 'src', 'explorer');
  await mkdir(dirname(outDir), { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-`));
  try {
    await build({
      entryPoints: [join(source, 'main.ts'), join(source, 'explorer.css')],
      entryNames: 'explorer',
      outdir: staging,
      bundle: true,
      minify: true,
      sourcemap: 'linked',
      format: 'iife',
      target: ['es2020'],
      platform: 'browser',
      logLevel: 'silent',
      // The page is served under a Content-Security-Policy without 'unsafe-eval': nothing may need it.
      legalComments: 'none',
    });
    await copyFile(join(source, 'index.html'), join(staging, 'index.html'));
    // mkdtemp makes it private to us; the files are public (served to anyone), the folder may be too.
    await chmod(staging, 0o755);
    await rm(outDir, { recursive: true, force: true });
    await rename(staging, outDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const files = (await readdir(outDir)).sort();
  const sizes = await Promise.all(files.map((file) => stat(join(outDir, file)).then((s) => s.size)));
  return { dir: outDir, files, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** `npm run build` ends with this: it writes dist/explorer, which the server serves at /explore. */
async function main(): Promise<void> {
  const built = await buildExplorer();
  console.log(
    `explorer: ${built.files.length} files, ${(built.bytes / 1024).toFixed(0)} KiB in ${built.dir}`,
  );
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
