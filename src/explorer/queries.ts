/**
 * The GraphQL documents the explorer sends, and the shapes of their answers. The page keys every record by
 * its slug, so the documents alias it (`id: slug`, `id: actorId`) and keep the short names the code uses.
 */
import type { ScenarioState as ScenarioShape } from '../analytics/scenarios/what-if';

export interface Named {
  id: string;
  name: string;
}

export interface AreaOption extends Named {
  level: 'COUNTRY' | 'REGION' | 'MUNICIPALITY';
  parent: { id: string } | null;
}

export interface Catalogue {
  about: { version: string; store: string; revision: number };
  themes: Named[];
  areas: AreaOption[];
  kinds: { enumValues: { name: string }[] } | null;
  metrics: { enumValues: { name: string; description: string | null }[] } | null;
  earliest: { edges: { node: { startDate: string | null } }[] };
}

/**
 * What the controls offer: themes, areas, partnership kinds and metrics (from the schema itself, so the
 * page offers what this server has), and the first start dates for the date slider's range (undated
 * partnerships sort first, hence a page of them).
 */
export const CATALOGUE = `query ExplorerCatalogue {
  about { version store revision }
  themes { id: slug name }
  areas { id: slug name level parent { id: slug } }
  kinds: __type(name: "PartnershipKind") { enumValues { name } }
  metrics: __type(name: "CentralityMetric") { enumValues { name description } }
  earliest: partnerships(first: 100, orderBy: { field: START_DATE, direction: ASC }) {
    edges { node { startDate } }
  }
}`;

export interface ViewNode {
  id: string;
  name: string;
  sector: string;
  kind: string;
  community: number;
  metrics: { value: number | null }[];
  x: number | null;
  y: number | null;
  /** The sector's colour and the drawn radius, as the API gives them to every client. */
  colour: string;
  size: number;
}

export interface ViewEdge {
  source: string;
  target: string;
  weight: number;
  partnerships: number;
  /** DOCUMENTED, INFERRED or ILLUSTRATIVE: how well the tie is known. */
  evidence: string;
}

export interface NetworkView {
  revision: number;
  nodeCount: number;
  edgeCount: number;
  nodes: ViewNode[];
  edges: ViewEdge[];
}

/** The drawing: every node with the size metric and, with `layout`, its server-side ForceAtlas2 position. */
export const NETWORK = `query ExplorerNetwork($filter: NetworkFilter, $metrics: [CentralityMetric!], $ego: EgoInput, $layout: Boolean!) {
  network(filter: $filter, metrics: $metrics, ego: $ego, layout: $layout) {
    revision nodeCount edgeCount
    nodes { id: actorId name sector kind community metrics { value } x y colour size }
    edges { source target weight partnerships: partnershipCount evidence }
  }
}`;

export interface PositionsAnswer {
  network: { revision: number; nodes: { id: string; x: number; y: number }[] };
}

/** Where every actor of the whole network stands (cached by the server per revision). */
export const POSITIONS = `query ExplorerPositions {
  network(layout: true) { revision nodes { id: actorId x y } }
}`;

export interface SearchAnswer {
  search: { kind: string; id: string; name: string }[];
}

export const SEARCH = `query ExplorerSearch($query: String!) {
  search(query: $query, first: 20) { kind id: slug name }
}`;

export interface Provenance {
  evidence: string;
  source: string | null;
  quote: string | null;
  reason: string | null;
}

export interface ActorDetails {
  actor: {
    id: string;
    name: string;
    acronym: string | null;
    sector: string;
    kind: string;
    description: string | null;
    website: string | null;
    contact: string | null;
    homeArea: { name: string } | null;
    provenance: Provenance;
    partnerships: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          title: string;
          kind: string;
          startDate: string | null;
          endDate: string | null;
          provenance: Provenance;
        };
      }[];
    };
    partners: { count: number; actor: { id: string; name: string; sector: string } }[];
  } | null;
  reach: {
    partnerships: number;
    bySector: { sector: string; count: number }[];
    areas: { name: string }[];
    themes: { name: string }[];
    targetGroups: { group: { name: string }; targeted: number | null; reached: number | null }[];
  };
}

