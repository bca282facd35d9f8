/** How a "what if" scenario is marked, shared by the drawing and its checks. Pure. */

/** The ties a scenario would lose, red over the faded rest of the drawing. */
export const LOST_TIE = '#d62728';

/** One key for a tie whichever way round its ends are given. */
export const tieKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
