import { nodeSize, nodeSizes } from '../../../src/analytics/views/node-size';

describe('node sizes', () => {
  it('sizes nodes by area: a quarter of the value, half the extra radius', () => {
    expect(nodeSize(100, 100)).toBe(15);
    expect(nodeSize(25, 100)).toBe(9);
    expect(nodeSize(0, 100)).toBe(3);
    expect(nodeSize(null, 100)).toBe(3);
    expect(nodeSize(Number.NaN, 100)).toBe(3);
    expect(nodeSize(5, 0)).toBe(3);
  });

  it('takes the largest of the values as the maximum', () => {
    expect(nodeSizes([4, 16, null, 1])).toEqual([9, 15, 3, 6]);
  });
});