/** The side panel: the actor, its partnerships and partners under the filter's date, kinds and evidence, its reach. */
export const ACTOR = `query ExplorerActor($id: ID!, $filter: NetworkFilter, $asOf: Date, $kinds: [PartnershipKind!], $sectors: [Sector!], $evidence: [Evidence!], $hops: Int!) {
  actor(id: $id) {
    id: slug name acronym sector kind description website contact
    homeArea { name }
    provenance { evidence source quote reason }
    partnerships(first: 100, asOf: $asOf, kinds: $kinds, evidence: $evidence, orderBy: { field: START_DATE, direction: DESC }) {
      totalCount
      edges { node { id: slug title kind startDate endDate provenance { evidence source quote reason } } }
    }
    partners(first: 100, asOf: $asOf, sectors: $sectors, evidence: $evidence) { count: partnershipCount actor { id: slug name sector } }
  }
  reach(actorId: $id, hops: $hops, filter: $filter) {
    partnerships: partnershipCount
    bySector { sector count: actorCount }
    areas { name }
    themes { name }
    targetGroups { group { name } targeted reached }
  }
}`;

export interface GapsAnswer {
  coverageMatrix: { rows: Named[]; columns: Named[]; counts: number[][]; max: number };
  networkGaps: {
    voiceGap: { id: string; name: string }[];
    sectorPairsWithoutTies: { a: string; b: string }[];
  };
}

/** The gaps tab: the municipality × theme heat map and the voice gap. */
export const GAPS = `query ExplorerGaps($filter: NetworkFilter) {
  coverageMatrix(filter: $filter, areaLevel: MUNICIPALITY) { rows { id: slug name } columns { id: slug name } counts: actorCounts max: maxActorCount }
  networkGaps(filter: $filter) { voiceGap { id: slug name } sectorPairsWithoutTies { a b } }
}`;

export interface ActorMetricsAnswer {
  actor: { metrics: Record<string, number | null> | null } | null;
}

/**
 * The panel's metrics, asked apart: the first time on a large network they include exact betweenness and
 * closeness over all of it (seconds at 5 000 actors), which must not hold up the rest of the panel.
 */
export const ACTOR_METRICS = `query ExplorerActorMetrics($id: ID!, $filter: NetworkFilter) {
  actor(id: $id) {
    metrics(filter: $filter) { degree strength betweenness closeness harmonic pagerank eigenvector constraint effectiveSize community }
  }
}`;

/** A side of a scenario as the API answers it: the analytics' numbers, the brokers as actors. */
export type ScenarioState = Omit<ScenarioShape, 'topBrokers'> & {
  topBrokers: { actor: Named; value: number | null }[];
};

export interface WhatIfAnswer {
  whatIf: {
    before: ScenarioState;
    after: ScenarioState;
    cutOffActors: (Named & { sector: string })[];
    uncoveredCells: { area: Named; theme: Named }[];
    endedPartnerships: { id: string; title: string }[];
    lostReach: { group: { name: string }; targeted: number | null; reached: number | null }[];
  };
  /** The ties left in the network without the scenario's actors: the drawing marks the others as lost. */
  after: { edges: { source: string; target: string }[] };
}

const SCENARIO_STATE = `actorCount tieCount componentCount largestComponentSize largestComponentShare isolatedCount voiceGapCount
      topBrokers { actor { id: slug name } value }`;

/** "What if this actor left?": the scenario's report, and the network's ties without it. */
export const WHAT_IF = `query ExplorerWhatIf($remove: ScenarioInput!, $filter: NetworkFilter, $after: NetworkFilter) {
  whatIf(remove: $remove, filter: $filter) {
    before { ${SCENARIO_STATE} }
    after { ${SCENARIO_STATE} }
    cutOffActors { id: slug name sector }
    uncoveredCells { area { id: slug name } theme { id: slug name } }
    endedPartnerships { id: slug title }
    lostReach { group { name } targeted reached }
  }
  after: network(filter: $after) { edges { source target } }
}`;

export interface RankChange {
  actor: Named;
  metric: string;
  rankBefore: number | null;
  rankAfter: number | null;
}

export interface DatedPartnership {
  id: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
}

export interface DiffAnswer {
  networkDiff: {
    tiesAdded: { source: Named; target: Named }[];
    tiesRemoved: { source: Named; target: Named }[];
    partnershipsStarted: DatedPartnership[];
    partnershipsEnded: DatedPartnership[];
    risers: RankChange[];
    fallers: RankChange[];
  };
}

/** The changes tab: what changed in the filtered network between two dates. */
export const NETWORK_DIFF = `query ExplorerDiff($from: Date!, $to: Date!, $filter: NetworkFilter) {
  networkDiff(from: $from, to: $to, filter: $filter) {
    tiesAdded { source { id: slug name } target { id: slug name } }
    tiesRemoved { source { id: slug name } target { id: slug name } }
    partnershipsStarted { id: slug title startDate endDate }
    partnershipsEnded { id: slug title startDate endDate }
    risers { actor { id: slug name } metric rankBefore rankAfter }
    fallers { actor { id: slug name } metric rankBefore rankAfter }
  }
}`;
