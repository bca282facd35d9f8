import { IdList } from '../../../src/store/embedded/id-list';

/** What an IdList must behave as: an insertion-ordered Set (the reverse index used one). */
function applyBoth(operations: ['add' | 'remove', string][]): { list: IdList; set: Set<string> } {
  const list = new IdList();
  const set = new Set<string>();
  for (const [op, id] of operations) {
    if (op === 'add') {
      list.add(id);
      set.add(id);
    } else {
      list.remove(id);
      set.delete(id);
    }
  }
  return { list, set };
}

describe('IdList, the reverse index list of referrers', () => {
  it('keeps insertion order through removals, short and long, as a Set does', () => {
    // A deterministic mix: 200 adds, removals from the middle, the ends and of absent ids, re-adds.
    const operations: ['add' | 'remove', string][] = [];
    for (let i = 0; i < 200; i++) operations.push(['add', `il-${i}`]);
    for (let i = 0; i < 200; i += 3) operations.push(['remove', `il-${i}`]);
    operations.push(['remove', 'il-absent'], ['add', 'il-0'], ['remove', 'il-199']);
    for (let i = 1; i < 200; i += 3) operations.push(['remove', `il-${i}`]);
    operations.push(['add', 'il-1'], ['add', 'il-new']);
    const { list, set } = applyBoth(operations);
    expect(list.toArray()).toEqual([...set]);
    expect(list.size).toBe(set.size);
  });

  it('removes from a short list without a position map, and empties', () => {
    const { list, set } = applyBoth([
      ['add', 'il-a'],
      ['add', 'il-b'],
      ['add', 'il-c'],
      ['remove', 'il-b'],
      ['remove', 'il-x'],
    ]);
    expect(list.toArray()).toEqual(['il-a', 'il-c']);
    expect(list.toArray()).toEqual([...set]);
    list.remove('il-a');
    list.remove('il-c');
    expect(list.size).toBe(0);
    expect(list.toArray()).toEqual([]);
  });

  it('hands out copies', () => {
    const list = new IdList();
    list.add('il-a');
    list.toArray().push('il-z');
    expect(list.toArray()).toEqual(['il-a']);
  });
});
