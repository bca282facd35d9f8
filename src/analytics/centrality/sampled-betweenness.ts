import { Budget } from '../budget';
import type { TieStructure } from '../projection';
import type { PathCentralityOptions, PathShare } from './paths';

/**
 * Sampled betweenness (`options.samples` = k < n sources) within its budget, refused with an estimate and
 * a suggestion instead of stopped when its time is spent: exact betweenness (no `samples`, or k ≥ n) has
 * its all-pairs refusal instead, and a bad `samples` is left to betweenness to refuse.
 * - At once: k searches × ties over the limit of the exact metrics' actors × ties
 *   (AnalyticsLimits.maxAllPairsWork).
 * - As it goes: the searches `share` holds of the k (all of them without `share`) are paced (Budget.pace,
 *   a search per `check('betweenness')`, as brandes checks before each source): after the first few, the
 *   rest is refused as soon as, at the pace of the latest, it would end past the deadline. A search takes
 *   from 10 ms on an idle machine to hundreds on a busy one (the generated 100k network), so a time
 *   estimate before any search runs would be a guess.
 */
export function paceSampledBetweenness(
  network: TieStructure,
  options: PathCentralityOptions,
  share: PathShare = { index: 0, of: 1 },
): void {
  const { samples, budget = Budget.unlimited() } = options;
  const n = network.actors.length;
  const m = network.ties.length;
  if (samples === undefined || !Number.isSafeInteger(samples) || samples < 2 || samples >= n) return;
  const suggestion = (fit: string) =>
    `pass fewer \`samples\`${fit} for a rougher estimate, or narrow the network with \`filter\``;
  budget.assertWork(
    'betweenness',
    samples * Math.max(m, 1),
    `${samples} searches × ${m} ties`,
    suggestion(''),
  );
  const searches = Math.max(0, Math.ceil((samples - share.index) / share.of));
  budget.pace('betweenness', searches, 'searches', (fit) => {
    const total = fit * share.of;
    return suggestion(total >= 2 ? ` (about ${total} fit)` : '');
  });
}
