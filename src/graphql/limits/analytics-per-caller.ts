import { KeyedLimiter } from '../../lib/keyed-limiter';
import { callerKey } from '../../app/access/principal';
import type { GraphQLContext } from '../context';
import { CallerBusyError } from './errors';
import type { QueryMeasure } from './query-limits.plugin';

/** Analytics operations one caller may have waiting for a place, beyond those running. */
export const ANALYTICS_LINE_PER_CALLER = 16;

/**
 * The `admit` hook of queryLimitsPlugin for analytics: each caller (an API key; without one, the client's
 * address) may have `perCaller` analytics operations running, the next ANALYTICS_LINE_PER_CALLER waiting in
 * its own line, and more are refused (CallerBusyError). The analytics threads are shared and a job's wait
 * counts against its time budget: without this, one reader sending 10 sampled betweenness queries at once
 * had everybody else's analytics time out behind them. Other operations pass at once.
 */
export function analyticsPerCaller(
  perCaller: number,
): (measure: QueryMeasure, context: GraphQLContext) => Promise<() => void> {
  const limiter = new KeyedLimiter(perCaller, ANALYTICS_LINE_PER_CALLER);
  return async (measure, context) => {
    if (!measure.analytics) return () => {};
    const key = callerKey(context.auth.principal, context.auth.address);
    const release = await limiter.acquire(key);
    if (!release) {
      const { running, waiting } = limiter.load(key);
      throw new CallerBusyError(running, waiting);
    }
    return release;
  };
}
