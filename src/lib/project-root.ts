import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root, whether running from src/lib (ts-jest) or from the build in dist/src/lib. */
export function projectRoot(): string {
  return __dirname.includes(join('dist', 'src'))
    ? join(__dirname, '..', '..', '..')
    : join(__dirname, '..', '..');
}

/** Where `npm run build` puts the explorer (src/cli/build-explorer.ts) and where the server looks for it. */
export function defaultExplorerDir(): string {
  return join(projectRoot(), 'dist', 'explorer');
}

/** Where `npm run build` puts the GraphQL query editor, served at /graphiql. */
export function defaultGraphiqlDir(): string {
  return join(projectRoot(), 'dist', 'graphiql');
}

let version: string | undefined;

/** The product version from package.json (read once). */
export function productVersion(): string {
  version ??= (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string })
    .version;
  return version;
}
