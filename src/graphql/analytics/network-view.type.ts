import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { CentralityMetric as CentralityMetricValue } from '../../analytics/centrality';
import type {
  ActorKind as ActorKindValue,
  Evidence as EvidenceValue,
  PartnershipKind as PartnershipKindValue,
  Role as RoleValue,
  Sector as SectorValue,
} from '../../domain';
import { Actor } from '../actor/actor.type';
import { ActorKind, CentralityMetric, PartnershipKind, Role, Sector } from '../common/enums';
import { wholeListCost } from '../limits/cost';
import { Partnership } from '../partnership/partnership.type';
import { Evidence } from '../provenance/provenance.type';

@ObjectType({ description: 'One metric of a node.' })
export class MetricValue {
  @Field(() => CentralityMetric)
  metric!: CentralityMetricValue;

  @Field(() => Float, {
    nullable: true,
    description: 'Null where the metric has none (e.g. CONSTRAINT of an isolate).',
  })
  value!: number | null;
}

@ObjectType({ description: 'An actor of a network view.' })
export class NetworkNode {
  @Field(() => ID, {
    name: 'actorId',
    description: "The actor's slug (its id in exports and in `source`/`target`).",
  })
  id!: string;

  @Field()
  name!: string;

  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Sector)
  sector!: SectorValue;

  @Field(() => ActorKind)
  kind!: ActorKindValue;

  @Field(() => Int, {
    description: 'Its Louvain community (seed 0) in the whole network of the filter, as in `communities`.',
  })
  community!: number;

  @Field(() => [MetricValue], {
    description: 'The `metrics` asked for, in that order, over the whole network of the filter.',
  })
  metrics!: MetricValue[];

  @Field(() => Float, {
    nullable: true,
    description: 'Where to draw it (ForceAtlas2); null unless `layout`.',
  })
  x!: number | null;

  @Field(() => Float, { nullable: true })
  y!: number | null;

  @Field({ description: 'Its sector’s colour (#rrggbb), as the explorer and the exports draw it.' })
  colour!: string;

  @Field(() => Float, {
    description:
      'Its drawn radius, as the explorer and the exports draw it: 3 + 12 × √(value / the highest value) of ' +
      'the first of `metrics`; 3 without metrics.',
  })
  size!: number;
}

@ObjectType({ description: 'A tie of a network view: two actors sharing partnerships.' })
export class NetworkEdge {
  @Field(() => ID, { description: 'The smaller of the two actor ids.' })
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => Float, {
    description: "Newman's collaboration weight: Σ 1/(k − 1) over the shared partnerships.",
  })
  weight!: number;

  @Field(() => Int, { name: 'partnershipCount', description: 'How many partnerships the two share.' })
  partnerships!: number;

  @Field(() => [PartnershipKind], { description: 'The kinds of those partnerships.' })
  kinds!: PartnershipKindValue[];

  @Field(() => Evidence, {
    description:
      "How well the tie is known: through each shared partnership the weaker of the two actors' parts in it, " +
      'the best of those (an explorer draws ties not DOCUMENTED dashed).',
  })
  evidence!: EvidenceValue;
}

@ObjectType({ description: 'The actor network of a filter, or an ego network in it, ready to draw.' })
export class NetworkView {
  @Field(() => Int, { description: 'The store revision it was computed at.' })
  revision!: number;

  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  edgeCount!: number;

  @Field(() => [NetworkNode], { complexity: wholeListCost, description: 'In id order.' })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { complexity: wholeListCost, description: 'By source, then target.' })
  edges!: NetworkEdge[];
}

@ObjectType({ description: 'A sector of the sector view, with how many actors of the network it has.' })
export class SectorNode {
  @Field(() => Sector)
  sector!: SectorValue;

  @Field(() => Int, { name: 'actorCount', description: 'How many actors of the network are of this sector.' })
  actors!: number;
}

@ObjectType({ description: 'The ties between two sectors (a loop when a = b: ties inside one sector).' })
export class SectorEdge {
  @Field(() => Sector)
  a!: SectorValue;

  @Field(() => Sector)
  b!: SectorValue;

  @Field(() => Int, { name: 'tieCount', description: 'Ties between an actor of a and one of b.' })
  ties!: number;

  @Field(() => Float, { description: 'Σ of their weights.' })
  weight!: number;

  @Field(() => Int, { name: 'partnershipCount', description: 'Distinct partnerships behind those ties.' })
  partnerships!: number;
}

@ObjectType({
  description: 'The actor network aggregated by sector: a node per sector, an edge per pair with ties.',
})
export class SectorNetwork {
  @Field(() => Int)
  revision!: number;

  @Field(() => [SectorNode], { description: 'The sectors having actors, in Sector order.' })
  nodes!: SectorNode[];

  @Field(() => [SectorEdge], { description: 'Pairs of sectors with at least one tie, in Sector order.' })
  edges!: SectorEdge[];
}

@ObjectType({ description: 'An actor taking part in a partnership, with its roles.' })
export class BipartiteEdge {
  @Field(() => ID)
  actorId!: string;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => [Role])
  roles!: RoleValue[];
}

@ObjectType({
  description:
    'Actors and the partnerships behind their ties as two kinds of node (ids of the two kinds may ' +
    'coincide: keep them apart), linked actor–partnership.',
})
export class BipartiteNetwork {
  @Field(() => Int)
  revision!: number;

  @Field(() => [Actor], { complexity: wholeListCost, description: 'In id order.' })
  actors!: Actor[];

  @Field(() => [Partnership], {
    complexity: wholeListCost,
    description: 'Those with at least two of the actors taking part, in id order.',
  })
  partnerships!: Partnership[];

  @Field(() => [BipartiteEdge], { complexity: wholeListCost, description: 'By partnership, then actor.' })
  edges!: BipartiteEdge[];
}
