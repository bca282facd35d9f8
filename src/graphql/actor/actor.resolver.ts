import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Evidence as EvidenceValue, Sector as SectorValue } from '../../domain';
import { MAX_PAGE_SIZE, actorListing } from '../../store/listing/paging';
import { DEFAULT_ACTOR_ORDER } from '../../store/network-store';
import { intArg } from '../analytics/analytics-args';
import { Area } from '../area/area.type';
import { PageArgs, primed, readOrderedListing } from '../common/connection';
import { Sector } from '../common/enums';
import { definedFields } from '../common/filter-args';
import { DateScalar } from '../common/scalars';
import { slugArg } from '../common/node';
import type { GraphQLContext } from '../context';
import { ActorPartnershipArgs } from '../partnership/partnership.filter';
import { connectionOf, partnershipsOf } from '../partnership/partnership-connection';
import { PartnershipConnection } from '../partnership/partnership.type';
import { evidenceArg, nestedEvidence } from '../provenance/provenance.type';
import { TargetGroup } from '../target-group/target-group.type';
import { Theme } from '../theme/theme.type';
import { metricConnection } from './actor-connection';
import { ActorFilter, ActorOrder, metricListing, storeActorFilter } from './actor.filter';
import { Actor, ActorConnection } from './actor.type';
import { Partner } from './partner.type';
import { actorPartnerships, linkedThrough, partnersOf } from './partners';

/** `asOf` of the fields derived from an actor's partnerships: only those active then, all when omitted. */
const asOfArg = (what: string) =>
  Arg('asOf', () => DateScalar, { nullable: true, description: `${what} (all partnerships when omitted).` });

const THROUGH_EVIDENCE = 'Through partnerships, participations and area links of these evidences';

/** The partnerships the derived fields look through, from their `asOf` and `evidence` arguments. */
function partnershipScope(asOf: string | null | undefined, evidence: EvidenceValue[] | null | undefined) {
  return { ...(asOf ? { asOf } : {}), evidence: nestedEvidence(evidence) };
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true })
  actor(@Arg('id', () => ID) id: string, @Ctx() { loaders }: GraphQLContext): Promise<Actor | null> {
    return loaders.actors.load(slugArg('actors', id));
  }

  @Query(() => ActorConnection, {
    description:
      'Actors, filtered and paginated (Relay); `filter.metric` and `orderBy.metric` filter and sort by a computed centrality.',
  })
  async actors(
    @Arg('filter', () => ActorFilter, { nullable: true }) filter: ActorFilter | undefined,
    @Arg('orderBy', () => ActorOrder, { nullable: true }) orderBy: ActorOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    const { store, loaders } = context;
    const metrics = metricListing(filter, orderBy);
    if (metrics)
      return metricConnection(
        context,
        storeActorFilter(filter),
        metrics,
        orderBy ?? DEFAULT_ACTOR_ORDER,
        page,
      );
    const connection = await readOrderedListing(
      page,
      orderBy ?? DEFAULT_ACTOR_ORDER,
      actorListing,
      (order, request) => store.listActors(storeActorFilter(filter), order, request),
    );
    return primed(connection, loaders.actors);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'Where the actor is based.' })
  homeArea(@Root() actor: Actor, @Ctx() { loaders }: GraphQLContext): Promise<Area | null> | null {
    return actor.homeAreaId ? loaders.areas.load(actor.homeAreaId) : null;
  }

  @FieldResolver(() => PartnershipConnection, { description: 'The partnerships the actor takes part in.' })
  async partnerships(
    @Root() actor: Actor,
    @Args(() => ActorPartnershipArgs) args: ActorPartnershipArgs,
    @Ctx() { loaders }: GraphQLContext,
  ) {
    const { roles, kinds, asOf } = args;
    const evidence = nestedEvidence(args.evidence);
    const filter = definedFields({ actorIds: [actor.id], roles, kinds, asOf, evidence });
    return connectionOf(await partnershipsOf(loaders, 'actors', actor.id), filter, args.orderBy, args);
  }

  @FieldResolver(() => [Partner], {
    description:
      'Actors sharing a partnership with this one: most shared partnerships first, then by name; with ' +
      '`first` (0 to 500), only the closest ones (a hub has hundreds).',
  })
  async partners(
    @Root() actor: Actor,
    @asOfArg('Only partnerships active on this date') asOf: string | undefined,
    @Arg('sectors', () => [Sector], { nullable: true }) sectors: SectorValue[] | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | null | undefined,
    @evidenceArg('Partners of these evidences, through partnerships and participations of these evidences')
    evidence: EvidenceValue[] | undefined,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Partner[]> {
    const count = intArg(first, 'first', 0, MAX_PAGE_SIZE);
    const scope = partnershipScope(asOf, evidence);
    const partners = await partnersOf(loaders, actor.id, scope, sectors ?? undefined);
    return count === undefined ? partners : partners.slice(0, count);
  }

  @FieldResolver(() => [Area], { description: 'Where its partnerships work, each area once, by name.' })
  async areas(
    @Root() actor: Actor,
    @asOfArg('Through partnerships active on this date') asOf: string | undefined,
    @evidenceArg(THROUGH_EVIDENCE) evidence: EvidenceValue[] | undefined,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Area[]> {
    const partnerships = await actorPartnerships(loaders, actor.id, partnershipScope(asOf, evidence));
    return linkedThrough(loaders, 'areas', partnerships);
  }

  @FieldResolver(() => [Theme], { description: 'What its partnerships work on, each theme once, by name.' })
  async themes(
    @Root() actor: Actor,
    @asOfArg('Through partnerships active on this date') asOf: string | undefined,
    @evidenceArg(THROUGH_EVIDENCE) evidence: EvidenceValue[] | undefined,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Theme[]> {
    const partnerships = await actorPartnerships(loaders, actor.id, partnershipScope(asOf, evidence));
    return linkedThrough(loaders, 'themes', partnerships);
  }

  @FieldResolver(() => [TargetGroup], {
    description: 'Whom its partnerships are for, each group once, by name.',
  })
  async targetGroups(
    @Root() actor: Actor,
    @asOfArg('Through partnerships active on this date') asOf: string | undefined,
    @evidenceArg(THROUGH_EVIDENCE) evidence: EvidenceValue[] | undefined,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<TargetGroup[]> {
    const partnerships = await actorPartnerships(loaders, actor.id, partnershipScope(asOf, evidence));
    return linkedThrough(loaders, 'targetGroups', partnerships);
  }
}
