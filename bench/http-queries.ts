// The GraphQL requests the scale bench times over real HTTP, as a table of named rows: to measure another
// request, add a row here (its name is the key in the results JSON and the label in the printed table).
import { SECTORS, type NetworkInput } from '../src/domain';

/** What the rows pick their arguments from: ids taken from the generated network. */
export interface QueryContext {
  /** Typical actors (in at least one partnership), spread over the id range. */
  actorIds: readonly string[];
  /** Municipalities by child population, largest first. */
  municipalityIds: readonly string[];
  themeIds: readonly string[];
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** A plain GET of a path of the server (a download), rather than a GraphQL request. */
export interface DownloadRequest {
  path: string;
}

/** One row of the latency table: `requests` requests one after another, the i-th built by `request(i)`. */
export interface BenchQuery {
  name: string;
  requests: number;
  request: (i: number, context: QueryContext) => GraphqlRequest | DownloadRequest;
}

const ACTOR_PAGE = `query ActorPage($id: ID!) {
  actor(id: $id) {
    id: slug name acronym sector kind description website tags homeArea { id: slug name }
    partnerships(first: 20) { totalCount edges { node { id: slug title kind startDate endDate } } }
    partners { count: partnershipCount actor { id: slug name sector } }
    areas { id: slug name } themes { id: slug name }
  }
}`;

const PARTNERS_OF_PARTNERS = `query PartnersOfPartners($id: ID!) {
  actor(id: $id) {
    id: slug
    partners { count: partnershipCount actor { id: slug name partners { count: partnershipCount actor { id: slug name sector } } } }
  }
}`;

// What a dashboard's drill-down asks: the closest twenty at each level, however large a hub.
const CLOSEST_PARTNERS_OF_PARTNERS = `query ClosestPartnersOfPartners($id: ID!) {
  actor(id: $id) {
    id: slug
    partners(first: 20) { count: partnershipCount actor { id: slug name partners(first: 20) { count: partnershipCount actor { id: slug name sector } } } }
  }
}`;

const FILTERED_PAGE = `query FilteredPage($sectors: [Sector!], $themeIds: [ID!], $area: ID!) {
  actors(first: 50, filter: { sectors: $sectors, themeIds: $themeIds, areaIds: [$area] }, orderBy: { field: NAME }) {
    totalCount pageInfo { endCursor hasNextPage } edges { node { id: slug name sector } }
  }
}`;

const CENTRALITY = `query Centrality($metric: CentralityMetric!, $samples: Int, $seed: Int) {
  centrality(metric: $metric, samples: $samples, seed: $seed, top: 20) { rank value actor { id: slug name } }
}`;

const NETWORK_STATS = `{
  networkStats { actorCount tieCount density componentCount averageDegree averageClustering transitivity diameter largestComponentSize isolatedCount }
}`;

const REACH = `query Reach($id: ID!) {
  reach(actorId: $id, hops: 2) {
    partnerships: partnershipCount bySector { sector count: actorCount } actors { hops actor { id: slug } } themes { id: slug } areas { id: slug }
  }
}`;

const COVERAGE_GAPS = `query CoverageGaps($minActors: Int) {
  coverageGaps(minActors: $minActors) {
    cells: cellCount coverage uncovered { area { id: slug } theme { id: slug } } thin { area { id: slug } theme { id: slug } actors: actorCount }
  }
}`;

const EGO_LAYOUT = `query EgoLayout($id: ID!) {
  network(ego: { actorId: $id, hops: 2 }, metrics: [DEGREE], layout: true) {
    nodeCount edgeCount nodes { id: actorId sector community x y metrics { value } } edges { source target weight }
  }
}`;

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

/**
 * The rows, in the order they run. Analytics rows after the first run on the actor network the first
 * ("network projection") built; their first request computes, later identical ones are served from the
 * analytics cache (the results JSON keeps the first request apart: `firstMs`).
 */
export const BENCH_QUERIES: readonly BenchQuery[] = [
  {
    name: 'actor page',
    requests: 200,
    request: (i, c) => ({ query: ACTOR_PAGE, variables: { id: pick(c.actorIds, i) } }),
  },
  {
    name: 'partners of partners',
    requests: 200,
    request: (i, c) => ({ query: PARTNERS_OF_PARTNERS, variables: { id: pick(c.actorIds, i) } }),
  },
  {
    name: 'partners of partners (first: 20 each)',
    requests: 200,
    request: (i, c) => ({ query: CLOSEST_PARTNERS_OF_PARTNERS, variables: { id: pick(c.actorIds, i) } }),
  },
  {
    name: 'filtered connection page',
    requests: 100,
    request: (i, c) => ({
      query: FILTERED_PAGE,
      variables: {
        sectors: [pick(SECTORS, i), pick(SECTORS, i + 2)],
        themeIds: [pick(c.themeIds, i)],
        area: pick(c.municipalityIds.slice(0, 5), i),
      },
    }),
  },
  {
    // The first analytics request builds the actor network of the revision, which every later one shares.
    name: 'network projection (first DEGREE)',
    requests: 1,
    request: () => ({ query: CENTRALITY, variables: { metric: 'DEGREE' } }),
  },
  {
    name: 'centrality(PAGERANK)',
    requests: 1,
    request: () => ({ query: CENTRALITY, variables: { metric: 'PAGERANK' } }),
  },
  {
    name: 'centrality(BETWEENNESS) exact',
    requests: 1,
    request: () => ({ query: CENTRALITY, variables: { metric: 'BETWEENNESS' } }),
  },
  {
    // A new seed each time: every request is computed, none served from the cache.
    name: 'centrality(BETWEENNESS) 100 samples',
    requests: 10,
    request: (i) => ({ query: CENTRALITY, variables: { metric: 'BETWEENNESS', samples: 100, seed: i } }),
  },
  {
    // Triangles and the diameter (by bounds) of the whole network: the first request computes, the rest hit the cache.
    name: 'networkStats',
    requests: 1,
    request: () => ({ query: NETWORK_STATS }),
  },
  {
    name: 'reach(hops: 2)',
    requests: 50,
    request: (i, c) => ({ query: REACH, variables: { id: pick(c.actorIds, i) } }),
  },
  {
    name: 'coverageGaps',
    requests: 4,
    request: (i) => ({ query: COVERAGE_GAPS, variables: { minActors: 2 + i } }),
  },
  {
    name: 'cached repeat (PAGERANK again)',
    requests: 200,
    request: () => ({ query: CENTRALITY, variables: { metric: 'PAGERANK' } }),
  },
  {
    // Another ego each time: every layout is computed (ForceAtlas2 on the analytics thread), none cached.
    name: 'network(ego, hops: 2, layout: true)',
    requests: 20,
    request: (i, c) => ({ query: EGO_LAYOUT, variables: { id: pick(c.actorIds, i) } }),
  },
  // Downloads of the whole network: their bytes over their time is the export throughput (MB/s in the
  // table). Over the same actor network as the rows above, so the view comes from the analytics cache.
  ...(['gexf', 'graphml', 'json', 'csv', 'cypher'] as const).map((format) => ({
    name: `GET /export/network.${format}`,
    requests: 3,
    request: () => ({ path: `/export/network.${format}?metrics=DEGREE` }),
  })),
];

/** The context of a generated network: typical actors spread over the ids, the largest municipalities. */
export function queryContext(network: NetworkInput, actors = 50): QueryContext {
  const partnered = new Set(network.partnerships.flatMap((p) => p.participants.map((x) => x.actorId)));
  const typical = network.actors.filter((a) => partnered.has(a.id));
  const step = Math.max(1, Math.floor(typical.length / actors));
  const municipalities = network.areas
    .filter((a) => a.level === 'MUNICIPALITY')
    .sort((a, b) => (b.childPopulation ?? 0) - (a.childPopulation ?? 0));
  return {
    actorIds: typical.filter((_, i) => i % step === 0).map((a) => a.id),
    municipalityIds: municipalities.map((a) => a.id),
    themeIds: network.themes.map((t) => t.id),
  };
}

/** Latency figures of one row: the first request alone, then percentiles over all of them. */
export interface LatencyRow {
  requests: number;
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Response sizes: what a latency is the price of. */
  p50Bytes: number;
  maxBytes: number;
  errors: number;
  firstError?: string;
}

/** The value at percentile `p` (0–100) of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Runs one row against the server at `url` (its GraphQL endpoint), one request at a time (latency, not
 * throughput); downloads are fetched from the same origin.
 */
export async function timeQuery(url: string, row: BenchQuery, context: QueryContext): Promise<LatencyRow> {
  const latencies: number[] = [];
  const sizes: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  for (let i = 0; i < row.requests; i++) {
    const request = row.request(i, context);
    const started = performance.now();
    const response =
      'path' in request
        ? await fetch(new URL(request.path, url))
        : await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(request),
          });
    const bytes = Buffer.from(await response.arrayBuffer());
    latencies.push(performance.now() - started);
    sizes.push(bytes.length);
    const failure =
      response.status !== 200
        ? `HTTP ${response.status}: ${bytes.toString('utf8').slice(0, 200)}`
        : 'path' in request
          ? undefined
          : (JSON.parse(bytes.toString('utf8')) as { errors?: { message: string }[] }).errors?.[0]?.message;
    if (failure !== undefined) {
      errors++;
      firstError ??= failure;
    }
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const bytes = [...sizes].sort((a, b) => a - b);
  return {
    requests: row.requests,
    firstMs: latencies[0]!,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1)!,
    p50Bytes: percentile(bytes, 50),
    maxBytes: bytes.at(-1)!,
    errors,
    ...(firstError ? { firstError } : {}),
  };
}
