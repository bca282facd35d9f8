/**
 * Which node labels the drawing shows, and where beside their node, so that no two of them overlap.
 * Sigma's own label grid keeps one label per grid cell, but a long name reaches into the next cells and
 * is drawn over its neighbour's ("Save the Children in Kosovo" under a ministry's). Here the labels are
 * placed greedily, the weightiest node first (its size: the metric chosen, so the most central actors
 * are named first), each on the first side of its node where it overlaps no label placed before it and,
 * if such a side exists, no other node; a label with no free side is not drawn (hovering its node still
 * shows it). Pure: viewport pixels in, text positions out.
 */

/**
 * The sides a label may take, in the order they are tried: right is how sigma draws labels; the
 * half-line shifts let a label slip past a neighbour's.
 */
export const LABEL_SIDES = [
  'right',
  'left',
  'above',
  'below',
  'right-up',
  'right-down',
  'left-up',
  'left-down',
] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** A node as the viewport shows it: its centre, its radius, and its label's width, in pixels. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  size: number;
  width: number;
  /** Which labels are placed first: the larger weight (the node's size, unless it is picked out). */
  weight: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space between a node's disc and its label, as sigma leaves it. */
export const LABEL_GAP = 3;
/** Space kept clear around each label, so that two are never drawn touching. */
const MARGIN = 2;

/**
 * The box of a label of `fontSize` pixels on `side` of the node, and where its text starts (`textX`, at
 * the alphabetic baseline `baseline`, as canvas fillText takes them). The box spans the font size: a
 * little more than the letters' ascent and descent.
 */
export function labelBox(
  node: Omit<LabelCandidate, 'key' | 'weight'>,
  side: LabelSide,
  fontSize: number,
): Box & { textX: number; baseline: number } {
  const half = fontSize / 2;
  const right = node.x + node.size + LABEL_GAP;
  const left = node.x - node.size - LABEL_GAP - node.width;
  const centred = node.x - node.width / 2;
  const shift = fontSize * 0.6;
  let textX: number;
  let middle: number;
  switch (side) {
    case 'right':
      [textX, middle] = [right, node.y];
      break;
    case 'left':
      [textX, middle] = [left, node.y];
      break;
    case 'above':
      [textX, middle] = [centred, node.y - node.size - LABEL_GAP - half];
      break;
    case 'below':
      [textX, middle] = [centred, node.y + node.size + LABEL_GAP + half];
      break;
    case 'right-up':
      [textX, middle] = [right, node.y - shift];
      break;
    case 'right-down':
      [textX, middle] = [right, node.y + shift];
      break;
    case 'left-up':
      [textX, middle] = [left, node.y - shift];
      break;
    case 'left-down':
      [textX, middle] = [left, node.y + shift];
      break;
    default: {
      const never: never = side;
      throw new Error(`label-layout: unknown side ${String(never)}`);
    }
  }
  // Sigma draws its text with the baseline a third of the font size below the label's middle line.
  return {
    left: textX,
    right: textX + node.width,
    top: middle - half,
    bottom: middle + half,
    textX,
    baseline: middle + fontSize / 3,
  };
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right + MARGIN &&
  b.left < a.right + MARGIN &&
  a.top < b.bottom + MARGIN &&
  b.top < a.bottom + MARGIN;

/** Where a label is drawn: its side, and its text's start and baseline relative to the node's centre. */
export interface PlacedLabel {
  side: LabelSide;
  dx: number;
  dy: number;
}

/**
 * The labels drawn, by node key (a node left out has no label drawn). `candidates` in any order: they are
 * taken by weight, largest first, then by key, so the same view always gets the same labels. Among the
 * sides where a label overlaps no label placed before it, the first is taken that stays inside `bounds`
 * (the viewport) and covers no other node, else the first inside `bounds`, else the first covering no
 * node, else the first. At most `limit` labels, so a large network's view stays readable and quick to plan.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  fontSize: number,
  bounds?: Box,
  limit = 400,
): Map<string, PlacedLabel> {
  const order = [...candidates].sort(
    (a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const discs = candidates.map((node) => ({
    key: node.key,
    box: {
      left: node.x - node.size,
      right: node.x + node.size,
      top: node.y - node.size,
      bottom: node.y + node.size,
    },
  }));
  const inside = (box: Box) =>
    !bounds ||
    (box.left >= bounds.left &&
      box.right <= bounds.right &&
      box.top >= bounds.top &&
      box.bottom <= bounds.bottom);
  const placed: Box[] = [];
  const labels = new Map<string, PlacedLabel>();
  for (const node of order) {
    if (labels.size >= limit) break;
    const free = LABEL_SIDES.map((side) => ({ side, box: labelBox(node, side, fontSize) })).filter(
      ({ box }) => !placed.some((other) => overlaps(box, other)),
    );
    const clear = (box: Box) => !discs.some((disc) => disc.key !== node.key && overlaps(box, disc.box));
    const chosen =
      free.find(({ box }) => inside(box) && clear(box)) ??
      free.find(({ box }) => inside(box)) ??
      free.find(({ box }) => clear(box)) ??
      free[0];
    if (!chosen) continue;
    placed.push(chosen.box);
    labels.set(node.key, {
      side: chosen.side,
      dx: chosen.box.textX - node.x,
      dy: chosen.box.baseline - node.y,
    });
  }
  return labels;
}
