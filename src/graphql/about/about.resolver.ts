import { Ctx, Query, Resolver } from 'type-graphql';
import { productVersion } from '../../lib/project-root';
import type { GraphQLContext } from '../context';
import { About } from './about.type';

@Resolver(() => About)
export class AboutResolver {
  @Query(() => About)
  async about(@Ctx() { store }: GraphQLContext): Promise<About> {
    return { version: productVersion(), store: store.kind, revision: await store.revision() };
  }
}
