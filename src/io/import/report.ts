import { ValidationError, type EntityKind, type Issue } from '../../domain';
import type { KindCounts } from '../../store/network-store';
import type { ActorMerge } from './merge-actors';

/** The file formats `importNetwork` reads (docs/design.md §6). */
export const IMPORT_FORMATS = ['json', 'csv', 'iati', 'hxl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One file to import: its name (which CSV file it is, and how problems name it) and its text. */
export interface ImportFile {
  name: string;
  content: string;
}

/**
 * Where a problem is, the way the user finds it in their file. `row` is the spreadsheet row number (the
 * header is row 1, so the first data row is row 2; in an HXL sheet the hashtag row counts too); XML records
 * are named by `record` (`activity 2 (XM-DAC-41122-KOS-01)`) with the `line` they start on; JSON by `column`
 * alone, a path such as `partnerships[3].endDate`.
 */
export interface Location {
  file: string;
  row?: number;
  line?: number;
  record?: string;
  /** The column (CSV header or HXL hashtag), XML element/attribute or JSON path. */
  column?: string;
}

export interface ImportProblem extends Location {
  message: string;
}

export type { KindCounts } from '../../store/network-store';

/** What an import did (or, in a dry run, would do). Errors are never in a report: they are thrown. */
export interface ImportReport {
  format: ImportFormat;
  dryRun: boolean;
  files: string[];
  /** Data rows (CSV, HXL), activities (IATI) or records (JSON) read. */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  counts: Record<EntityKind, KindCounts>;
  /** Things imported with a caveat (an unmapped sector code, an ignored column); they do not stop the import. */
  warnings: ImportProblem[];
  /** Stored actors the files show to be one organisation: merged when the import was asked to, else proposed. */
  merges: ActorMerge[];
  /** The store revision after the import (unchanged by a dry run or by an import that changes nothing). */
  revision: number;
}

/** A problem's location as one string: `partnerships.csv:row 4:end_date`, `a.xml:activity 2 :title`. */
export function locationPath(location: Location): string {
  const row = location.row !== undefined ? `row ${location.row}` : undefined;
  const record =
    location.record && location.line !== undefined
      ? `${location.record} line ${location.line}`
      : location.record;
  return [location.file, row ?? record, location.column]
    .filter((part) => part !== undefined && part !== '')
    .join(':');
}

/** A problem with only the location fields that are set (callers may pass an origin, which has more). */
function problem({ file, row, line, record, column }: Location, message: string): ImportProblem {
  const location = Object.entries({ row, line, record, column }).filter(([, v]) => v !== undefined);
  return { file, ...Object.fromEntries(location), message };
}

/** Errors and warnings found while reading files, all collected so a user can fix everything at once. */
export class Problems {
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];

  error(location: Location, message: string): void {
    this.errors.push(problem(location, message));
  }

  warn(location: Location, message: string): void {
    this.warnings.push(problem(location, message));
  }

  /**
   * The ValidationError an import with errors throws: one issue per problem, its path naming file, row and
   * column, in file order (file, then row or line), whichever step found it.
   */
  toError(): ValidationError {
    const position = (p: ImportProblem) => p.row ?? p.line ?? 0;
    const ordered = [...this.errors].sort((a, b) =>
      a.file !== b.file ? (a.file < b.file ? -1 : 1) : position(a) - position(b),
    );
    const issues: Issue[] = ordered.map((p) => ({ path: locationPath(p), message: p.message }));
    return new ValidationError(issues, 'import');
  }
}
