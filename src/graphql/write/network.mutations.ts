import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Role } from '../../app/access/roles';
import type { GraphQLContext } from '../context';
import { NetworkInput } from './network.input';
import { NetworkWriter } from '../../app/write/network-writer';
import { WriteResult } from './write-result.type';

@Resolver()
export class NetworkMutations {
  // admin: a batch of any size that replaces whatever records it names is an import in all but name.
  @Authorized<Role>('admin')
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
