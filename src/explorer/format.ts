/** Words and numbers as the explorer shows them. Pure. */

/** Words of enum values that are acronyms and stay in capitals. */
const ACRONYMS = new Set(['NGO', 'INGO', 'UN']);

/** `CIVIL_SOCIETY` → `Civil society`, `UN_AGENCY` → `UN agency`: enum values as people write them. */
export function humanise(value: string): string {
  return value
    .split('_')
    .map((word, i) => {
      if (ACRONYMS.has(word)) return word;
      const lower = word.toLowerCase();
      return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}

/** A metric value short enough for a table cell: integers as they are, others to 3 significant digits. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (Number.isInteger(value)) return value.toLocaleString('en');
  return Math.abs(value) >= 1000
    ? Math.round(value).toLocaleString('en')
    : Number(value.toPrecision(3)).toString();
}

/** `3 actors`, `1 actor`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : nouns}`;
}
