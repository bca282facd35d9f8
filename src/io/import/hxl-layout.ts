import type { Role } from '../../domain';
import { HXL_ORG_ROLES } from './mappings';
import type { Problems } from './report';
import { isBlank, type SheetRow } from './table';

/*
 * The hashtag row of an HXL sheet, read as what the importer does with each column (hxl.ts reads the rows).
 */

/** A hashtag cell parsed: `#org +impl` → {tag: 'org', attributes: {impl}, text: '#org+impl'}. */
interface Hashtag {
  tag: string;
  attributes: Set<string>;
  text: string;
}

export function parseHashtag(cell: string): Hashtag | undefined {
  const text = cell.replace(/\s+/g, '').toLowerCase();
  const match = /^#([a-z][a-z0-9_]*)((?:\+[a-z][a-z0-9_]*)*)$/.exec(text);
  if (!match) return undefined;
  return { tag: match[1]!, attributes: new Set(match[2]!.split('+').filter(Boolean)), text };
}

/** The hashtag row: the first (of the first 25) whose non-blank cells are all hashtags. */
export function findHashtagRow(rows: SheetRow[]): number {
  return rows
    .slice(0, 25)
    .findIndex((r) => !isBlank(r) && r.cells.every((c) => c === '' || parseHashtag(c) !== undefined));
}

/** What the importer does with each column of the sheet. */
export interface Layout {
  /** `assumed`: the column's attributes name no role, so its organisations are taken as LEAD. */
  orgs: {
    index: number;
    role: Role;
    assumed: boolean;
    tag: string;
    typeIndex?: number;
    codeIndex?: number;
  }[];
  sectors: number[];
  adm1?: number;
  adm2?: number;
  country?: number;
  counts: { index: number; field: 'targeted' | 'reached'; attributes: string[]; tag: string }[];
  /** Columns whose cells say whom a row's counts are for ("Female", "adolescents"): one row per group. */
  disaggregation: number[];
  start?: number;
  end?: number;
  title?: number;
  code?: number;
  description?: number;
  kind?: number;
  tags: string[];
}

const IGNORED_ORG_ATTRIBUTES = ['id', 'acronym'];

export function layoutOf(
  tags: (Hashtag | undefined)[],
  problems: Problems,
  file: string,
  row: number,
): Layout {
  const layout: Layout = {
    orgs: [],
    sectors: [],
    counts: [],
    disaggregation: [],
    tags: tags.map((t) => t?.text ?? ''),
  };
  const typeColumns: { index: number; attributes: Set<string> }[] = [];
  tags.forEach((t, index) => {
    if (!t) return;
    const has = (a: string) => t.attributes.has(a);
    const ignore = () => problems.warn({ file, row, column: t.text }, 'column ignored');
    switch (t.tag) {
      case 'org':
        if (has('type') || has('code')) typeColumns.push({ index, attributes: t.attributes });
        else if (IGNORED_ORG_ATTRIBUTES.some(has)) ignore();
        else {
          const role = [...t.attributes].map((a) => HXL_ORG_ROLES[a]).find((r) => r !== undefined);
          layout.orgs.push({ index, role: role ?? 'LEAD', assumed: role === undefined, tag: t.text });
        }
        return;
      case 'sector':
        if (has('code')) ignore();
        else layout.sectors.push(index);
        return;
      case 'adm1':
      case 'adm2':
      case 'country':
      case 'adm0':
        if (has('code')) return ignore();
        layout[t.tag === 'adm0' ? 'country' : t.tag] ??= index;
        return;
      case 'targeted':
      case 'reached':
        layout.counts.push({ index, field: t.tag, attributes: [...t.attributes], tag: t.text });
        return;
      case 'group':
      case 'sex':
      case 'age':
        layout.disaggregation.push(index);
        return;
      case 'meta':
        if (has('sex') || has('age') || has('group')) layout.disaggregation.push(index);
        else ignore();
        return;
      case 'date':
        if (has('start')) layout.start ??= index;
        else if (has('end')) layout.end ??= index;
        else ignore();
        return;
      case 'activity':
        if (has('code') || has('id')) layout.code ??= index;
        else if (has('description')) layout.description ??= index;
        else if (has('type')) layout.kind ??= index;
        else layout.title ??= index;
        return;
      default:
        ignore();
    }
  });
  // #org+type+impl gives the type of the #org+impl organisations, a bare #org+type that of the bare #org;
  // #org+code+impl their identifiers likewise.
  for (const column of typeColumns) {
    const field = column.attributes.has('type') ? 'typeIndex' : 'codeIndex';
    const rest = [...column.attributes]
      .filter((a) => a !== 'type' && a !== 'code')
      .sort()
      .join('+');
    for (const org of layout.orgs) {
      const orgAttributes = [...parseHashtag(layout.tags[org.index]!)!.attributes].sort().join('+');
      if (orgAttributes === rest) org[field] = column.index;
    }
  }
  if (layout.orgs.length === 0)
    problems.error({ file, row, column: '#org' }, 'an HXL 3W sheet needs an #org column');
  return layout;
}
