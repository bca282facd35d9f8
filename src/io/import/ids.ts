import { createHash } from 'node:crypto';
import { foldText, slugify } from '../../domain';

const MAX_ID = 100;

/** A short, stable hash of text (8 hex digits). */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * A deterministic id for a record whose source has none: the slug of its parts (accents and case ignored,
 * so "Pejë" and "PEJE" give the same id). Never empty: text with no letter or digit (e.g. only Cyrillic
 * after folding) falls back to a hash of the folded text; ids longer than 100 characters are cut and end in
 * a hash of the whole, so two long names never collide.
 */
export function deriveId(...parts: (string | undefined)[]): string {
  const text = parts.filter((p) => p !== undefined && p.trim() !== '').join(' ');
  const full = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full === '') return `x-${shortHash(foldText(text))}`;
  if (full.length <= MAX_ID) return full;
  return `${slugify(full.slice(0, MAX_ID - 9))}-${shortHash(full)}`;
}
