import type { CentralityMetric } from '../../../../src/analytics/centrality';
import type { ActorView } from '../../../../src/analytics/views/actor-view';
import { AnalyticsCache } from '../../../../src/app/analytics/analytics-cache';
import { actorView } from '../../../../src/app/analytics/actor-view';
import { exportChunks, type ExportFormat } from '../../../../src/io/export';
import { loadSeed } from '../../../../src/io/seed';
import { provenanceOf } from '../../../../src/domain';
import type { NetworkStore } from '../../../../src/store/network-store';

/** Names no export may garble: markup, quotes, backslashes, a tab, a newline, a control character, non-ASCII. */
export const AWKWARD_NAME = `Qendra "A&B" <Prishtinë> it's \\ back\tslash\nline \u0001 ✓`;

const actor = (id: string, sector: string, name = id) => ({ id, name, sector, kind: 'NGO', tags: [] });
const partnership = (id: string, actorIds: string[], kind: string) => ({
  id,
  title: id,
  kind,
  participants: actorIds.map((actorId) => ({ actorId, role: 'PARTICIPANT' })),
});

/**
 * A small hand network: a triangle xp-a, xp-b, xp-c in one three-party partnership (weights 1/2) plus a
 * FUNDING partnership xp-a–xp-b (so that tie weighs 1.5 and has two kinds), xp-c–xp-d (weight 1), and the
 * isolate xp-lone. xp-a has AWKWARD_NAME; xp-d two organisation identifiers.
 */
export async function writeHandNetwork(store: NetworkStore): Promise<void> {
  await store.write({
    upsert: {
      actors: [
        actor('xp-a', 'CIVIL_SOCIETY', AWKWARD_NAME),
        actor('xp-b', 'GOVERNMENT'),
        actor('xp-c', 'ACADEMIA'),
        {
          ...actor('xp-d', 'INTERNATIONAL'),
          identifiers: [
            { scheme: 'IATI', id: 'XM-DAC-41122' },
            { scheme: 'GB-COH', id: '123' },
          ],
        },
        actor('xp-lone', 'CHILDREN_AND_YOUTH'),
      ],
      partnerships: [
        partnership('xp-p1', ['xp-a', 'xp-b', 'xp-c'], 'COORDINATION'),
        partnership('xp-p2', ['xp-a', 'xp-b'], 'FUNDING'),
        partnership('xp-p3', ['xp-c', 'xp-d'], 'ADVOCACY'),
      ],
    },
  });
}

/**
 * The seed network's documented ties, with the metrics asked for: documented actors whose every tie is
 * inferred are isolates there, so the exports meet metrics without a value (CONSTRAINT of an isolate).
 */
export async function seedView(store: NetworkStore, metrics: CentralityMetric[]): Promise<ActorView> {
  await loadSeed(store, 'kosovo');
  return actorView(new AnalyticsCache(store), { evidence: ['DOCUMENTED'] }, { metrics });
}

/** The whole export as one string (or, for csv, the zip's bytes as latin1). */
export function exportText(format: ExportFormat, view: ActorView, metrics: CentralityMetric[]): string {
  const parts: string[] = [];
  for (const chunk of exportChunks(format, view, { metrics }, new Date('2024-01-02T03:04:05Z')))
    parts.push(typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
  return parts.join('');
}

/** What every export must say of a node: its attributes by column name (no metric value: absent). */
export function expectedNodeAttributes(view: ActorView, metrics: CentralityMetric[]) {
  return Object.fromEntries(
    view.nodes.map((node) => {
      const attributes: Record<string, string | number> = {
        name: node.actor.name,
        sector: node.actor.sector,
        kind: node.actor.kind,
        community: node.community,
      };
      if (node.actor.identifiers)
        attributes.identifiers = node.actor.identifiers.map((i) => `${i.scheme}:${i.id}`).join(';');
      const { evidence, source, quote, reason } = provenanceOf(node.actor);
      Object.assign(attributes, definedOnly({ evidence, source, quote, reason }));
      for (const metric of metrics) {
        const value = node.metrics[metric];
        if (typeof value === 'number') attributes[metric.toLowerCase()] = value;
      }
      if (node.position) Object.assign(attributes, node.position);
      return [node.actor.id, attributes];
    }),
  );
}

/** The provenance fields an export writes for a node: those it has (JSON writes the others as null). */
export const PROVENANCE_KEYS = ['evidence', 'source', 'quote', 'reason'] as const;

const definedOnly = (values: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, string>;

/** The view with made-up positions, as a layout would give (the exports write what they are given). */
export function withPositions(view: ActorView): ActorView {
  return {
    ...view,
    nodes: view.nodes.map((node, i) => ({ ...node, position: { x: i * 1.25, y: 1 - i / 3 } })),
  };
}

/** Edges as sorted `[source, target, {weight, partnerships, kinds, evidence}]`, kinds joined by ';'. */
export function expectedEdges(view: ActorView) {
  return view.edges.map((edge) => [
    edge.source,
    edge.target,
    {
      weight: edge.weight,
      partnerships: edge.partnerships,
      kinds: edge.kinds.join(';'),
      evidence: edge.evidence,
    },
  ]);
}
