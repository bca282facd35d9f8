import { EventLoopTurns } from '../../src/lib/event-loop-turns';

describe('EventLoopTurns', () => {
  it('gives turns first come first served, one per iteration of the event loop, with I/O polled between', async () => {
    const turns = new EventLoopTurns();
    const order: string[] = [];
    // A timer due now runs in the timers phase of the next iteration: between two turns, not after all of them.
    const taken = [1, 2, 3, 4].map((i) =>
      turns.next().then(() => {
        order.push(`turn ${i}`);
        if (i === 1) setTimeout(() => order.push('timer'), 0);
        // Each turn holds the loop a little, as a scan would.
        const until = Date.now() + 5;
        while (Date.now() < until);
      }),
    );
    expect(turns.queued).toBe(4);
    await Promise.all(taken);
    expect(order.filter((o) => o !== 'timer')).toEqual(['turn 1', 'turn 2', 'turn 3', 'turn 4']);
    // After turn 1 and before turn 4: the three later turns did not run back to back with turn 1.
    const timer = order.indexOf('timer');
    expect(timer).toBeGreaterThan(0);
    expect(timer).toBeLessThan(order.indexOf('turn 4'));
  });
});
