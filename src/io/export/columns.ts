import type { CentralityMetric } from '../../analytics/centrality';
import { formatIdentifier, provenanceOf } from '../../domain';
import type { ActorView, ActorViewEdge, ActorViewNode } from '../../analytics/views/actor-view';
import { nodeSize } from '../../analytics/views/node-size';

/** What every export takes besides the view: the metrics asked for, so their columns exist even when no node has them. */
export interface ExportOptions {
  metrics: readonly CentralityMetric[];
}

/** The value types of the columns, named as each format needs them. */
export type ColumnType = 'string' | 'int' | 'double';

/** One attribute of every node or edge: its name in every format, its type, and its value (undefined: none). */
export interface Column<T> {
  name: string;
  type: ColumnType;
  value(item: T): string | number | undefined;
}

/** `EFFECTIVE_SIZE` → `effective_size`: metric names as attribute keys. */
const metricKey = (metric: CentralityMetric): string => metric.toLowerCase();

/**
 * The node attributes of an export, in order: name, sector, kind, identifiers, community, provenance (evidence,
 * source, quote, reason; none where absent), then each requested metric
 * (none where the metric has no value), then x and y when the view has positions. Every format writes
 * these, so they agree column for column.
 */
export function nodeColumns(view: ActorView, options: ExportOptions): Column<ActorViewNode>[] {
  const columns: Column<ActorViewNode>[] = [
    { name: 'name', type: 'string', value: (node) => node.actor.name },
    { name: 'sector', type: 'string', value: (node) => node.actor.sector },
    { name: 'kind', type: 'string', value: (node) => node.actor.kind },
    // Registry ids ("IATI:GB-CHC-1089464;GB-COH:123"): the same organisation in another dataset.
    {
      name: 'identifiers',
      type: 'string',
      value: (node) => node.actor.identifiers?.map(formatIdentifier).join(LIST_SEPARATOR),
    },
    { name: 'community', type: 'int', value: (node) => node.community },
    ...PROVENANCE_COLUMNS,
    ...options.metrics.map((metric): Column<ActorViewNode> => ({
      name: metricKey(metric),
      type: 'double',
      value: (node) => node.metrics[metric] ?? undefined,
    })),
  ];
  if (view.nodes.some((node) => node.position))
    columns.push(
      { name: 'x', type: 'double', value: (node) => node.position?.x },
      { name: 'y', type: 'double', value: (node) => node.position?.y },
    );
  return columns;
}

/** Edge attributes other than the endpoints; `kinds` is one string, its kinds joined by ';'. */
export const EDGE_COLUMNS: readonly Column<ActorViewEdge>[] = [
  { name: 'weight', type: 'double', value: (edge) => edge.weight },
  { name: 'partnerships', type: 'int', value: (edge) => edge.partnerships },
  { name: 'kinds', type: 'string', value: (edge) => edge.kinds.join(LIST_SEPARATOR) },
  { name: 'evidence', type: 'string', value: (edge) => edge.evidence },
];

/** How each actor is known (provenanceOf: an actor without one is DOCUMENTED by its source). */
const PROVENANCE_COLUMNS: readonly Column<ActorViewNode>[] = [
  { name: 'evidence', type: 'string', value: (node) => provenanceOf(node.actor).evidence },
  { name: 'source', type: 'string', value: (node) => provenanceOf(node.actor).source },
  { name: 'quote', type: 'string', value: (node) => provenanceOf(node.actor).quote },
  { name: 'reason', type: 'string', value: (node) => provenanceOf(node.actor).reason },
];

/** Joins a list (a tie's partnership kinds, an actor's identifiers) where a format has no lists (XML attributes, CSV). */
const LIST_SEPARATOR = ';';

/**
 * Node sizes for drawing (GEXF's viz:size, JSON's size), from the first requested metric, on the scale the
 * explorer and the `network` field draw with (analytics/views/node-size.ts). Undefined when no metric was
 * asked for.
 */
export function nodeSizes(
  view: ActorView,
  options: ExportOptions,
): ((node: ActorViewNode) => number) | undefined {
  const metric = options.metrics[0];
  if (metric === undefined) return undefined;
  const max = view.nodes.reduce((most, node) => {
    const value = node.metrics[metric];
    return typeof value === 'number' && value > most ? value : most;
  }, 0);
  return (node) => nodeSize(node.metrics[metric], max);
}
