import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isActiveAt } from '../../domain';
import { DEFAULT_PARTNERSHIP_ORDER } from '../../store/network-store';
import { Area } from '../area/area.type';
import { PageArgs, primed, readOrderedListing } from '../common/connection';
import { DateScalar } from '../common/scalars';
import { slugArg } from '../common/node';
import { partnershipListing } from '../../store/listing/paging';
import type { GraphQLContext } from '../context';
import { loadExisting } from '../../app/loaders';
import { Theme } from '../theme/theme.type';
import { PartnershipFilter, PartnershipOrder, storePartnershipFilter } from './partnership.filter';
import { Partnership, PartnershipConnection } from './partnership.type';

/** Today as an ISO date (UTC), the default of `active(asOf)`. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => Partnership, { nullable: true })
  partnership(
    @Arg('id', () => ID) id: string,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Partnership | null> {
    return loaders.partnerships.load(slugArg('partnerships', id));
  }

  @Query(() => PartnershipConnection, { description: 'Partnerships, filtered and paginated (Relay).' })
  async partnerships(
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter: PartnershipFilter | undefined,
    @Arg('orderBy', () => PartnershipOrder, { nullable: true }) orderBy: PartnershipOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { store, loaders }: GraphQLContext,
  ) {
    const connection = await readOrderedListing(
      page,
      orderBy ?? DEFAULT_PARTNERSHIP_ORDER,
      partnershipListing,
      (order, request) => store.listPartnerships(storePartnershipFilter(filter), order, request),
    );
    return primed(connection, loaders.partnerships);
  }

  @FieldResolver(() => [Area], { description: 'Where the partnership works, as recorded.' })
  areas(@Root() p: Partnership, @Ctx() { loaders }: GraphQLContext): Promise<Area[]> {
    return loadExisting(loaders.areas, p.areaIds);
  }

  @FieldResolver(() => [Theme])
  themes(@Root() p: Partnership, @Ctx() { loaders }: GraphQLContext): Promise<Theme[]> {
    return loadExisting(loaders.themes, p.themeIds);
  }

  @FieldResolver(() => Boolean, {
    description: 'Started (or undated) and not ended on `asOf` (default: today, UTC).',
  })
  active(@Root() p: Partnership, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string): boolean {
    return isActiveAt(p, asOf ?? today());
  }
}
