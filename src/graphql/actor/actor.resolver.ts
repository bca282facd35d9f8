import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_ACTOR_ORDER, type ActorFilter as StoreActorFilter } from '../../store/network-store';
import { Area } from '../area/area.type';
import { PageArgs, pageRequest, toConnection } from '../common/connection';
import type { GraphQLContext } from '../context';
import { ActorFilter, ActorOrder } from './actor.filter';
import { Actor, ActorConnection } from './actor.type';

/** Drops the filter fields a client sent as null, so "null" means "no condition" as in every connection. */
function storeFilter(filter: ActorFilter | undefined): StoreActorFilter {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v !== null && v !== undefined));
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true })
  actor(@Arg('id', () => ID) id: string, @Ctx() { loaders }: GraphQLContext): Promise<Actor | null> {
    return loaders.actors.load(id);
  }

  @Query(() => ActorConnection, { description: 'Actors, filtered and paginated (Relay).' })
  async actors(
    @Arg('filter', () => ActorFilter, { nullable: true }) filter: ActorFilter | undefined,
    @Arg('orderBy', () => ActorOrder, { nullable: true }) orderBy: ActorOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { store, loaders }: GraphQLContext,
  ) {
    const result = await store.listActors(
      storeFilter(filter),
      orderBy ?? DEFAULT_ACTOR_ORDER,
      pageRequest(page),
    );
    for (const edge of result.edges) loaders.actors.prime(edge.node.id, edge.node);
    return toConnection(result);
  }

  @FieldResolver(() => Area, { nullable: true, description: 'Where the actor is based.' })
  homeArea(@Root() actor: Actor, @Ctx() { loaders }: GraphQLContext): Promise<Area | null> | null {
    return actor.homeAreaId ? loaders.areas.load(actor.homeAreaId) : null;
  }
}
