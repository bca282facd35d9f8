import { ValidationError, formatPath, type EntityKind, type PathSegment } from '../../domain';

/**
 * Where issues found in a write batch belong in a mutation's arguments: each pair moves the paths under
 * `from` (a path in the batch, e.g. `upsert.actors[0]`) to `to` (e.g. `input`, or '' for top-level
 * arguments such as `endDate`). The store reports paths in its batch; a client wants the field it sent.
 */
export type PathRoots = readonly (readonly [from: string, to: string])[];

/** The path of the one record a mutation upserts (`upsert.actors[0]`), with optional segments below it. */
export function upsertedPath(kind: EntityKind, ...below: PathSegment[]): string {
  return formatPath(['upsert', kind, 0, ...below]);
}

/**
 * The same issues with their paths moved onto the mutation's arguments (`upsert.actors[0].name` →
 * `input.name`). The longest matching root wins; a path under no root is kept as the store gave it rather
 * than dropped, so no problem goes unreported.
 */
export function rerootIssues(error: ValidationError, roots: PathRoots): ValidationError {
  const longestFirst = [...roots].sort((a, b) => b[0].length - a[0].length);
  return new ValidationError(
    error.issues.map((issue) => ({ ...issue, path: rerootPath(issue.path, longestFirst) })),
  );
}

function rerootPath(path: string, roots: PathRoots): string {
  for (const [from, to] of roots) {
    const under = path === from || path.startsWith(`${from}.`) || path.startsWith(`${from}[`);
    if (!under) continue;
    const rest = path.slice(from.length);
    return to === '' ? rest.replace(/^\./, '') : `${to}${rest}`;
  }
  return path;
}
