import { jsonInSlices } from '../../src/lib/json-slices';

describe('jsonInSlices', () => {
  const records = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `r-${i}`, name: `Fëmijët ${i} "quoted" \n`, tags: [i] }));

  it('makes exactly the text of JSON.stringify, whatever the list lengths and member kinds', async () => {
    const values: Record<string, unknown>[] = [
      {},
      { revision: 3 },
      { revision: 1, actors: [], partnerships: records(1) },
      { a: records(4), b: records(5), c: records(9), nested: { x: [1, { y: null }] }, s: 'x' },
      { skipped: undefined, fn: () => 1, holes: [undefined, () => 2, 3], last: [] },
      { only: undefined },
    ];
    for (const value of values)
      for (const itemsPerSlice of [1, 2, 4, 2_000]) {
        const pieces = await jsonInSlices(value, { itemsPerSlice });
        expect(pieces.join('')).toBe(JSON.stringify(value));
      }
  });

  it('serialises a list as it was at the call, though it changes during the slices', async () => {
    const value = { revision: 1, names: ['before'] };
    const pending = jsonInSlices(value, { itemsPerSlice: 1 });
    value.names.push('after');
    value.revision = 2;
    expect(JSON.parse((await pending).join(''))).toEqual({ revision: 1, names: ['before'] });
  });

  it('lets the event loop turn between slices', async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    await jsonInSlices({ list: records(10) }, { itemsPerSlice: 2 });
    counting = false;
    // Five slices, each after a turn: the counter ran at least once between every two of them.
    expect(turns).toBeGreaterThanOrEqual(4);
  });

  it('hands every piece to onPiece in order, so a checksum needs no second copy of the text', async () => {
    const seen: string[] = [];
    const pieces = await jsonInSlices({ a: records(7) }, { itemsPerSlice: 3, onPiece: (p) => seen.push(p) });
    expect(seen).toEqual(pieces);
    expect(pieces.length).toBeGreaterThan(3);
  });

  it('rejects what JSON.stringify rejects, and a slice size below one', async () => {
    await expect(jsonInSlices({ big: 1n })).rejects.toThrow(TypeError);
    await expect(jsonInSlices({ list: [{ big: 1n }] })).rejects.toThrow(TypeError);
    await expect(jsonInSlices({ a: [] }, { itemsPerSlice: 0 })).rejects.toThrow(
      'jsonInSlices: itemsPerSlice must be ≥ 1, got 0',
    );
  });
});
