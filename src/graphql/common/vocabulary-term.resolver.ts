import { Args, ClassType, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { NetworkStore } from '../../store/network-store';
import type { GraphQLContext } from '../context';
import { PartnershipPageArgs } from '../partnership/partnership.filter';
import { pagedPartnerships, partnershipsOf } from '../partnership/partnership-connection';
import { PartnershipConnection } from '../partnership/partnership.type';
import type { VocabularyTerm } from './vocabulary-term.type';

/**
 * Themes and target groups are read the same way: a root list of all terms by name, and each term's
 * partnerships. One abstract resolver for both; ThemeResolver and TargetGroupResolver name the parts.
 */
export function VocabularyResolver<T extends VocabularyTerm>(
  type: ClassType<T>,
  kind: 'themes' | 'targetGroups',
  list: (store: NetworkStore) => Promise<T[]>,
  docs: { list: string; partnerships: string },
) {
  @Resolver(() => type)
  abstract class VocabularyTermResolver {
    @Query(() => [type], { name: kind, description: docs.list })
    async all(@Ctx() { store, loaders }: GraphQLContext): Promise<T[]> {
      const terms = await list(store);
      for (const term of terms) loaders[kind].prime(term.id, term);
      return terms;
    }

    @FieldResolver(() => PartnershipConnection, { description: docs.partnerships })
    async partnerships(
      @Root() term: T,
      @Args(() => PartnershipPageArgs) args: PartnershipPageArgs,
      @Ctx() { loaders }: GraphQLContext,
    ) {
      return pagedPartnerships(await partnershipsOf(loaders, kind, term.id), args);
    }
  }
  return VocabularyTermResolver;
}
