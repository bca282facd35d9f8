import type { ActorView } from '../../analytics/views/actor-view';
import { SECTOR_COLOURS } from '../../analytics/views/sector-palette';
import {
  EDGE_COLUMNS,
  nodeColumns,
  nodeSizes,
  type Column,
  type ColumnType,
  type ExportOptions,
} from './columns';
import { XML_DECLARATION, openTag, xmlEscape } from './xml';

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', int: 'integer', double: 'double' };

/**
 * The view as GEXF 1.3 (gexf.net), streamed, so Gephi opens it styled: nodes labelled with the actor's
 * name, coloured by sector (SECTOR_COLOURS), sized by the first requested metric, placed where the view has
 * positions; every other attribute declared and typed. The edge weight is GEXF's own `weight`; the other
 * edge attributes are declared ones. Positions, when present, are also viz:position (x, y, z = 0).
 */
export function* gexf(view: ActorView, options: ExportOptions): Generator<string> {
  // name is the label, x and y are viz:position: attributes would only repeat them.
  const nodeAttributes = nodeColumns(view, options).filter((c) => !['name', 'x', 'y'].includes(c.name));
  const edgeAttributes = EDGE_COLUMNS.filter((c) => c.name !== 'weight');
  const size = nodeSizes(view, options);
  yield (
    XML_DECLARATION +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta><creator>partner-network</creator><description>actor network at revision ${view.revision}</description></meta>\n` +
    '  <graph defaultedgetype="undirected" mode="static">\n' +
    declarations('node', nodeAttributes) +
    declarations('edge', edgeAttributes) +
    '    <nodes>\n'
  );
  for (const node of view.nodes) {
    const { r, g, b } = SECTOR_COLOURS[node.actor.sector];
    let xml = `      ${openTag('node', { id: node.actor.id, label: node.actor.name })}>`;
    xml += attvalues(nodeAttributes, node);
    xml += `<viz:color r="${r}" g="${g}" b="${b}" a="1.0"/>`;
    if (size) xml += `<viz:size value="${size(node)}"/>`;
    if (node.position) xml += `<viz:position x="${node.position.x}" y="${node.position.y}" z="0.0"/>`;
    yield `${xml}</node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  let id = 0;
  for (const edge of view.edges)
    yield `      ${openTag('edge', { id: id++, source: edge.source, target: edge.target, weight: edge.weight })}>${attvalues(edgeAttributes, edge)}</edge>\n`;
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function declarations<T>(scope: 'node' | 'edge', columns: readonly Column<T>[]): string {
  const lines = columns.map(
    (c) => `      ${openTag('attribute', { id: c.name, title: c.name, type: GEXF_TYPES[c.type] })}/>\n`,
  );
  return `    <attributes class="${scope}">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<T>(columns: readonly Column<T>[], item: T): string {
  let xml = '';
  for (const column of columns) {
    const value = column.value(item);
    if (value !== undefined) xml += `<attvalue for="${xmlEscape(column.name)}" value="${xmlEscape(value)}"/>`;
  }
  return xml === '' ? '' : `<attvalues>${xml}</attvalues>`;
}
