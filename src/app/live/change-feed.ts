import { Repeater, SlidingBuffer } from '@graphql-yoga/subscription';
import type { PubSub } from 'type-graphql';

/**
 * Events a subscriber may fall behind by before the oldest are dropped: a client that does not read its
 * socket must not make the server hold its events without end. Events carry revisions, so the client
 * sees the gap (see NetworkChange.fromRevision).
 */
export const MAX_PENDING_EVENTS = 100;

export interface ChangeFeedOptions {
  /**
   * Looks for changes this server did not make and publishes them; run every `pollIntervalMs` while
   * anyone is subscribed, never two at once. Without it (or with an interval of 0) nothing is polled.
   */
  poll?: () => Promise<void>;
  pollIntervalMs?: number;
  /** Where a failed poll is reported; the next poll is tried all the same. */
  onPollError?: (error: unknown) => void;
}

/**
 * A server's publish/subscribe (type-graphql's PubSub, given to buildSchema): `publish` hands a payload to
 * every current subscriber of its topic; `subscribe` is one subscriber's stream. One per server, so two
 * servers in one process never see each other's events. While there are subscribers it polls for changes
 * made elsewhere (see ChangeFeedOptions.poll), and only then: an idle server reads nothing.
 */
export class ChangeFeed implements PubSub {
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly stops = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: ChangeFeedOptions = {}) {}

  /** How many streams are open, over all topics. */
  get subscribers(): number {
    return this.stops.size;
  }

  publish(topic: string, payload: unknown): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  subscribe(topic: string): AsyncIterable<unknown> {
    return new Repeater<unknown>(async (push, stop) => {
      if (this.closed) return stop();
      const listener = (payload: unknown) => void push(payload);
      const topicListeners = this.listeners.get(topic) ?? new Set();
      this.listeners.set(topic, topicListeners.add(listener));
      this.stops.add(stop);
      this.schedulePoll();
      await stop;
      topicListeners.delete(listener);
      this.stops.delete(stop);
      if (this.subscribers === 0) this.cancelPoll();
    }, new SlidingBuffer(MAX_PENDING_EVENTS));
  }

  /** Ends every stream and stops polling; waits for a poll under way. Later streams end at once. */
  async close(): Promise<void> {
    this.closed = true;
    for (const stop of this.stops) stop();
    this.cancelPoll();
    await this.polling;
  }

  /** Drops the poll waiting to run, if any (one under way finishes). */
  private cancelPoll(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedulePoll(): void {
    const { poll, pollIntervalMs = 0 } = this.options;
    if (!poll || pollIntervalMs <= 0 || this.timer !== undefined || this.polling || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.polling = poll()
        .catch((error: unknown) => this.options.onPollError?.(error))
        .finally(() => {
          this.polling = undefined;
          if (this.subscribers > 0) this.schedulePoll();
        });
    }, pollIntervalMs);
    // A poll waiting to run must not keep the process alive.
    this.timer.unref();
  }
}
