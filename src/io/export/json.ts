import type { ActorView } from '../../analytics/views/actor-view';
import { SECTOR_COLOURS } from '../../analytics/views/sector-palette';
import { nodeColumns, nodeSizes, type ExportOptions } from './columns';

/**
 * The view in graphology's serialisation format (what `Graph.import` reads and `graph.export()` writes, and
 * what sigma.js draws), streamed a node or an edge at a time. Node attributes are the columns of every
 * export (a metric without a value is null) plus what sigma.js draws with: `label`, `color` (the sector's)
 * and `size` (from the first metric); edges carry weight, partnerships, kinds (a list) and evidence, keyed
 * `source--target`.
 */
export function* json(view: ActorView, options: ExportOptions): Generator<string> {
  const columns = nodeColumns(view, options);
  const size = nodeSizes(view, options);
  const graphAttributes = { revision: view.revision, metrics: options.metrics };
  const graphOptions = { type: 'undirected', multi: false, allowSelfLoops: false };
  yield `{"attributes":${JSON.stringify(graphAttributes)},"options":${JSON.stringify(graphOptions)},"nodes":[`;
  let separator = '\n';
  for (const node of view.nodes) {
    const attributes: Record<string, unknown> = { label: node.actor.name };
    for (const column of columns) attributes[column.name] = column.value(node) ?? null;
    attributes.color = SECTOR_COLOURS[node.actor.sector].hex;
    if (size) attributes.size = size(node);
    yield separator + JSON.stringify({ key: node.actor.id, attributes });
    separator = ',\n';
  }
  yield '\n],"edges":[';
  separator = '\n';
  for (const { source, target, weight, partnerships, kinds, evidence } of view.edges) {
    const edge = {
      key: `${source}--${target}`,
      source,
      target,
      attributes: { weight, partnerships, kinds, evidence },
      undirected: true,
    };
    yield separator + JSON.stringify(edge);
    separator = ',\n';
  }
  yield '\n]}\n';
}
