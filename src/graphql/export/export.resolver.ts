import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { AnalyticsLimitError } from '../../analytics/errors';
import type { CentralityMetric as CentralityMetricValue } from '../../analytics/centrality';
import {
  FORMAT_INFO,
  csvEdges,
  csvNodes,
  exportChunks,
  exportFileName,
  type ExportFormat as ExportFormatValue,
} from '../../io/export';
import { exportPath, type ExportRequest } from '../../io/export/export-params';
import { EgoInput, egoArg } from '../analytics/ego.input';
import { NetworkFilter, networkFilterArg } from '../analytics/network-filter.input';
import { CentralityMetric } from '../common/enums';
import type { GraphQLContext } from '../context';
import { exportView } from '../../app/analytics/export-view';
import { ExportFormat, NetworkExport } from './export.type';

/** Characters an export may have in a GraphQL answer, all its fields together; larger ones stream over HTTP. */
export const MAX_GRAPHQL_EXPORT_CHARS = 2_000_000;

@Resolver()
export class ExportResolver {
  @Query(() => NetworkExport, {
    description:
      'The network of `filter` (or the ego network of `ego` in it) in `format`, with `metrics` as node attributes. ' +
      `For small networks: an export over ${MAX_GRAPHQL_EXPORT_CHARS} characters is refused with the HTTP download to use instead.`,
  })
  async exportNetwork(
    @Arg('format', () => ExportFormat) format: ExportFormatValue,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | undefined,
    @Arg('ego', () => EgoInput, { nullable: true }) ego: EgoInput | undefined,
    @Arg('metrics', () => [CentralityMetric], { nullable: true })
    metrics: CentralityMetricValue[] | undefined,
    @Arg('layout', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'With ForceAtlas2 positions, as the `network` field gives them.',
    })
    layout: boolean | null,
    @Ctx() { analytics, loaders, store }: GraphQLContext,
  ): Promise<NetworkExport> {
    const filterArg = networkFilterArg(filter);
    const egoOptions = await egoArg(ego, loaders);
    const request: ExportRequest = {
      filter: filterArg,
      ...(egoOptions ? { ego: egoOptions } : {}),
      metrics: [...new Set(metrics ?? [])],
      ...(layout ? { layout: true } : {}),
    };
    const view = await exportView(analytics, store, request);
    const limited = withinLimit(format, request);
    const csv = format === 'csv';
    return {
      format,
      fileName: exportFileName(format, request, view.revision),
      contentType: FORMAT_INFO[format].contentType,
      revision: view.revision,
      nodeCount: view.nodes.length,
      edgeCount: view.edges.length,
      content: csv ? null : limited(exportChunks(format, view, request)),
      nodes: csv ? limited(csvNodes(view, request)) : null,
      edges: csv ? limited(csvEdges(view)) : null,
    };
  }
}

/**
 * Joins chunks into strings, counting across every call: past MAX_GRAPHQL_EXPORT_CHARS in all, the export
 * is refused, with the download that would serve it.
 */
function withinLimit(format: ExportFormatValue, request: ExportRequest) {
  let length = 0;
  return (chunks: Iterable<string | Buffer>): string => {
    const parts: string[] = [];
    for (const chunk of chunks) {
      const part = chunk.toString();
      length += part.length;
      if (length > MAX_GRAPHQL_EXPORT_CHARS)
        throw new AnalyticsLimitError(
          'exportNetwork',
          `the export is over ${MAX_GRAPHQL_EXPORT_CHARS} characters, too large for a GraphQL answer`,
          `download it instead: GET ${exportPath(format, request)}`,
        );
      parts.push(part);
    }
    return parts.join('');
  };
}
