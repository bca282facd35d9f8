import { Budget } from '../../src/analytics/budget';
import { AnalyticsLimitError } from '../../src/analytics/errors';

/** A budget of `timeBudgetMs` whose clock moves only when told (`clock.at`). */
function clocked(timeBudgetMs: number) {
  const clock = { at: 0 };
  const budget = new Budget({ timeBudgetMs, maxAllPairsWork: Infinity }, () => clock.at, 0);
  return { clock, budget };
}

describe('Budget.pace', () => {
  it('refuses the rest once the latest steps show it cannot end within the budget, naming the estimate', () => {
    const { clock, budget } = clocked(500);
    budget.pace('betweenness', 100, 'searches', (fit) => `about ${fit} fit`);
    // Steps 0–4 take 10 ms each: 50 ms spent (the latest half, 30 ms, over 5 % of the budget), 95 × 10 ms
    // = 950 ms left to do with 450 ms left.
    for (let step = 0; step < 5; step++) {
      budget.check('betweenness');
      clock.at += 10;
    }
    let refused: unknown;
    try {
      budget.check('betweenness');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AnalyticsLimitError);
    expect(refused).toMatchObject({
      module: 'betweenness',
      detail:
        'needs about 0.9 s more (95 of 100 searches left, at 10.0 ms each), more than the 0.5 s left of its time budget of 500 ms',
      // 5 done, and 450 ms more at 10 ms each.
      suggestion: 'about 50 fit',
    });
  });

  it('estimates from the latest half of the steps, not the slow first ones', () => {
    const { clock, budget } = clocked(1000);
    budget.pace('betweenness', 20, 'searches', () => 'fewer');
    // A first step of 300 ms (cold code), then 20 ms each: 300 + 19 × 20 = 680 ms in all, within 1000.
    // From every step so far, the fifth check would see 90 ms a step and 16 × 90 ms > 640 ms left.
    for (let step = 0; step < 20; step++) {
      budget.check('betweenness');
      clock.at += step === 0 ? 300 : 20;
    }
    expect(clock.at).toBe(680);
  });

  it('does not estimate from steps too short to measure more than the scheduler', () => {
    const { clock, budget } = clocked(10_000);
    budget.pace('betweenness', 400, 'searches', () => 'fewer');
    // 0 ms steps, then one descheduled for 60 ms, under the 500 ms (5 %) a window must last: no refusal,
    // where 396 × 30 ms from the two latest would have been one.
    for (let step = 0; step < 400; step++) {
      budget.check('betweenness');
      clock.at += step === 3 ? 60 : 0;
    }
    expect(clock.at).toBe(60);
  });

  it('counts only the checks of its module, and stops at the deadline as before', () => {
    const { clock, budget } = clocked(100);
    budget.pace('betweenness', 10, 'searches', () => 'fewer');
    for (let i = 0; i < 50; i++) budget.check('diameter');
    clock.at = 50;
    expect(() => budget.check('betweenness')).not.toThrow();
    clock.at = 101;
    expect(() => budget.check('diameter')).toThrow(/diameter: ran past its time budget of 100 ms/);
  });
});
