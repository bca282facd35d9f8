import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import type { GraphQLContext } from '../context';
import { loadRequired } from '../../app/loaders';
import { Participation } from './participation.type';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Actor)
  actor(@Root() participation: Participation, @Ctx() { loaders }: GraphQLContext): Promise<Actor> {
    return loadRequired(loaders, 'actors', participation.actorId);
  }
}
