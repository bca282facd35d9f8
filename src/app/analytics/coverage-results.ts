import {
  coverageGaps,
  coverageMatrix,
  type CoverageMatrix,
  type CoverageReport,
} from '../../analytics/coverage';
import type { AreaLevel, NetworkFilter } from '../../domain';
import type { AnalyticsCache } from './analytics-cache';

export interface CoverageArgs {
  areaLevel: AreaLevel;
  byTargetGroup: boolean;
  minActors: number;
  includeParentAreas: boolean;
}

/** The cells asked when nothing is said: municipality × theme, thin below 2 actors. */
export const DEFAULT_COVERAGE: CoverageArgs = {
  areaLevel: 'MUNICIPALITY',
  byTargetGroup: false,
  minActors: 2,
  includeParentAreas: false,
};

/** coverageGaps of the network of `filter` (cells within its areas and themes), cached by (revision, filter, args). */
export function coverageReport(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  args: CoverageArgs,
): Promise<CoverageReport> {
  return analytics.result('coverageGaps', filter, args, (network) =>
    coverageGaps(network, { ...args, areaIds: filter.areaIds, themeIds: filter.themeIds }),
  );
}

/** coverageMatrix of the network of `filter` (cells within its areas and themes), cached like coverageReport. */
export function coverageCounts(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  args: Pick<CoverageArgs, 'areaLevel' | 'includeParentAreas'>,
): Promise<CoverageMatrix> {
  return analytics.result('coverageMatrix', filter, args, (network) =>
    coverageMatrix(network, { ...args, areaIds: filter.areaIds, themeIds: filter.themeIds }),
  );
}
