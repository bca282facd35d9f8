import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AreaLevel as AreaLevelValue, Evidence as EvidenceValue } from '../../domain';
import { compareAreas } from '../../store/listing/sorting';
import { actorConnectionOf, compareActorNames } from '../actor/actor-connection';
import { Actor, ActorConnection } from '../actor/actor.type';
import { AreaLevel } from '../common/enums';
import { slugArg } from '../common/node';
import type { GraphQLContext } from '../context';
import { loadExisting } from '../../app/loaders';
import { PartnershipPageArgs } from '../partnership/partnership.filter';
import { pagedPartnerships } from '../partnership/partnership-connection';
import { PartnershipConnection } from '../partnership/partnership.type';
import { evidenceArg, nestedEvidence } from '../provenance/provenance.type';
import { AreaActorArgs } from './area.filter';
import { actorsBasedWithin, actorsWorkingWithin, partnershipsWithin } from './area-scope';
import { Area } from './area.type';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true })
  area(@Arg('id', () => ID) id: string, @Ctx() { loaders }: GraphQLContext): Promise<Area | null> {
    return loaders.areas.load(slugArg('areas', id));
  }

  @Query(() => [Area], {
    description: 'Areas, country first, then by name; optionally of one level or inside one parent.',
  })
  areas(
    @Arg('level', () => AreaLevel, { nullable: true }) level: AreaLevelValue | undefined,
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | undefined,
    @Ctx() { store, loaders }: GraphQLContext,
  ): Promise<Area[]> {
    // All areas: the request's memo, which nested fields (descendant scopes) reuse instead of asking again.
    if (!level && !parentId) return loaders.allAreas();
    return store.listAreas({ ...(level ? { level } : {}), ...(parentId ? { parentId } : {}) });
  }

  @FieldResolver(() => Area, { nullable: true })
  parent(@Root() area: Area, @Ctx() { loaders }: GraphQLContext): Promise<Area | null> | null {
    return area.parentId ? loaders.areas.load(area.parentId) : null;
  }

  @FieldResolver(() => [Area], { description: 'The areas one level down, by name.' })
  async children(@Root() area: Area, @Ctx() { loaders }: GraphQLContext): Promise<Area[]> {
    const ids = await loaders.referrers('areas', 'areas').load(area.id);
    return (await loadExisting(loaders.areas, ids)).sort(compareAreas);
  }

  @FieldResolver(() => PartnershipConnection, { description: 'The partnerships in this area or inside it.' })
  async partnerships(
    @Root() area: Area,
    @Args(() => PartnershipPageArgs) args: PartnershipPageArgs,
    @Ctx() { loaders }: GraphQLContext,
  ) {
    const within = await partnershipsWithin(loaders, area.id, nestedEvidence(args.evidence));
    return pagedPartnerships(within, args);
  }

  @FieldResolver(() => ActorConnection, {
    description: 'The actors taking part in a partnership in this area or inside it.',
  })
  async actors(
    @Root() area: Area,
    @Args(() => AreaActorArgs) args: AreaActorArgs,
    @Ctx() { loaders }: GraphQLContext,
  ) {
    const { sectors, asOf } = args;
    const scope = { ...(asOf ? { asOf } : {}), evidence: nestedEvidence(args.evidence) };
    const actors = await actorsWorkingWithin(loaders, area.id, scope);
    return actorConnectionOf(
      actors.filter((a) => !sectors || sectors.includes(a.sector)),
      args.orderBy,
      args,
    );
  }

  @FieldResolver(() => [Actor], { description: 'The actors based in this area or inside it, by name.' })
  async basedActors(
    @Root() area: Area,
    @evidenceArg('Actors of these evidences') evidence: EvidenceValue[] | undefined,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Actor[]> {
    return (await actorsBasedWithin(loaders, area.id, nestedEvidence(evidence))).sort(compareActorNames);
  }
}
