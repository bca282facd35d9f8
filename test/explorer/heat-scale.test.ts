import { GAP_COLOUR, cellColour } from '../../src/explorer/heat-scale';

describe('coverage heat scale', () => {
  it('gives uncovered cells their own colour', () => {
    expect(cellColour(0, 34)).toEqual(GAP_COLOUR);
    expect(cellColour(0, 0)).toEqual(GAP_COLOUR);
  });

  it('runs from light blue for one actor to dark blue for the fullest cell, with readable text', () => {
    const one = cellColour(1, 34);
    const full = cellColour(34, 34);
    expect(full).toEqual({ background: 'rgb(8, 48, 107)', text: '#ffffff' });
    // 15 % of the way from (222, 235, 247) to (8, 48, 107).
    expect(one).toEqual({ background: 'rgb(190, 207, 226)', text: '#111111' });
  });

  it('grows darker with the count', () => {
    const darkness = (count: number) =>
      cellColour(count, 10)
        .background.match(/\d+/g)!
        .map(Number)
        .reduce((a, b) => a + b, 0);
    for (let count = 1; count < 10; count++) expect(darkness(count + 1)).toBeLessThan(darkness(count));
  });
});
