import type { ActorView } from '../../analytics/views/actor-view';
import { EDGE_COLUMNS, nodeColumns, type Column, type ExportOptions } from './columns';

/**
 * A field as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, a quote or a line break.
 * A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`: spreadsheets
 * would run it as a formula (a name like `=HYPERLINK(...)` typed into the API by anyone with a writer key).
 * Numbers are numbers, never formulas, so `-2` stays as it is.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;

const csvLine = (fields: readonly (string | number | undefined)[]) => `${fields.map(csvField).join(',')}\r\n`;

function* table<T>(key: Column<T>[], columns: readonly Column<T>[], items: readonly T[]): Generator<string> {
  const all = [...key, ...columns];
  yield csvLine(all.map((c) => c.name));
  for (const item of items) yield csvLine(all.map((c) => c.value(item)));
}

/** nodes.csv of the view (RFC 4180, CRLF, a header): id, then the columns of every export; no value is empty. */
export function csvNodes(view: ActorView, options: ExportOptions): Generator<string> {
  const id: Column<ActorView['nodes'][number]> = { name: 'id', type: 'string', value: (n) => n.actor.id };
  return table([id], nodeColumns(view, options), view.nodes);
}

/** edges.csv of the view: source and target ids, weight, partnerships, kinds (joined by ';'). */
export function csvEdges(view: ActorView): Generator<string> {
  const ends: Column<ActorView['edges'][number]>[] = [
    { name: 'source', type: 'string', value: (e) => e.source },
    { name: 'target', type: 'string', value: (e) => e.target },
  ];
  return table(ends, EDGE_COLUMNS, view.edges);
}
