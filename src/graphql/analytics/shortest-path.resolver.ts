import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { shortestPath } from '../../analytics/structure/shortest-path';
import { IdSchema, ValidationError } from '../../domain';
import { Actor } from '../actor/actor.type';
import type { GraphQLContext } from '../context';
import { requireActors } from './analytics-args';
import { NetworkFilter, networkFilterArg } from './network-filter.input';

@Resolver(() => Actor)
export class ShortestPathResolver {
  @Query(() => [Actor], {
    nullable: true,
    description:
      'The actors of a shortest chain of ties from `from` to `to`, both included (fewest hops; among equals, the ' +
      'smallest ids step by step); null when no chain joins them. Both must be actors of the network (NOT_FOUND for an id no actor has).',
  })
  async shortestPath(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | undefined,
    @Ctx() { analytics, loaders }: GraphQLContext,
  ): Promise<Actor[] | null> {
    const issues = (['from', 'to'] as const).flatMap((argument) => {
      const parsed = IdSchema.safeParse(argument === 'from' ? from : to);
      return parsed.success ? [] : [{ path: argument, message: parsed.error.issues[0]!.message }];
    });
    if (issues.length > 0) throw new ValidationError(issues, 'shortest path arguments');
    await requireActors(loaders, from, to);
    return analytics.result(
      'shortest path',
      networkFilterArg(filter),
      { from, to },
      (network) => shortestPath(network, from, to)?.map((node) => network.actors[node]!) ?? null,
    );
  }
}
