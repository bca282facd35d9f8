/** Lists this short are searched for a removal rather than given a position map. */
const SCAN_UP_TO = 16;

/**
 * Ids in the order they were added, for the reverse index: adding is a push (an import adds hundreds of
 * thousands, and a Set each for most entities, which have a few referrers, cost more than the rest of the
 * record), removing is amortised O(1) even from a hub with thousands (a position map, built on the first
 * removal from a long list, and holes squeezed out once they are half the list). Callers never add an id
 * twice.
 */
export class IdList {
  private ids: (string | undefined)[] = [];
  private positions: Map<string, number> | undefined;
  private holes = 0;

  get size(): number {
    return this.ids.length - this.holes;
  }

  add(id: string): void {
    this.positions?.set(id, this.ids.length);
    this.ids.push(id);
  }

  remove(id: string): void {
    if (!this.positions && this.ids.length <= SCAN_UP_TO) {
      const at = this.ids.indexOf(id);
      if (at >= 0) this.ids.splice(at, 1);
      return;
    }
    this.positions ??= new Map(this.ids.map((x, i) => [x!, i]));
    const at = this.positions.get(id);
    if (at === undefined) return;
    this.positions.delete(id);
    this.ids[at] = undefined;
    if (++this.holes * 2 > this.ids.length) {
      this.ids = this.toArray();
      this.positions = undefined;
      this.holes = 0;
    }
  }

  /** The ids, in the order they were added (a copy). */
  toArray(): string[] {
    return this.holes === 0
      ? (this.ids.slice() as string[])
      : this.ids.filter((id): id is string => id !== undefined);
  }
}
