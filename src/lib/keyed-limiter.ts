/**
 * At most `running` tasks at once per key; the key's further tasks wait in its own line, first come first
 * served, and beyond `waiting` of them are refused. A key's tasks never wait in another key's line, so one
 * caller sending many cannot hold up the others (the server's analytics per caller, graphql/limits).
 */
export class KeyedLimiter {
  private readonly lines = new Map<string, { running: number; waiting: (() => void)[] }>();

  constructor(
    readonly running: number,
    readonly waiting: number,
  ) {}

  /**
   * Waits for a place of `key` and resolves with the function that gives it back (calling it again does
   * nothing); undefined, at once, when `key` already has `running` tasks and `waiting` more in line.
   */
  async acquire(key: string): Promise<(() => void) | undefined> {
    let line = this.lines.get(key);
    if (!line) this.lines.set(key, (line = { running: 0, waiting: [] }));
    if (line.running >= this.running) {
      if (line.waiting.length >= this.waiting) return undefined;
      await new Promise<void>((resolve) => line.waiting.push(resolve));
    } else line.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release(key);
    };
  }

  /** How many tasks of `key` run and wait now. */
  load(key: string): { running: number; waiting: number } {
    const line = this.lines.get(key);
    return { running: line?.running ?? 0, waiting: line?.waiting.length ?? 0 };
  }

  private release(key: string): void {
    const line = this.lines.get(key)!;
    // The place passes to the next in line as it is: `running` stays.
    const next = line.waiting.shift();
    if (next) return next();
    line.running--;
    if (line.running === 0) this.lines.delete(key);
  }
}
