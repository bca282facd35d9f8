import { type EntityKind } from '../../domain';
import type { DraftRecord, Origin } from './draft';
import { deriveId } from './ids';
import type { Problems } from './report';
import type { Sheet } from './sheet';
import { enumCell, listCell, type SheetRow } from './table';
import { GROUP_LIST_FIELDS, PARTNERSHIP_FIELDS } from './csv-spec';

/* How the rows of the CSV files become record values: cells copied, provenance read, partnerships assembled. */

/** Fields of a row copied as text; an empty cell is no value, except for names and titles, which must not be empty. */
export function copy(sheet: Sheet, row: SheetRow, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((f) => [f, f === 'name' || f === 'title' ? sheet.cell(row, f) : sheet.optional(row, f)]),
  );
}

/**
 * The provenance a row gives (its `evidence`, `quote`, `reason` and, with `ownSource`, `source` columns; with
 * `of`, a date's: `startDateEvidence`…), or undefined when its evidence is empty: the record is then
 * documented by its source, and a part shares its record's provenance.
 */
export function provenanceOf(
  sheet: Sheet,
  row: SheetRow,
  { ownSource = false, of = '' }: { ownSource?: boolean; of?: 'startDate' | 'endDate' | '' } = {},
): Record<string, unknown> | undefined {
  const column = (part: string) => (of ? `${of}${part[0]!.toUpperCase()}${part.slice(1)}` : part);
  const evidence = sheet.optional(row, column('evidence'));
  if (evidence === undefined) return undefined;
  return {
    evidence: enumCell(evidence),
    ...(ownSource ? { source: sheet.optional(row, 'source') } : {}),
    quote: sheet.optional(row, column('quote')),
    reason: sheet.optional(row, column('reason')),
  };
}

/**
 * A partnership being assembled from its row and the rows of participants.csv, partnership-areas.csv and
 * partnership-groups.csv.
 */
export interface PartnershipRows {
  draft: DraftRecord;
  areaIds: string[];
  areaProvenance: Record<string, unknown>[];
  areaOrigins: Origin[];
  participants: Record<string, unknown>[];
  participantOrigins: Origin[];
  targetGroups: Record<string, unknown>[];
  groupOrigins: Origin[];
}

export type Resolve = (
  kind: EntityKind,
  what: string,
  sheet: Sheet,
  row: SheetRow,
  field: string,
  ref: string,
) => string | undefined;

const precision = (text: string | undefined) => (text === undefined ? undefined : enumCell(text));

export function readPartnerships(
  sheet: Sheet | undefined,
  resolve: Resolve,
  problems: Problems,
): Map<string, PartnershipRows> {
  const out = new Map<string, PartnershipRows>();
  const fields = sheet?.has('id') ? PARTNERSHIP_FIELDS : { ...PARTNERSHIP_FIELDS, id: 'title' };
  for (const row of sheet?.rows ?? []) {
    const id = sheet!.optional(row, 'id') ?? deriveId(sheet!.cell(row, 'title'));
    const refs = (kind: EntityKind, what: string, field: string) =>
      listCell(sheet!.cell(row, field))
        .map((ref) => resolve(kind, what, sheet!, row, field, ref))
        .filter((x) => x !== undefined);
    const participants: Record<string, unknown>[] = [];
    const participantOrigins: Origin[] = [];
    // Groups listed in the row itself have no counts; partnership-groups.csv rows add counted ones.
    const targetGroups: Record<string, unknown>[] = refs('targetGroups', 'target group', 'targetGroups').map(
      (g) => ({ targetGroupId: g }),
    );
    const groupOrigins: Origin[] = targetGroups.map(() => sheet!.origin(row, GROUP_LIST_FIELDS));
    const areaIds = refs('areas', 'area', 'areas');
    const areaProvenance: Record<string, unknown>[] = [];
    const areaOrigins: Origin[] = [];
    const origin = sheet!.origin(row, fields);
    const record: PartnershipRows = {
      draft: {
        value: {
          ...copy(sheet!, row, ['title', 'startDate', 'endDate', 'description', 'source']),
          id,
          kind: enumCell(sheet!.cell(row, 'kind')),
          areaIds,
          themeIds: refs('themes', 'theme', 'themes'),
          participants,
          targetGroups,
          currency: sheet!.optional(row, 'currency')?.toUpperCase(),
          totalCommitment: sheet!.amount(row, 'totalCommitment', problems),
          totalDisbursement: sheet!.amount(row, 'totalDisbursement', problems),
          provenance: provenanceOf(sheet!, row),
          tags: listCell(sheet!.cell(row, 'tags')),
          startDatePrecision: precision(sheet!.optional(row, 'startDatePrecision')),
          endDatePrecision: precision(sheet!.optional(row, 'endDatePrecision')),
          startDateProvenance: provenanceOf(sheet!, row, { of: 'startDate' }),
          endDateProvenance: provenanceOf(sheet!, row, { of: 'endDate' }),
          areaProvenance,
        },
        origin: {
          ...origin,
          parts: {
            participants: participantOrigins,
            targetGroups: groupOrigins,
            areaProvenance: areaOrigins,
          },
        },
      },
      areaIds,
      areaProvenance,
      areaOrigins,
      participants,
      participantOrigins,
      targetGroups,
      groupOrigins,
    };
    if (out.has(id)) {
      // Kept as a second draft so validation reports the duplicate at this row.
      out.set(`${id}\u0000${row.row}`, record);
      continue;
    }
    out.set(id, record);
  }
  return out;
}
