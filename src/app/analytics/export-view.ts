import type { ActorView } from '../../analytics/views/actor-view';
import { ENTITY_NAMES, NotFoundError } from '../../domain';
import type { ExportRequest } from '../../io/export/export-params';
import type { NetworkStore } from '../../store/network-store';
import type { AnalyticsCache } from './analytics-cache';
import { actorView } from './actor-view';

/**
 * The view an export writes, for GraphQL, the HTTP downloads and the CLI alike: the `network` field's
 * actorView of the request's filter, ego, metrics and layout.
 * @throws NotFoundError when the ego is not a stored actor (one filtered out by sector has an empty ego network).
 */
export async function exportView(
  analytics: AnalyticsCache,
  store: NetworkStore,
  request: ExportRequest,
): Promise<ActorView> {
  if (request.ego) {
    const [actor] = await store.getMany('actors', [request.ego.actorId]);
    if (!actor) throw new NotFoundError(ENTITY_NAMES.actors, request.ego.actorId);
  }
  const { ego, metrics, layout } = request;
  return actorView(analytics, request.filter, { ego, metrics, layout: layout ?? false });
}
