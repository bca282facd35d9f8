import type { ColumnSpec } from './sheet';

/** The CSV files of an import, by name; the header of each is documented in docs/import-export.md "Importing data". */
export const CSV_FILES = {
  'actors.csv': [
    { header: 'id', field: 'id' },
    { header: 'name', field: 'name', required: true },
    { header: 'acronym', field: 'acronym' },
    { header: 'sector', field: 'sector', required: true },
    { header: 'kind', field: 'kind', required: true },
    { header: 'description', field: 'description' },
    { header: 'website', field: 'website' },
    { header: 'contact', field: 'contact' },
    { header: 'home_area', field: 'homeArea' },
    { header: 'tags', field: 'tags' },
    { header: 'identifiers', field: 'identifiers' },
    { header: 'source', field: 'source' },
    ...provenanceColumns(),
  ],
  'partnerships.csv': [
    { header: 'id', field: 'id' },
    { header: 'title', field: 'title', required: true },
    { header: 'kind', field: 'kind', required: true },
    { header: 'start_date', field: 'startDate' },
    { header: 'end_date', field: 'endDate' },
    { header: 'description', field: 'description' },
    { header: 'areas', field: 'areas' },
    { header: 'themes', field: 'themes' },
    { header: 'target_groups', field: 'targetGroups' },
    { header: 'source', field: 'source' },
    ...provenanceColumns(),
    { header: 'tags', field: 'tags' },
    { header: 'start_date_precision', field: 'startDatePrecision' },
    { header: 'end_date_precision', field: 'endDatePrecision' },
    ...provenanceColumns('start_date_', 'startDate'),
    ...provenanceColumns('end_date_', 'endDate'),
    { header: 'currency', field: 'currency' },
    { header: 'total_commitment', field: 'totalCommitment' },
    { header: 'total_disbursement', field: 'totalDisbursement' },
  ],
  'participants.csv': [
    { header: 'partnership', field: 'partnership', required: true },
    { header: 'actor', field: 'actor', required: true },
    { header: 'role', field: 'role', required: true },
    { header: 'source', field: 'source' },
    ...provenanceColumns(),
  ],
  'partnership-areas.csv': [
    { header: 'partnership', field: 'partnership', required: true },
    { header: 'area', field: 'area', required: true },
    { header: 'source', field: 'source' },
    ...provenanceColumns(),
  ],
  'partnership-groups.csv': [
    { header: 'partnership', field: 'partnership', required: true },
    { header: 'target_group', field: 'targetGroup', required: true },
    { header: 'targeted', field: 'targeted' },
    { header: 'reached', field: 'reached' },
  ],
  'areas.csv': [
    { header: 'id', field: 'id' },
    { header: 'name', field: 'name', required: true },
    { header: 'alt_name', field: 'altName' },
    { header: 'level', field: 'level', required: true },
    { header: 'parent', field: 'parent' },
    { header: 'population', field: 'population' },
    { header: 'child_population', field: 'childPopulation' },
    { header: 'source', field: 'source' },
  ],
  'themes.csv': vocabularyColumns(),
  'target-groups.csv': vocabularyColumns(),
} satisfies Record<string, ColumnSpec[]>;
export type CsvFileName = keyof typeof CSV_FILES;

/**
 * How a row's fact is known (the record's provenance; in participants.csv, the participation's; in
 * partnership-areas.csv, the area link's; with a prefix, a date's): `evidence` DOCUMENTED, INFERRED or
 * ILLUSTRATIVE, with the `quote` and `reason`; empty: documented by `source`.
 */
function provenanceColumns(header = '', field = ''): ColumnSpec[] {
  const named = (part: string) => (field ? `${field}${part[0]!.toUpperCase()}${part.slice(1)}` : part);
  return ['evidence', 'quote', 'reason'].map((part) => ({ header: `${header}${part}`, field: named(part) }));
}

function vocabularyColumns(): ColumnSpec[] {
  return [
    { header: 'id', field: 'id' },
    { header: 'name', field: 'name', required: true },
    { header: 'description', field: 'description' },
    { header: 'source', field: 'source' },
  ];
}

// Record field → sheet field, per file: where a problem in a record's field is reported.
export const AREA_FIELDS = {
  id: 'id',
  name: 'name',
  altName: 'altName',
  level: 'level',
  parentId: 'parent',
  population: 'population',
  childPopulation: 'childPopulation',
  source: 'source',
};
export const VOCABULARY_FIELDS = { id: 'id', name: 'name', description: 'description', source: 'source' };
export const ACTOR_FIELDS = {
  id: 'id',
  name: 'name',
  acronym: 'acronym',
  sector: 'sector',
  kind: 'kind',
  description: 'description',
  website: 'website',
  contact: 'contact',
  homeAreaId: 'homeArea',
  tags: 'tags',
  identifiers: 'identifiers',
  source: 'source',
  provenance: 'evidence',
};
export const PARTNERSHIP_FIELDS = {
  id: 'id',
  title: 'title',
  kind: 'kind',
  startDate: 'startDate',
  endDate: 'endDate',
  description: 'description',
  areaIds: 'areas',
  themeIds: 'themes',
  targetGroups: 'targetGroups',
  source: 'source',
  currency: 'currency',
  totalCommitment: 'totalCommitment',
  totalDisbursement: 'totalDisbursement',
  participants: 'title',
  provenance: 'evidence',
  tags: 'tags',
  startDatePrecision: 'startDatePrecision',
  endDatePrecision: 'endDatePrecision',
  startDateProvenance: 'startDateEvidence',
  endDateProvenance: 'endDateEvidence',
};
export const PARTICIPANT_FIELDS = { actorId: 'actor', role: 'role', provenance: 'evidence' };
export const AREA_LINK_FIELDS = { areaId: 'area', provenance: 'evidence' };
export const GROUP_FIELDS = { targetGroupId: 'targetGroup', targeted: 'targeted', reached: 'reached' };
export const GROUP_LIST_FIELDS = { targetGroupId: 'targetGroups' };

export const VOCABULARY_FILES = [
  ['areas.csv', 'areas'],
  ['themes.csv', 'themes'],
  ['target-groups.csv', 'targetGroups'],
] as const;
