import { GraphQLError } from 'graphql';

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX';

/**
 * A query refused before it runs because it is deeper or costlier than the server allows. It carries the
 * measured value and the limit (`extensions.measured`, `extensions.limit`) so a client can see by how much
 * it is over (no `measured` when it is too large to measure), and answers HTTP 400: the request is at fault, not the server.
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: QueryLimitCode,
    message: string,
    /** Undefined when it is too large to measure. */
    readonly measured: number | undefined,
    readonly limit: number,
  ) {
    super(message, { extensions: { code, measured, limit, http: { status: 400 } } });
    this.name = 'QueryLimitError';
  }
}

/**
 * An analytics operation refused because its caller already has as many running and waiting as it may
 * (ANALYTICS_PER_CALLER, and a line of ANALYTICS_LINE_PER_CALLER): HTTP 429, try again once some are answered.
 */
export class CallerBusyError extends GraphQLError {
  constructor(running: number, waiting: number) {
    super(
      `you have ${running} analytics queries running and ${waiting} waiting, as many as one caller may: send more once some are answered`,
      { extensions: { code: 'TOO_MANY_REQUESTS', running, waiting, http: { status: 429 } } },
    );
    this.name = 'CallerBusyError';
  }
}
