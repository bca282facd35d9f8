/**
 * The colours of the coverage heat map: a sequential blue scale for 1..max actors, and a colour of its own
 * for 0, since an uncovered cell is what the map is for. Pure.
 */

export interface CellColour {
  background: string;
  /** Black or white, whichever reads better on the background. */
  text: string;
}

/** An uncovered cell: a coverage gap. */
export const GAP_COLOUR: CellColour = { background: '#fbe3d6', text: '#7a2e0b' };

const LIGHT = [222, 235, 247];
const DARK = [8, 48, 107];

/** The colour of a cell counting `count` actors when the fullest cell counts `max`. */
export function cellColour(count: number, max: number): CellColour {
  if (count <= 0 || max <= 0) return GAP_COLOUR;
  // A cell of one actor is visibly blue, the fullest one darkest.
  const t = max === 1 ? 1 : 0.15 + 0.85 * ((count - 1) / (max - 1));
  const [r, g, b] = LIGHT.map((light, i) => Math.round(light + (DARK[i]! - light) * t)) as [
    number,
    number,
    number,
  ];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return { background: `rgb(${r}, ${g}, ${b})`, text: luminance > 0.55 ? '#111111' : '#ffffff' };
}
