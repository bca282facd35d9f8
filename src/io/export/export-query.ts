/**
 * The query string of `GET /export/network.<format>`, written in one place for every client that links to
 * a download (the GraphQL refusal's suggestion, the explorer's download menu); parseExportParams reads it
 * back. No imports but types, so the browser bundle can take it as it is.
 */

/** What a download asks for, in the shape of ExportRequest with plain strings for enum values. */
export interface ExportQuery {
  filter: {
    asOf?: string;
    sectors?: readonly string[];
    partnershipKinds?: readonly string[];
    themeIds?: readonly string[];
    areaIds?: readonly string[];
    evidence?: readonly string[];
    period?: { from: string; to: string };
    excludeActorIds?: readonly string[];
    excludePartnershipIds?: readonly string[];
  };
  ego?: { actorId: string; hops: number };
  metrics: readonly string[];
  layout?: boolean;
}

/** The list fields of a NetworkFilter that select (the exclusions are EXCLUSION_LISTS). */
export const FILTER_LISTS = ['sectors', 'partnershipKinds', 'themeIds', 'areaIds', 'evidence'] as const;
/** The list fields of a NetworkFilter that take records out of the network. */
export const EXCLUSION_LISTS = ['excludeActorIds', 'excludePartnershipIds'] as const;

/**
 * `asOf=…&from=…&to=…&sectors=A,B&…&excludeActorIds=…&ego=…&hops=…&metrics=…&layout=true` (`from`/`to`:
 * the period); empty lists and unset values are left out.
 */
export function exportSearchParams({ filter, ego, metrics, layout }: ExportQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.asOf) params.set('asOf', filter.asOf);
  if (filter.period) {
    params.set('from', filter.period.from);
    params.set('to', filter.period.to);
  }
  for (const key of [...FILTER_LISTS, ...EXCLUSION_LISTS])
    if (filter[key]?.length) params.set(key, filter[key].join(','));
  if (ego) {
    params.set('ego', ego.actorId);
    params.set('hops', String(ego.hops));
  }
  if (metrics.length > 0) params.set('metrics', metrics.join(','));
  if (layout) params.set('layout', 'true');
  return params;
}
