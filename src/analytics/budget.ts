import { AnalyticsLimitError } from './errors';

/** How much work one analytics computation may do. */
export interface AnalyticsLimits {
  /** Wall-clock milliseconds a computation may run before it is stopped. */
  timeBudgetMs: number;
  /**
   * The largest n·m (nodes × ties) an all-pairs computation (exact betweenness, closeness, harmonic,
   * diameter) is started for; beyond it the work is refused up front.
   */
  maxAllPairsWork: number;
}

/**
 * Steps done, and the share of the time budget the latest half of them must have taken, before
 * `Budget.pace` estimates the rest: a few fast steps measure the scheduler (a thread descheduled or a GC
 * pause on a busy machine) rather than the work.
 */
const PACE_AFTER_STEPS = 4;
const PACE_WINDOW_SHARE = 0.05;

interface Pace {
  module: string;
  steps: number;
  what: string;
  suggestion: (fit: number) => string;
  /** When each step started, by the budget's clock. */
  startedAt: Float64Array;
  done: number;
}

/** The one place the default limits live. */
export const DEFAULT_LIMITS: Readonly<AnalyticsLimits> = { timeBudgetMs: 10_000, maxAllPairsWork: 2e9 };

/**
 * A deadline carried into the long loops of the analytics. `check` is cheap enough to call once per BFS
 * source or iteration; past the deadline it throws AnalyticsLimitError naming the module, so a runaway
 * computation frees the server instead of hanging it.
 */
export class Budget {
  private readonly deadline: number;
  private paced: Pace | undefined;

  /**
   * `startedAt` is when the work was asked for, by the `now` clock: a computation that waited in a queue
   * (a worker thread busy with another) has that wait counted against its budget.
   */
  constructor(
    readonly limits: Readonly<AnalyticsLimits> = DEFAULT_LIMITS,
    /** The clock the deadline is kept by; computations time their first steps by it to estimate the rest. */
    readonly now: () => number = Date.now,
    readonly startedAt: number = now(),
  ) {
    this.deadline = startedAt + limits.timeBudgetMs;
  }

  /** A budget that never runs out, for callers (tests, scripts) that set no limits. */
  static unlimited(): Budget {
    return new Budget({ timeBudgetMs: Number.POSITIVE_INFINITY, maxAllPairsWork: Number.POSITIVE_INFINITY });
  }

  /**
   * Throws AnalyticsLimitError when the deadline has passed, or when the steps declared with `pace` would,
   * at the pace of the latest ones, end past it.
   */
  check(module: string): void {
    const now = this.now();
    if (now > this.deadline)
      throw new AnalyticsLimitError(
        module,
        `ran past its time budget of ${this.limits.timeBudgetMs} ms`,
        'narrow the network with `filter`',
      );
    if (this.paced?.module === module) this.checkPace(this.paced, now);
  }

  /**
   * Declares that the next `steps` calls of check(module) each start one of `steps` like steps (`what`
   * they are: "searches"), so that check refuses the rest as soon as they would end past the deadline at
   * the pace of the latest half of those done (the first run slower, on code not yet optimised), once
   * that half took 5 % of the budget, with the estimate and `suggestion`, which is told how many steps in
   * all would fit.
   * Measured as it goes: the pace holds the machine's load as it is.
   */
  pace(module: string, steps: number, what: string, suggestion: (fit: number) => string): void {
    this.paced = { module, steps, what, suggestion, startedAt: new Float64Array(steps + 1), done: 0 };
  }

  private checkPace(pace: Pace, now: number): void {
    if (pace.done > pace.steps) return;
    pace.startedAt[pace.done] = now;
    const done = pace.done++;
    const from = done >> 1;
    if (done < PACE_AFTER_STEPS || now - pace.startedAt[from]! < PACE_WINDOW_SHARE * this.limits.timeBudgetMs)
      return;
    const msPerStep = (now - pace.startedAt[from]!) / (done - from);
    const left = pace.steps - done;
    const leftMs = this.deadline - now;
    if (left * msPerStep <= leftMs) return;
    const fit = done + Math.floor(leftMs / Math.max(msPerStep, Number.MIN_VALUE));
    throw new AnalyticsLimitError(
      pace.module,
      `needs about ${((left * msPerStep) / 1000).toFixed(1)} s more (${left} of ${pace.steps} ${pace.what} ` +
        `left, at ${msPerStep.toFixed(1)} ms each), more than the ${(Math.max(0, leftMs) / 1000).toFixed(1)} s ` +
        `left of its time budget of ${this.limits.timeBudgetMs} ms`,
      pace.suggestion(fit),
    );
  }

  /**
   * Refuses at once work estimated at `estimateMs` more milliseconds (`what` says how) that would end past
   * the deadline, rather than starting it and stopping it when the budget is spent.
   */
  assertTime(module: string, estimateMs: number, what: string, suggestion: string): void {
    const leftMs = this.deadline - this.now();
    if (estimateMs > leftMs)
      throw new AnalyticsLimitError(
        module,
        `needs about ${(estimateMs / 1000).toFixed(1)} s (${what}), ` +
          `more than the ${(Math.max(0, leftMs) / 1000).toFixed(1)} s left of its time budget of ${this.limits.timeBudgetMs} ms`,
        suggestion,
      );
  }

  /**
   * Refuses up front an all-pairs computation over `nodes` and `ties` whose n·m is over the limit, with
   * the estimate and `suggestion` (e.g. pass `samples`).
   */
  assertAllPairs(module: string, nodes: number, ties: number, suggestion: string): void {
    this.assertWork(module, nodes * Math.max(ties, 1), `${nodes} actors × ${ties} ties`, suggestion);
  }

  /**
   * Refuses up front a computation of about `work` steps (`what` says how they were counted) over the
   * same limit as the all-pairs ones.
   */
  assertWork(module: string, work: number, what: string, suggestion: string): void {
    if (work > this.limits.maxAllPairsWork)
      throw new AnalyticsLimitError(
        module,
        `needs about ${work.toExponential(1)} steps (${what}), ` +
          `over the limit of ${this.limits.maxAllPairsWork.toExponential(1)}`,
        suggestion,
      );
  }
}
