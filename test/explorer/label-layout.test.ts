import {
  LABEL_GAP,
  labelBox,
  overlaps,
  placeLabels,
  type LabelCandidate,
} from '../../src/explorer/label-layout';

const FONT = 14;
const node = (key: string, x: number, y: number, size: number, width = 100): LabelCandidate => ({
  key,
  x,
  y,
  size,
  width,
  weight: size,
});

describe('label layout', () => {
  it('draws a label right of its node as sigma does, a gap past the disc, its baseline a third below', () => {
    const box = labelBox(node('a', 100, 50, 10, 80), 'right', FONT);
    expect(box).toEqual({
      left: 100 + 10 + LABEL_GAP,
      right: 100 + 10 + LABEL_GAP + 80,
      top: 50 - 7,
      bottom: 50 + 7,
      textX: 113,
      baseline: 50 + 14 / 3,
    });
    expect(labelBox(node('a', 100, 50, 10, 80), 'left', FONT).right).toBe(100 - 10 - LABEL_GAP);
    expect(labelBox(node('a', 100, 50, 10, 80), 'above', FONT).bottom).toBe(50 - 10 - LABEL_GAP);
    expect(labelBox(node('a', 100, 50, 10, 80), 'below', FONT).top).toBe(50 + 10 + LABEL_GAP);
  });

  it('moves a smaller node’s label to a free side, the larger node keeping sigma’s', () => {
    // Two nodes on one line, 60 px apart: the small one's label on the right would run under the big one's.
    const big = node('ministry', 100, 100, 12);
    const small = node('save-the-children', 40, 100, 8);
    const sides = placeLabels([small, big], FONT);
    expect(sides.get('ministry')?.side).toBe('right');
    expect(sides.get('save-the-children')?.side).toBe('left');
    const a = labelBox(big, 'right', FONT);
    const b = labelBox(small, sides.get('save-the-children')!.side, FONT);
    expect(overlaps(a, b)).toBe(false);
  });

  it('leaves out a label with no free side, and never lets two placed labels overlap', () => {
    // A tight cluster: 30 nodes within a few pixels of each other.
    const cluster = Array.from({ length: 30 }, (_, i) =>
      node(`n${i}`, 200 + (i % 5) * 3, 200 + i, 5 + (i % 7)),
    );
    const sides = placeLabels(cluster, FONT);
    expect(sides.size).toBeGreaterThan(1);
    expect(sides.size).toBeLessThan(30);
    const boxes = [...sides].map(([key, placed]) =>
      labelBox(
        cluster.find((n) => n.key === key)!,
        placed.side,
        FONT,
      ),
    );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    // The largest node is placed first: it is always named.
    const largest = [...cluster].sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : 1))[0]!;
    expect(sides.has(largest.key)).toBe(true);
    // The offset is where the text starts and its baseline, from the node's centre.
    const placed = sides.get(largest.key)!;
    const box = labelBox(largest, placed.side, FONT);
    expect([largest.x + placed.dx, largest.y + placed.dy]).toEqual([box.textX, box.baseline]);
  });

  it('places the same labels whatever order the nodes come in, up to the limit', () => {
    const nodes = Array.from({ length: 50 }, (_, i) =>
      node(`n${i}`, (i * 37) % 400, (i * 53) % 300, 4 + (i % 9)),
    );
    const once = placeLabels(nodes, FONT);
    expect(placeLabels([...nodes].reverse(), FONT)).toEqual(once);
    expect(placeLabels(nodes, FONT, undefined, 3).size).toBe(3);
  });

  it('keeps a label inside the viewport where a side allows it', () => {
    // Near the right edge: sigma's side would run out of the view, the left one stays in.
    const edge = node('edge', 380, 100, 6, 120);
    const view = { left: 0, top: 0, right: 400, bottom: 300 };
    expect(placeLabels([edge], FONT).get('edge')?.side).toBe('right');
    expect(placeLabels([edge], FONT, view).get('edge')?.side).toBe('left');
  });
});
