import type { Sector } from '../../domain';

/** An sRGB colour as its channels (0–255) and as `#rrggbb`. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
  hex: string;
}

const rgb = (hex: string): Rgb => ({
  r: parseInt(hex.slice(1, 3), 16),
  g: parseInt(hex.slice(3, 5), 16),
  b: parseInt(hex.slice(5, 7), 16),
  hex,
});

/**
 * The one colour of each sector, for every drawing and export that colours sectors. Okabe and Ito's
 * palette, so the six stay apart for colour-blind readers and in print.
 */
export const SECTOR_COLOURS: Readonly<Record<Sector, Rgb>> = {
  GOVERNMENT: rgb('#0072b2'),
  ACADEMIA: rgb('#e69f00'),
  PRIVATE_SECTOR: rgb('#009e73'),
  CIVIL_SOCIETY: rgb('#cc79a7'),
  CHILDREN_AND_YOUTH: rgb('#d55e00'),
  INTERNATIONAL: rgb('#56b4e9'),
};
