import { parseIdentifier, type OrganisationIdentifier } from '../../domain';
import type { Origin } from './draft';
import { headerKey, isBlank, listCell, numberCell, readSheet, type SheetRow } from './table';
import type { ImportFile, Location, Problems } from './report';

/** A column of a CSV file: its header (as documented) and the record field it fills. */
export interface ColumnSpec {
  header: string;
  field: string;
  required?: boolean;
}

/**
 * A CSV file with a header row, read by header name (case, spaces, `_` and `-` ignored). Missing required
 * columns are errors at row 1; unknown columns are warnings (ignored), so a typo never passes silently.
 */
export class Sheet {
  rows: SheetRow[];
  private readonly index = new Map<string, number>();
  /** The header of each field as the user wrote it, for problem locations. */
  readonly columns: Record<string, string> = {};

  private constructor(
    readonly file: string,
    header: SheetRow,
    rows: SheetRow[],
    specs: readonly ColumnSpec[],
    problems: Problems,
  ) {
    this.rows = rows.filter((r) => !isBlank(r));
    const byKey = new Map(specs.map((s) => [headerKey(s.header), s]));
    header.cells.forEach((text, i) => {
      const spec = byKey.get(headerKey(text));
      if (!spec) {
        if (text !== '') problems.warn({ file, row: 1, column: text }, 'unknown column, ignored');
        return;
      }
      this.index.set(spec.field, i);
      this.columns[spec.field] = text;
    });
    let complete = true;
    for (const spec of specs) {
      if (!this.columns[spec.field]) this.columns[spec.field] = spec.header;
      if (spec.required && !this.index.has(spec.field)) {
        problems.error({ file, row: 1, column: spec.header }, 'required column is missing');
        complete = false;
      }
    }
    // Without a required column every row would repeat the header's problem: the header is reported alone.
    if (!complete) this.rows = [];
    // A cell past the last column belongs to no column: it would be dropped without a word (a comma in a
    // name written without quotes shifts every later cell).
    for (const row of this.rows)
      if (row.cells.slice(header.cells.length).some((cell) => cell !== ''))
        problems.error(
          { file, row: row.row },
          `has ${row.cells.length} cells, the header ${header.cells.length}: is there a comma in a cell without quotes around it?`,
        );
  }

  /** The sheet, or undefined when the file is not CSV or has no header (both reported). */
  static read(file: ImportFile, specs: readonly ColumnSpec[], problems: Problems): Sheet | undefined {
    const rows = readSheet(file, problems);
    if (!rows) return undefined;
    const [header, ...data] = rows;
    if (!header || isBlank(header)) {
      problems.error({ file: file.name, row: 1 }, 'the first row must be the header');
      return undefined;
    }
    return new Sheet(file.name, header, data, specs, problems);
  }

  has(field: string): boolean {
    return this.index.has(field);
  }

  /** The trimmed cell of a field in a row ('' when empty or when the column is absent). */
  cell(row: SheetRow, field: string): string {
    const i = this.index.get(field);
    return i === undefined ? '' : (row.cells[i] ?? '');
  }

  /** The cell, or undefined when empty: an empty cell means "no value". */
  optional(row: SheetRow, field: string): string | undefined {
    const text = this.cell(row, field);
    return text === '' ? undefined : text;
  }

  /** A count cell as a number; text that is not a number is reported and left out. */
  count(row: SheetRow, field: string, problems: Problems): number | undefined {
    const value = numberCell(this.cell(row, field));
    if (value !== 'invalid') return value;
    problems.error(this.at(row, field), `must be a whole number ≥ 0, not "${this.cell(row, field)}"`);
    return undefined;
  }

  /** An amount of money (1,200.50): text that is not a number is reported and left out. */
  amount(row: SheetRow, field: string, problems: Problems): number | undefined {
    const value = numberCell(this.cell(row, field));
    if (value !== 'invalid') return value;
    problems.error(this.at(row, field), `must be a number, not "${this.cell(row, field)}"`);
    return undefined;
  }

  /** Organisation identifiers, `SCHEME:id` separated by `;` (IATI:GB-CHC-1089464); a malformed one is reported. */
  identifiers(row: SheetRow, field: string, problems: Problems): OrganisationIdentifier[] | undefined {
    const identifiers: OrganisationIdentifier[] = [];
    for (const text of listCell(this.cell(row, field))) {
      const identifier = parseIdentifier(text);
      if (identifier) identifiers.push(identifier);
      else
        problems.error(
          this.at(row, field),
          `"${text}" is not an identifier: write SCHEME:id, e.g. IATI:GB-CHC-1089464 (scheme in capitals)`,
        );
    }
    return identifiers.length > 0 ? identifiers : undefined;
  }

  at(row: SheetRow, field: string): Location {
    return { file: this.file, row: row.row, column: this.columns[field] ?? field };
  }

  /** The origin of a record read from a row; `fields` maps record fields to this sheet's fields. */
  origin(row: SheetRow, fields: Readonly<Record<string, string>>): Origin {
    return { file: this.file, row: row.row, columns: this.columnsOf(fields) };
  }

  private readonly columnMaps = new Map<Readonly<Record<string, string>>, Record<string, string>>();

  /** Record field → column header, computed once per mapping (an import may have millions of rows). */
  private columnsOf(fields: Readonly<Record<string, string>>): Record<string, string> {
    let columns = this.columnMaps.get(fields);
    if (!columns) {
      columns = Object.fromEntries(Object.entries(fields).map(([f, col]) => [f, this.columns[col] ?? col]));
      this.columnMaps.set(fields, columns);
    }
    return columns;
  }
}
