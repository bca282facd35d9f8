import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnavailableError, type EntityKind } from '../../domain';
import { projectRoot } from '../../lib/project-root';

/**
 * The Cypher the adapter runs: one statement per file in cypher/ (docs/design.md §2), read once at start-up.
 * Every name is listed here, so a typo in the code is a type error, a missing file stops start-up with a
 * message naming it, and a test checks that cypher/ holds no statement nobody runs.
 */
export const STATEMENT_NAMES = [
  // schema, applied in this order at start-up (see SCHEMA_STATEMENTS)
  'schema-constraint-actor-id',
  'schema-constraint-partnership-id',
  'schema-constraint-area-id',
  'schema-constraint-theme-id',
  'schema-constraint-target-group-id',
  'schema-constraint-meta-id',
  'schema-constraint-audit-revision',
  'schema-index-actor-sort-name',
  'schema-index-actor-sector',
  'schema-index-actor-kind',
  'schema-index-partnership-sort-name',
  'schema-index-partnership-start-sort',
  'schema-index-partnership-kind',
  'schema-index-partnership-start-date',
  'schema-index-partnership-end-date',
  'schema-index-area-level',
  'schema-index-area-sort-name',
  'schema-index-theme-sort-name',
  'schema-index-target-group-sort-name',
  'schema-fulltext-search',
  'schema-await-indexes',
  // the revision
  'meta-init',
  'revision',
  'meta-lock',
  'meta-bump',
  'meta-release',
  // audit entries, committed with their writes
  'audit-create',
  'audit-after',
  // whole records by id: the one projection of each kind
  'actors-by-id',
  'partnerships-by-id',
  'areas-by-id',
  'themes-by-id',
  'target-groups-by-id',
  // reverse lookups
  'actor-partners',
  'referrers-partnerships-of-actor',
  'referrers-actors-of-area',
  'referrers-areas-of-area',
  'referrers-partnerships-of-area',
  'referrers-partnerships-of-theme',
  'referrers-partnerships-of-target-group',
  // listings
  'actors-count',
  'actors-count-all',
  'actors-page-name-asc',
  'actors-page-name-desc',
  'actors-page-id-asc',
  'actors-page-id-desc',
  'partnerships-count',
  'partnerships-count-all',
  'partnerships-page-title-asc',
  'partnerships-page-title-desc',
  'partnerships-page-start-date-asc',
  'partnerships-page-start-date-desc',
  'partnerships-page-id-asc',
  'partnerships-page-id-desc',
  'partnership-participants',
  'actor-neighbours',
  'areas-list',
  'areas-ids-page',
  'themes-ids-page',
  'target-groups-ids-page',
  'search',
  // writes
  'delete-actors',
  'delete-partnerships',
  'delete-areas',
  'delete-themes',
  'delete-target-groups',
  'put-actors',
  'put-partnerships',
  'put-areas',
  'put-themes',
  'put-target-groups',
  'unlink-actors',
  'unlink-partnerships',
  'unlink-areas',
  'link-based-in',
  'link-part-of',
  'link-participates-in',
  'link-in-area',
  'link-on-theme',
  'link-for-group',
] as const;
export type StatementName = (typeof STATEMENT_NAMES)[number];

/** Schema statements, each run in its own transaction (Neo4j does not mix schema and data changes). */
export const SCHEMA_STATEMENTS = STATEMENT_NAMES.filter((n) => n.startsWith('schema-'));

const KIND_FILE: Record<EntityKind, string> = {
  actors: 'actors',
  partnerships: 'partnerships',
  areas: 'areas',
  themes: 'themes',
  targetGroups: 'target-groups',
};
const named = (template: (file: string) => string) =>
  Object.fromEntries(Object.entries(KIND_FILE).map(([kind, file]) => [kind, template(file)])) as Record<
    EntityKind,
    StatementName
  >;

export const BY_ID = named((file) => `${file}-by-id`);
export const PUT = named((file) => `put-${file}`);
export const DELETE = named((file) => `delete-${file}`);

