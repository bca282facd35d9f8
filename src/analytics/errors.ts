import { DomainError, ValidationError } from '../domain';

/**
 * An argument an analytics module cannot work with (e.g. `hops` out of range, an actor outside the
 * network). A BAD_USER_INPUT whose message names the module ("invalid betweenness argument: samples: …")
 * and whose issue path is the argument.
 */
export class AnalyticsArgumentError extends ValidationError {
  constructor(
    readonly module: string,
    readonly argument: string,
    readonly detail: string,
  ) {
    super([{ path: argument, message: detail }], `${module} argument`);
  }
}

/**
 * Work refused or stopped because it would not fit: refused up front when its estimated cost is over the
 * limit (`estimate` says how much), or stopped when it ran past its time budget. `suggestion` tells the user
 * what to ask instead (e.g. sampled betweenness). Nothing is cached; the server stays responsive.
 */
export class AnalyticsLimitError extends DomainError {
  readonly code = 'ANALYTICS_LIMIT_EXCEEDED' as const;
  constructor(
    readonly module: string,
    readonly detail: string,
    readonly suggestion?: string,
  ) {
    super(`${module}: ${detail}${suggestion ? `; ${suggestion}` : ''}`);
  }
}
