/**
 * Folds text for matching and sorting: lower case, accents removed ("Pejë" → "peje", "Đakovica" →
 * "dakovica"), white space collapsed. Both stores sort and search on this key so that their orders agree.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Makes a slug id from free text: folded, non-alphanumerics to single hyphens ("Syri i Vizionit" → "syri-i-vizionit"). */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