/** Records that own links drop them before being rewritten (themes and target groups own none). */
export const UNLINK: Partial<Record<EntityKind, StatementName>> = {
  actors: 'unlink-actors',
  partnerships: 'unlink-partnerships',
  areas: 'unlink-areas',
};

/** Reverse lookups per target kind and referring kind; combinations with no link have no statement. */
export const REFERRERS: Partial<Record<EntityKind, Partial<Record<EntityKind, StatementName>>>> = {
  actors: { partnerships: 'referrers-partnerships-of-actor' },
  areas: {
    actors: 'referrers-actors-of-area',
    areas: 'referrers-areas-of-area',
    partnerships: 'referrers-partnerships-of-area',
  },
  themes: { partnerships: 'referrers-partnerships-of-theme' },
  targetGroups: { partnerships: 'referrers-partnerships-of-target-group' },
};

/** Where the statement files are: cypher/ at the repository (or image) root. */
export function cypherDirectory(): string {
  return join(projectRoot(), 'cypher');
}

export type Statements = Readonly<Record<StatementName, string>>;

const loaded = new Map<string, Statements>();

/**
 * Where a statement comes from: its own file, or, for a listing page in one sort direction, the page's
 * template (`actors-page-name.cypher`) with the direction filled in. One template per sort key keeps the
 * two directions from drifting apart.
 */
function sourceOf(name: StatementName): { file: string; direction?: 'ASC' | 'DESC' } {
  const page = /^(.*-page-.*)-(asc|desc)$/.exec(name);
  if (!page) return { file: name };
  return { file: page[1]!, direction: page[2] === 'asc' ? 'ASC' : 'DESC' };
}

/** Every file of cypher/ a statement is composed from (the fragments under cypher/fragments/ aside). */
export const STATEMENT_FILES = [...new Set(STATEMENT_NAMES.map((name) => sourceOf(name).file))];

/** `// include: NAME` lines: replaced by cypher/fragments/NAME.cypher, so each filter is written once. */
const INCLUDE = /^\/\/ include: ([a-z-]+)\n/gm;

/**
 * A statement as Neo4j receives it: the file's text with its fragments included and, for a page, the sort
 * direction filled in (`{{direction}}`; `{{after}}`, the cursor comparison). What is filled in comes from
 * files and constants of ours, never from a request: values still reach Neo4j only as parameters.
 */
function compose(text: string, direction: 'ASC' | 'DESC' | undefined, fragment: (name: string) => string) {
  const included = text.replace(INCLUDE, (_line, name: string) => fragment(name));
  if (!direction) return included;
  return included
    .replaceAll('{{direction}}', direction)
    .replaceAll('{{after}}', direction === 'ASC' ? '>' : '<');
}

/**
 * Every statement, read once per directory. Throws naming every missing or empty file: a broken install
 * stops at start-up, not at the first request that needs the statement.
 */
export function loadStatements(directory: string = cypherDirectory()): Statements {
  const cached = loaded.get(directory);
  if (cached) return cached;
  const texts: Partial<Record<StatementName, string>> = {};
  const missing: string[] = [];
  const read = (file: string) => {
    try {
      const text = readFileSync(join(directory, file), 'utf8');
      if (text.trim() !== '') return text;
    } catch {
      // reported below, together with every other missing file
    }
    if (!missing.includes(file)) missing.push(file);
    return '';
  };
  for (const name of STATEMENT_NAMES) {
    const { file, direction } = sourceOf(name);
    const text = read(`${file}.cypher`);
    if (text)
      texts[name] = compose(text, direction, (fragment) => read(join('fragments', `${fragment}.cypher`)));
  }
  if (missing.length > 0)
    throw new UnavailableError(
      `the Neo4j store cannot start: missing Cypher statements in ${directory}: ${missing.join(', ')}`,
    );
  const statements = Object.freeze(texts as Statements);
  loaded.set(directory, statements);
  return statements;
}
