import type { EntityKind } from '../../domain';

/**
 * The graph model of docs/design.md §3 as names: one label per kind of entity, a relationship per link, and the
 * properties the adapter keeps beside the domain fields. cypher/README.md describes the same model; the
 * statement tests lint every statement against these names, so a misspelt label or property fails a test.
 */

export const LABELS: Record<EntityKind, string> = {
  actors: 'Actor',
  partnerships: 'Partnership',
  areas: 'Area',
  themes: 'Theme',
  targetGroups: 'TargetGroup',
};

/** The single node that holds the store revision (and serialises writes: see meta-lock.cypher). */
export const META_LABEL = 'Meta';
/** A write's audit entry, created in its transaction (audit-create.cypher). */
export const AUDIT_LABEL = 'AuditEntry';
export const META_ID = 'network';

export const RELATIONSHIP_TYPES = [
  'PARTICIPATES_IN', // (Actor)-[{role, ord, evidence?, provenance?}]->(Partnership)
  'IN_AREA', // (Partnership)-[{ord, evidence?, provenance?}]->(Area)
  'ON_THEME', // (Partnership)-[{ord}]->(Theme)
  'FOR_GROUP', // (Partnership)-[{targeted?, reached?, ord}]->(TargetGroup)
  'BASED_IN', // (Actor)->(Area): the actor's homeAreaId
  'PART_OF', // (Area)->(Area): the area's parentId
] as const;

/**
 * The domain fields each label keeps as node properties (lists and links are relationships), in the order a
 * by-id statement projects them: the test doubles of the driver (test/store/neo4j) read these too.
 */
export const NODE_FIELDS = {
  Actor: [
    'id',
    'name',
    'acronym',
    'sector',
    'kind',
    'description',
    'website',
    'contact',
    'tags',
    'identifiers', // as 'SCHEME:id' strings (formatIdentifier): a property cannot hold maps
    'source',
    'source',
    'provenance',
  ],
  Partnership: [
    'id',
    'title',
    'kind',
    'startDate',
    'endDate',
    'description',
    'source',
    'currency',
    'totalCommitment',
    'totalDisbursement',
    'provenance',
    'tags',
    'startDatePrecision',
    'endDatePrecision',
    'startDateProvenance',
    'endDateProvenance',
  ],
  Area: [
    'id',
    'name',
    'altName',
    'alternativeNames',
    'level',
    'population',
    'childPopulation',
    'populationSource',
    'source',
  ],
} as const;

/** Every property key a statement may read or write, domain fields and derived ones alike. */
export const PROPERTY_KEYS = [
  ...new Set([...NODE_FIELDS.Actor, ...NODE_FIELDS.Partnership, ...NODE_FIELDS.Area]),
  // derived, written with every record (records.ts)
  'sortName', // foldText(name or title): the NAME/TITLE sort key and the text filter
  'foldedAcronym', // foldText(acronym): the actor text filter also looks at the acronym
  'identifierKeys', // identifierKey of each identifier: what the actor identifiers filter compares
  'startSort', // a partnership's startDate as 'YYYY-MM-DD', '' when undated: the START_DATE sort key
  'evidence', // provenance.evidence of an actor, partnership, participation or area link: the evidence filter
  'searchText', // searchText(searchableNames(...)): what the full-text index holds
  'searchNames', // each searchable name's words joined by spaces, primary first: search's score
  // relationships
  'role',
  'ord', // position of the link in the record's list, so lists come back in the order written
  'targeted',
  'reached',
  // the Meta node
  'revision',
  '_lock',
  // :AuditEntry nodes (revision, as the Meta node's)
  'record',
];

/** The full-text index over searchText of every label (schema-fulltext-search.cypher). */
export const SEARCH_INDEX = 'network_search';
