import { Budget } from '../../../src/analytics/budget';
import { centrality } from '../../../src/analytics/centrality';
import { betweenness } from '../../../src/analytics/centrality/paths';
import { AnalyticsLimitError } from '../../../src/analytics/errors';
import { actorNetwork } from '../../../src/analytics/projection';
import { randomNetwork } from '../helpers/random-network';

const network = actorNetwork(randomNetwork({ actors: 300, seed: 17, groups: 2 }));
const m = network.ties.length;

/** A budget whose clock moves `msPerRead` at each read, and how often it was read. */
function ticking(msPerRead: number, limits: { timeBudgetMs: number; maxAllPairsWork: number }) {
  const reads = { count: 0 };
  const budget = new Budget(limits, () => reads.count++ * msPerRead, 0);
  return { budget, reads };
}

function refusal(run: () => unknown): AnalyticsLimitError {
  try {
    run();
  } catch (error) {
    if (error instanceof AnalyticsLimitError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('sampled betweenness within its budget', () => {
  it('is refused at once when k searches × ties is over the all-pairs limit', () => {
    const { budget, reads } = ticking(1, { timeBudgetMs: 10_000, maxAllPairsWork: 100 * m - 1 });
    const refused = refusal(() => centrality(network, 'BETWEENNESS', { samples: 100, budget }));
    expect(refused.module).toBe('betweenness');
    expect(refused.detail).toBe(
      `needs about ${(100 * m).toExponential(1)} steps (100 searches × ${m} ties), over the limit of ${(100 * m - 1).toExponential(1)}`,
    );
    expect(refused.suggestion).toMatch(/fewer `samples`.*`filter`/);
    // No search ran: the clock was never read.
    expect(reads.count).toBe(0);
    expect(() =>
      centrality(network, 'BETWEENNESS', {
        samples: 99,
        budget: new Budget({ timeBudgetMs: 600_000, maxAllPairsWork: 100 * m - 1 }),
      }),
    ).not.toThrow();
  });

  it('is refused after its first searches when at their pace the rest cannot end in time', () => {
    // 50 ms a search against a 2 s budget: 100 searches cannot fit; without the pace, 40 would run first.
    const { budget, reads } = ticking(50, { timeBudgetMs: 2_000, maxAllPairsWork: Infinity });
    const refused = refusal(() => centrality(network, 'BETWEENNESS', { samples: 100, budget }));
    expect(refused.detail).toMatch(
      /^needs about 4\.8 s more \(96 of 100 searches left, at 50\.0 ms each\), more than the 1\.8 s left/,
    );
    expect(refused.suggestion).toMatch(/^pass fewer `samples` \(about 40 fit\)/);
    expect(reads.count).toBeLessThan(10);
  });

  it('gives the values of the unguarded call when it fits', () => {
    const budget = new Budget({ timeBudgetMs: 600_000, maxAllPairsWork: Infinity });
    for (const seed of [0, 5])
      expect(Array.from(centrality(network, 'BETWEENNESS', { samples: 60, seed, budget }))).toEqual(
        Array.from(betweenness(network, { samples: 60, seed })),
      );
  });
});
