import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { NetworkInput } from './network.input';
import { NetworkWriter } from './network-writer';
import { WriteResult } from './write-result.type';

@Resolver()
export class NetworkMutations {
  @Mutation(() => WriteResult, {
    description:
      'Creates or replaces records by id, all or nothing: one bad record rejects the batch, every problem ' +
      'is reported at its path (input.partnerships[2].endDate) and nothing changes.',
  })
  upsertNetwork(
    @Arg('input', () => NetworkInput) input: object,
    @Ctx() context: GraphQLContext,
  ): Promise<WriteResult> {
    return new NetworkWriter(context).upsertNetwork(input);
  }
}
