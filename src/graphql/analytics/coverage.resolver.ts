import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AreaLevel as AreaLevelValue } from '../../domain';
import { AreaLevel } from '../common/enums';
import type { GraphQLContext } from '../context';
import { intArg } from './analytics-args';
import { coverageCounts, coverageReport } from '../../app/analytics/coverage-results';
import { CoverageMatrix, CoverageReport } from './coverage.type';
import { NetworkFilter, networkFilterArg } from './network-filter.input';

/** More than this many actors per cell is no longer a gap threshold but a mistake. */
const MAX_MIN_ACTORS = 10_000;

@Resolver()
export class CoverageResolver {
  @Query(() => CoverageReport, {
    description:
      'Coverage gaps over the network of `filter`: cells are the areas of `areaLevel` (within filter.areaIds ' +
      'when given) × the themes (filter.themeIds when given, else all) [× all target groups]. A partnership ' +
      'covers a cell when it is on the theme, in the area or an area inside it (with includeParentAreas, also ' +
      'in an area containing it) and for the group (a partnership for no group is for all).',
  })
  coverageGaps(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('areaLevel', () => AreaLevel, { nullable: true, defaultValue: 'MUNICIPALITY' })
    areaLevel: AreaLevelValue | null,
    @Arg('byTargetGroup', () => Boolean, { nullable: true, defaultValue: false })
    byTargetGroup: boolean | null,
    @Arg('minActors', () => Int, {
      nullable: true,
      defaultValue: 2,
      description: 'A cell with fewer distinct actors than this (at least 1) is thin.',
    })
    minActors: number | null,
    @Arg('includeParentAreas', () => Boolean, { nullable: true, defaultValue: false })
    includeParentAreas: boolean | null,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<CoverageReport> {
    const networkFilter = networkFilterArg(filter);
    const options = {
      areaLevel: areaLevel ?? 'MUNICIPALITY',
      byTargetGroup: byTargetGroup ?? false,
      minActors: intArg(minActors, 'minActors', 1, MAX_MIN_ACTORS) ?? 2,
      includeParentAreas: includeParentAreas ?? false,
    };
    return coverageReport(analytics, networkFilter, options);
  }

  @Query(() => CoverageMatrix, {
    description:
      'Area × theme counts of the distinct actors covering each cell (the cells and rule of coverageGaps), ' +
      'every area of `areaLevel` and every theme included, for a heat map.',
  })
  coverageMatrix(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('areaLevel', () => AreaLevel, { nullable: true, defaultValue: 'MUNICIPALITY' })
    areaLevel: AreaLevelValue | null,
    @Arg('includeParentAreas', () => Boolean, { nullable: true, defaultValue: false })
    includeParentAreas: boolean | null,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<CoverageMatrix> {
    const networkFilter = networkFilterArg(filter);
    const options = {
      areaLevel: areaLevel ?? 'MUNICIPALITY',
      includeParentAreas: includeParentAreas ?? false,
    };
    return coverageCounts(analytics, networkFilter, options);
  }
}
