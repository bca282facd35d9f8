import { foldText } from '../../domain';

/**
 * foldText, memoised: listings fold the same names again on every page. Bounded so that a long-running
 * process renaming many records cannot grow it without end.
 */
const foldedCache = new Map<string, string>();
export function folded(text: string): string {
  let result = foldedCache.get(text);
  if (result === undefined) {
    if (foldedCache.size >= 1_000_000) foldedCache.clear();
    foldedCache.set(text, (result = foldText(text)));
  }
  return result;
}
