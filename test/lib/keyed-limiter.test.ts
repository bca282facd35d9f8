import { KeyedLimiter } from '../../src/lib/keyed-limiter';

describe('KeyedLimiter', () => {
  it('lets `running` tasks of a key run, lines up `waiting` more, refuses the rest, never holding up other keys', async () => {
    const limiter = new KeyedLimiter(2, 1);
    const a1 = await limiter.acquire('a');
    const a2 = await limiter.acquire('a');
    let a3: (() => void) | undefined;
    const waiting = limiter.acquire('a').then((release) => (a3 = release));
    expect(await limiter.acquire('a')).toBeUndefined();
    expect(limiter.load('a')).toEqual({ running: 2, waiting: 1 });
    // Another key has places of its own.
    const b1 = await limiter.acquire('b');
    expect(b1).toBeInstanceOf(Function);
    expect(a3).toBeUndefined();
    a1!();
    await waiting;
    expect(a3).toBeInstanceOf(Function);
    expect(limiter.load('a')).toEqual({ running: 2, waiting: 0 });
    // Giving a place back twice frees it once.
    a1!();
    expect(limiter.load('a')).toEqual({ running: 2, waiting: 0 });
    a2!();
    a3!();
    b1!();
    expect(limiter.load('a')).toEqual({ running: 0, waiting: 0 });
    expect(limiter.load('b')).toEqual({ running: 0, waiting: 0 });
  });

  it('serves a key’s line first come first served', async () => {
    const limiter = new KeyedLimiter(1, 10);
    const first = await limiter.acquire('k');
    const order: number[] = [];
    const lined = [1, 2, 3].map((i) =>
      limiter.acquire('k').then((release) => {
        order.push(i);
        release!();
      }),
    );
    first!();
    await Promise.all(lined);
    expect(order).toEqual([1, 2, 3]);
  });
});
