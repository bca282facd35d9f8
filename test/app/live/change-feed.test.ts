import { ChangeFeed, MAX_PENDING_EVENTS } from '../../../src/app/live/change-feed';

describe('ChangeFeed', () => {
  afterEach(() => jest.useRealTimers());

  it('hands each payload to every subscriber of its topic, and to no one else', async () => {
    const feed = new ChangeFeed();
    const [a, b] = [feed.subscribe('t'), feed.subscribe('t')].map((s) => s[Symbol.asyncIterator]());
    const other = feed.subscribe('other')[Symbol.asyncIterator]();
    const pending = [a!.next(), b!.next()];
    const otherNext = other.next();
    await Promise.resolve();
    feed.publish('t', 1);
    expect(await Promise.all(pending)).toEqual([
      { value: 1, done: false },
      { value: 1, done: false },
    ]);
    await feed.close();
    expect(await otherNext).toEqual({ value: undefined, done: true });
  });

  it('polls every interval while someone is subscribed, and only then', async () => {
    jest.useFakeTimers();
    let polls = 0;
    const feed = new ChangeFeed({ poll: async () => void polls++, pollIntervalMs: 100 });
    await jest.advanceTimersByTimeAsync(1000);
    expect(polls).toBe(0);
    const stream = feed.subscribe('t')[Symbol.asyncIterator]();
    void stream.next();
    await jest.advanceTimersByTimeAsync(1000);
    expect(polls).toBe(10);
    await stream.return!();
    await jest.advanceTimersByTimeAsync(1000);
    expect(polls).toBe(10);
    await feed.close();
  });

  it('keeps polling after a failed poll, reporting it', async () => {
    jest.useFakeTimers();
    const failures: unknown[] = [];
    let polls = 0;
    const feed = new ChangeFeed({
      poll: async () => {
        if (++polls === 1) throw new Error('store down');
      },
      pollIntervalMs: 100,
      onPollError: (error) => failures.push(error),
    });
    void feed.subscribe('t')[Symbol.asyncIterator]().next();
    await jest.advanceTimersByTimeAsync(300);
    expect(polls).toBe(3);
    expect(failures).toEqual([new Error('store down')]);
    await feed.close();
  });

  it('drops the oldest events of a subscriber that does not read', async () => {
    const feed = new ChangeFeed();
    const stream = feed.subscribe('t')[Symbol.asyncIterator]();
    const first = stream.next();
    await Promise.resolve();
    for (let i = 1; i <= MAX_PENDING_EVENTS + 11; i++) feed.publish('t', i);
    expect((await first).value).toBe(1);
    // 1 was taken at once; of 2..111 the newest 100 were kept.
    expect((await stream.next()).value).toBe(12);
    await feed.close();
  });
});
