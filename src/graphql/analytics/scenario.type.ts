import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { CentralityMetric as CentralityMetricValue } from '../../analytics/centrality';
import { Actor } from '../actor/actor.type';
import { CentralityMetric } from '../common/enums';
import { Partnership } from '../partnership/partnership.type';
import { TargetReach } from '../partnership/target-reach.type';
import { ActorScore } from './centrality.type';
import { CoverageCell } from './coverage.type';

@InputType({ description: 'What a scenario takes out of the network: actors leaving, partnerships ending.' })
export class ScenarioInput {
  @Field(() => [ID], { nullable: true, description: 'Actors that leave every partnership they are in.' })
  actorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Partnerships that end.' })
  partnershipIds?: string[];
}

@ObjectType({ description: 'The shape of the network on one side of a scenario.' })
export class ScenarioState {
  @Field(() => Int)
  actorCount!: number;

  @Field(() => Int)
  tieCount!: number;

  @Field(() => Int, {
    description: 'Connected components of the actor network, isolates counting one each (networkx).',
  })
  componentCount!: number;

  @Field(() => Int)
  largestComponentSize!: number;

  @Field(() => Float, { description: 'largestComponentSize / actorCount (0 for an empty network).' })
  largestComponentShare!: number;

  @Field(() => Int)
  isolatedCount!: number;

  @Field(() => Int, {
    description: "Children's and youth groups with a voice gap (as `networkGaps.voiceGap` defines it).",
  })
  voiceGapCount!: number;

  @Field(() => [ActorScore], { description: 'By BETWEENNESS, top 10, as `centrality` ranks them.' })
  topBrokers!: ActorScore[];
}

@ObjectType({
  description:
    'What the network loses when actors leave and partnerships end: the network before and after (the same ' +
    'filter, with the scenario excluded) and what changed. Every number comes from the functions of the ' +
    'ordinary fields (components, networkGaps, centrality, coverageGaps) on the two filters.',
})
export class ScenarioReport {
  @Field(() => ScenarioState)
  before!: ScenarioState;

  @Field(() => ScenarioState)
  after!: ScenarioState;

  @Field(() => [Actor], {
    description:
      'Remaining actors isolated after but not before, or with a path to a GOVERNMENT actor before and none ' +
      'after (a GOVERNMENT actor has a path to itself); by id.',
  })
  cutOffActors!: Actor[];

  @Field(() => [CoverageCell], {
    description:
      'Municipality × theme cells (within the filter’s areas and themes) with at least one actor before and ' +
      'none after, as coverageGaps lists them after (by priority, then area and theme name).',
  })
  uncoveredCells!: CoverageCell[];

  @Field(() => [Partnership], {
    description: 'Partnerships that end because their last participant leaves; by id.',
  })
  endedPartnerships!: Partnership[];

  @Field(() => [Partnership], {
    description: 'The partnerships the scenario ends by id that were in the network; by id.',
  })
  removedPartnerships!: Partnership[];

  @Field(() => [TargetReach], {
    description:
      'Target-group reach lost: per group, Σ targeted and Σ reached of the ended and removed partnerships ' +
      '(null where none of them gave a count); by group id.',
  })
  lostReach!: TargetReach[];
}

@ObjectType({ description: 'A tie between two actors (source id before target id).' })
export class TieChange {
  @Field(() => Actor)
  source!: Actor;

  @Field(() => Actor)
  target!: Actor;
}

@ObjectType({
  description:
    'An actor’s rank in a metric before and after: 1 + the number of actors strictly more central (equal ' +
    'values share a rank).',
})
export class RankChange {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => CentralityMetric)
  metric!: CentralityMetricValue;

  @Field(() => Int, { nullable: true })
  rankBefore!: number;

  @Field(() => Int, { nullable: true })
  rankAfter!: number;
}

@ObjectType({ description: 'What changed between the network as of `from` and as of `to`.' })
export class NetworkDiff {
  @Field(() => [TieChange], {
    description: 'Ties of the network as of `to` but not `from`; by source, target id.',
  })
  tiesAdded!: TieChange[];

  @Field(() => [TieChange], {
    description: 'Ties of the network as of `from` but not `to`; by source, target id.',
  })
  tiesRemoved!: TieChange[];

  @Field(() => [Partnership], { description: 'from < startDate ≤ to; by start date, then id.' })
  partnershipsStarted!: Partnership[];

  @Field(() => [Partnership], { description: 'from ≤ endDate < to; by end date, then id.' })
  partnershipsEnded!: Partnership[];

  @Field(() => [RankChange], {
    description: 'Per metric, the `top` actors whose rank rose most (by places, then later rank, then id).',
  })
  risers!: RankChange[];

  @Field(() => [RankChange], {
    description: 'Per metric, the `top` actors whose rank fell most (by places, then later rank, then id).',
  })
  fallers!: RankChange[];
}
