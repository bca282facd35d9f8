import type { ActorView } from '../../analytics/views/actor-view';
import { EDGE_COLUMNS, nodeColumns, type Column, type ExportOptions } from './columns';

/** Rows per UNWIND statement: large enough to be quick, small enough for one transaction each. */
export const CYPHER_BATCH = 1000;

// Cypher string escapes (Cypher 5 manual, "String literals"); other control characters as \uXXXX.
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\\'\u0000-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `value` as a single-quoted Cypher string literal. Lone surrogates, which UTF-8 cannot carry, become U+FFFD. */
export function cypherString(value: string): string {
  const escaped = value
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(NEEDS_ESCAPE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

/** A finite number as a Cypher FLOAT literal (`1.0`, not the INTEGER `1`), so property types survive. */
export function cypherFloat(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cypher: ${value} has no Cypher literal`);
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

const KEY = /^[a-z][a-z0-9_]*$/;

/** A literal map of the defined column values of `item` (keys are our own column names, checked). */
function propertyMap<T>(columns: readonly Column<T>[], item: T, extra: Record<string, string> = {}): string {
  const entries = Object.entries(extra).map(([key, literal]) => `${key}: ${literal}`);
  for (const column of columns) {
    if (!KEY.test(column.name)) throw new Error(`cypher: ${column.name} is not a plain property key`);
    const value = column.value(item);
    if (value === undefined) continue;
    const literal =
      column.type === 'string'
        ? cypherString(String(value))
        : column.type === 'int'
          ? String(value)
          : cypherFloat(Number(value));
    entries.push(`${column.name}: ${literal}`);
  }
  return `{${entries.join(', ')}}`;
}

/**
 * A Cypher 5 script (for cypher-shell -f or Neo4j Browser, on an empty database) that recreates the view
 * as it was exported: `(:Actor {id, name, sector, kind, identifiers, community, <metrics>, x, y})` nodes and one
 * `(:Actor)-[:TIE {weight, partnerships, kinds}]->(:Actor)` per edge, from the lower id to the higher.
 * The tie weights are written as exported rather than recomputed from partnerships, so an ego network
 * keeps the weights of the whole network it was cut from. Values are literal maps in batches of
 * CYPHER_BATCH rows, every string escaped (cypherString); a metric without a value has no property, as
 * Neo4j stores no nulls.
 */
export function* cypher(view: ActorView, options: ExportOptions): Generator<string> {
  const columns = nodeColumns(view, options);
  yield (
    `// Partner network export: ${view.nodes.length} actors and ${view.edges.length} ties at revision ${view.revision}.\n` +
    '// Recreates (:Actor)-[:TIE]->(:Actor) with the exported attributes. Run it on an empty database.\n' +
    'CREATE CONSTRAINT actor_id IF NOT EXISTS\nFOR (n:Actor) REQUIRE n.id IS UNIQUE;\n'
  );
  yield* batches(
    view.nodes,
    (node) =>
      `{id: ${cypherString(node.actor.id)}, props: ${propertyMap(columns, node, { id: cypherString(node.actor.id) })}}`,
    'MERGE (n:Actor {id: row.id})\nSET n = row.props;\n',
  );
  const tieColumns = EDGE_COLUMNS.filter((c) => c.name !== 'kinds');
  yield* batches(
    view.edges,
    (edge) =>
      `{source: ${cypherString(edge.source)}, target: ${cypherString(edge.target)}, props: ${propertyMap(tieColumns, edge, { kinds: `[${edge.kinds.map(cypherString).join(', ')}]` })}}`,
    'MATCH (s:Actor {id: row.source})\nMATCH (t:Actor {id: row.target})\nMERGE (s)-[r:TIE]->(t)\nSET r = row.props;\n',
  );
}

function* batches<T>(items: readonly T[], row: (item: T) => string, body: string): Generator<string> {
  for (let start = 0; start < items.length; start += CYPHER_BATCH) {
    yield '\nUNWIND [\n';
    const end = Math.min(start + CYPHER_BATCH, items.length);
    for (let i = start; i < end; i++) yield `  ${row(items[i]!)}${i + 1 < end ? ',' : ''}\n`;
    yield `] AS row\n${body}`;
  }
}
