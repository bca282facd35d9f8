import { parse } from 'csv-parse/sync';
import { foldText } from '../../domain';
import type { ImportFile, Problems } from './report';

/** A data row of a sheet: its cells, and its spreadsheet row number (the header is row 1). */
export interface SheetRow {
  row: number;
  cells: string[];
}

/**
 * The rows of a CSV file as a spreadsheet shows them: row numbers count every record, header included
 * (a cell spanning lines is still one row). A file that is not valid CSV is reported and gives no rows.
 * A UTF-8 byte-order mark (Excel's "CSV UTF-8") is ignored.
 */
export function readSheet(file: ImportFile, problems: Problems): SheetRow[] | undefined {
  try {
    const records = parse(file.content, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
    return records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
  } catch (error) {
    problems.error({ file: file.name }, `cannot read CSV: ${(error as Error).message}`);
    return undefined;
  }
}

/** True for a row with no value at all (a spreadsheet's blank line): skipped, but still counted. */
export function isBlank(row: SheetRow): boolean {
  return row.cells.every((c) => c === '');
}

/** A header as a key: case, accents, spaces, `_` and `-` ignored ("Start date", "start_date", "startDate"). */
export function headerKey(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '');
}

/** The items of a list cell: `;` or `|` separated, trimmed, blanks dropped. */
export function listCell(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** An enum value as users type it ("Private sector", "private-sector") in our spelling (PRIVATE_SECTOR). */
export function enumCell(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * A count cell: digits with optional thousands separators ("1,200", "1 200") become a number (zod then
 * checks it is whole and ≥ 0); anything else is reported by the caller. Empty → undefined.
 */
export function numberCell(text: string): number | undefined | 'invalid' {
  if (text === '') return undefined;
  const cleaned = text.replace(/[\s,'’]/g, '');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : 'invalid';
}
