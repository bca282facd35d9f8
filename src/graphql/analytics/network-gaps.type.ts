import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Sector as SectorValue } from '../../domain';
import { Actor } from '../actor/actor.type';
import { Sector } from '../common/enums';

@ObjectType({ description: 'Two sectors (a = b for ties within one).' })
export class SectorPair {
  @Field(() => Sector)
  a!: SectorValue;

  @Field(() => Sector)
  b!: SectorValue;
}

@ObjectType({
  description: 'How many ties join actors of two sectors: one cell of the sector mixing matrix.',
})
export class SectorTies extends SectorPair {
  @Field(() => Int, { name: 'tieCount' })
  ties!: number;
}

@ObjectType({ description: "An actor's Krackhardt E-I index over its own ties." })
export class ActorEiIndex {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Float, { nullable: true, description: 'Null for an actor with no tie.' })
  value?: number;
}

@ObjectType({ description: 'An actor all of whose funded partnerships have one and the same funder.' })
export class FunderDependency {
  @Field(() => Actor)
  actor!: Actor;

  /** Resolved by FunderDependencyResolver: the funder may be outside the filtered network. */
  funderId!: string;

  @Field(() => Int, {
    name: 'partnershipCount',
    description: 'How many funded partnerships the actor works in.',
  })
  partnerships!: number;
}

@ObjectType({
  description:
    'Network gaps (docs/design.md §4): which sectors never work together, how far children and youth are from ' +
    'decision-makers, who stands alone and who hangs on one funder. Actor lists are by id.',
})
export class NetworkGapReport {
  @Field(() => Float, {
    nullable: true,
    description:
      "Krackhardt's (E − I)/(E + I) over tie counts (E between sectors, I within); null without ties.",
  })
  eiIndex?: number;

  @Field(() => [SectorTies], {
    description:
      'Ties per pair of sectors having actors, a = b included and zeros too, in Sector enum order.',
  })
  mixing!: SectorTies[];

  @Field(() => [SectorPair], {
    description: 'Two different sectors, both with actors, with no tie between them.',
  })
  sectorPairsWithoutTies!: SectorPair[];

  @Field(() => Float, {
    nullable: true,
    description:
      "Leydesdorff's triple-helix synergy T in bits (government, academia, private sector) over the " +
      'partnerships; negative is synergy; null without partnerships.',
  })
  tripleHelixT?: number;

  @Field(() => Float, { nullable: true, description: 'The same with civil society as a fourth helix.' })
  quadrupleHelixT?: number;

  @Field(() => [Actor], { description: 'Actors with no tie.' })
  isolates!: Actor[];

  @Field(() => [Actor], {
    description:
      'CHILDREN_AND_YOUTH actors more than voiceHops ties from every GOVERNMENT actor, or with no path.',
  })
  voiceGap!: Actor[];

  @Field(() => [Actor], { description: 'The actors of funderDependencies.' })
  singleFunderDependent!: Actor[];

  @Field(() => [FunderDependency], {
    description:
      'Actors taking part in a role other than FUNDER in partnerships with a funder other than themselves, ' +
      'all with the same one, and funding no one themselves: an actor that is the FUNDER of a partnership ' +
      'with others (UNICEF, Save the Children, a ministry) channels funding rather than depends on it, so it ' +
      'is not listed. The funder counts even when the filter leaves its sector out.',
  })
  funderDependencies!: FunderDependency[];

  @Field(() => [ActorEiIndex], { description: "Every actor's own E-I index." })
  actorEiIndex!: ActorEiIndex[];
}
