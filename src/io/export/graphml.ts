import type { ActorView } from '../../analytics/views/actor-view';
import { EDGE_COLUMNS, nodeColumns, type Column, type ColumnType, type ExportOptions } from './columns';
import { XML_DECLARATION, openTag, xmlEscape } from './xml';

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double' };

/**
 * The display name is `label` here: igraph's Read_GraphML takes a `name` attribute as the vertex's own
 * identifier (and moves the node id to `id`), and Gephi and yEd show `label`; the slug is the node id.
 */
const graphmlName = (name: string) => (name === 'name' ? 'label' : name);

/**
 * The view as GraphML (graphml.graphdrawing.org), streamed: one typed `<key>` per node and edge attribute
 * (see columns.ts; the name as `label`), an undirected graph of actors keyed by slug, edges with weight,
 * partnerships and kinds.
 * A node without a metric value has no `<data>` for it, as GraphML means "no value".
 */
export function* graphml(view: ActorView, options: ExportOptions): Generator<string> {
  const nodeKeys = nodeColumns(view, options).map((column, i) => ({ column, id: `n${i}` }));
  const edgeKeys = EDGE_COLUMNS.map((column, i) => ({ column, id: `e${i}` }));
  yield (
    XML_DECLARATION +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  for (const [keys, scope] of [
    [nodeKeys, 'node'],
    [edgeKeys, 'edge'],
  ] as const)
    for (const { column, id } of keys)
      yield `  ${openTag('key', { id, for: scope, 'attr.name': graphmlName(column.name), 'attr.type': GRAPHML_TYPES[column.type] })}/>\n`;
  yield `  <graph id="partner-network-r${view.revision}" edgedefault="undirected">\n`;
  for (const node of view.nodes)
    yield `    ${openTag('node', { id: node.actor.id })}>${dataOf(nodeKeys, node)}</node>\n`;
  for (const edge of view.edges)
    yield `    ${openTag('edge', { source: edge.source, target: edge.target })}>${dataOf(edgeKeys, edge)}</edge>\n`;
  yield '  </graph>\n</graphml>\n';
}

function dataOf<T>(keys: readonly { column: Column<T>; id: string }[], item: T): string {
  let data = '';
  for (const { column, id } of keys) {
    const value = column.value(item);
    if (value !== undefined) data += `<data key="${id}">${xmlEscape(value)}</data>`;
  }
  return data;
}
