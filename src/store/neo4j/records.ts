import neo4j, { isDate, isInt, type Integer } from 'neo4j-driver';
import {
  foldText,
  formatIdentifier,
  identifierKey,
  parseIdentifier,
  type Actor,
  type Area,
  type EntityKind,
  type EntityOf,
  type OrganisationIdentifier,
  type Partnership,
  type TargetGroup,
  type Theme,
} from '../../domain';
import { searchText, searchWords, searchableNames } from '../listing/search';

/**
 * Node ↔ domain conversion, the one place that knows how a record is laid out in the graph
 * (graph-model.ts names the pieces). Values cross the boundary here:
 * - integers: the driver runs with `disableLosslessIntegers` so reads give JS numbers, but a JS number sent
 *   as a parameter is a Float on the wire, so counts, positions and LIMITs are sent as `neo4j.int`;
 *   `toNumber` still accepts an Integer in case a value ever arrives lossless;
 * - dates: stored as Neo4j DATE values (so asOf compares dates), read back as 'YYYY-MM-DD';
 * - absent fields: Neo4j has no null properties, so an absent field is an absent property and a null read
 *   back becomes an absent field (never `null`, never `undefined` as a key);
 * - lists: `tags` is stored only when non-empty (read back as []); link lists are relationships carrying
 *   their position `ord`, so they come back in the order written;
 * - provenance: a map, which Neo4j cannot store as a property, so it is kept as JSON text; its `evidence`
 *   is also a property of its own, which the listing statements filter on.
 */

/** A JS number from a driver integer (number, Integer or bigint). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isInt(value)) return (value as Integer).toNumber();
  throw new TypeError(`expected an integer from Neo4j, got ${describe(value)}`);
}

/**
 * 'YYYY-MM-DD' → a Neo4j DATE value for a parameter. Impossible dates are refused here: the driver only
 * range-checks the day (1..31) and sends a DATE as days since the epoch, so "2023-02-30" would reach
 * Neo4j as 2023-03-02 and silently shift an asOf comparison.
 */
export function isoToDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const calendar = new globalThis.Date(0);
  calendar.setUTCFullYear(year, month - 1, day);
  if (
    !match ||
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  )
    throw new TypeError(`expected an ISO date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return new neo4j.types.Date(year, month, day);
}

/** A Neo4j DATE value → 'YYYY-MM-DD' (built here, not by the driver's toString, so the format is ours). */
export function dateToIso(value: unknown): string {
  if (!isDate(value)) throw new TypeError(`expected a DATE from Neo4j, got ${describe(value)}`);
  const pad = (n: unknown, width: number) => String(toNumber(n)).padStart(width, '0');
  return `${pad(value.year, 4)}-${pad(value.month, 2)}-${pad(value.day, 2)}`;
}

/** An integer parameter: JS numbers would go over the wire as floats (and LIMIT refuses a float). */
export function int(value: number): Integer {
  return neo4j.int(value);
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' ? value.constructor.name : typeof value;
}

/** A row read from Neo4j: property values, null for a missing property. */
type Row = Record<string, unknown>;

/** Copies `row[key]` into `out` when it is there; null (Neo4j's "no such property") stays absent. */
function optionalField<T>(
  out: Record<string, unknown>,
  key: string,
  value: unknown,
  convert?: (v: unknown) => T,
) {
  if (value !== null && value !== undefined) out[key] = convert ? convert(value) : value;
}

const asString = (v: unknown): string => {
  if (typeof v !== 'string') throw new TypeError(`expected a string from Neo4j, got ${describe(v)}`);
  return v;
};

/** A provenance kept as JSON text (see toNodeProps). */
const fromJson = (v: unknown): unknown => JSON.parse(asString(v));

/** Provenance as properties: its JSON text, and its evidence on its own for the filters. */
export function provenanceProps(provenance: { evidence: string } | undefined) {
  return provenance === undefined
    ? { evidence: undefined, provenance: undefined }
    : { evidence: provenance.evidence, provenance: JSON.stringify(provenance) };
}

/** Links come back unordered from the graph; `ord` puts them back in the order they were written. */
function inOrder<T extends { ord: unknown }>(links: unknown): T[] {
  return [...((links ?? []) as T[])].sort((a, b) => toNumber(a.ord) - toNumber(b.ord));
}

// Keys are added in the order of the domain schemas, so records read back print like the ones written.

export function actorFromRow(row: Row): Actor {
  const out: Record<string, unknown> = { id: asString(row.id), name: asString(row.name) };
  optionalField(out, 'acronym', row.acronym, asString);
  out.sector = row.sector;
  out.kind = row.kind;
  optionalField(out, 'description', row.description, asString);
  optionalField(out, 'website', row.website, asString);
  optionalField(out, 'homeAreaId', row.homeAreaId, asString);
  optionalField(out, 'contact', row.contact, asString);
  out.tags = ((row.tags ?? []) as unknown[]).map(asString);
  optionalField(out, 'identifiers', row.identifiers, identifiersFromProperty);
  optionalField(out, 'source', row.source, asString);
  optionalField(out, 'provenance', row.provenance, fromJson);
  return out as Actor;
}

/** The `identifiers` property ('SCHEME:id' strings) as the domain's list. */
export function identifiersFromProperty(value: unknown): OrganisationIdentifier[] {
  return (value as unknown[]).map((text) => {
    const identifier = parseIdentifier(asString(text));
    if (!identifier)
      throw new TypeError(`expected an identifier "SCHEME:id" from Neo4j, got "${String(text)}"`);
    return identifier;
  });
}

export function partnershipFromRow(row: Row): Partnership {
  const out: Record<string, unknown> = { id: asString(row.id), title: asString(row.title), kind: row.kind };
  optionalField(out, 'startDate', row.startDate, dateToIso);
  optionalField(out, 'endDate', row.endDate, dateToIso);
  optionalField(out, 'description', row.description, asString);
  out.participants = inOrder<{ actorId: unknown; role: unknown; ord: unknown; provenance?: unknown }>(
    row.participants,
  ).map((x) => {
    const part: Record<string, unknown> = { actorId: asString(x.actorId), role: x.role };
    optionalField(part, 'provenance', x.provenance, fromJson);
    return part;
  });
  const areaLinks = inOrder<{ id: unknown; ord: unknown; provenance?: unknown }>(row.areaIds);
  out.areaIds = areaLinks.map((x) => asString(x.id));
  out.themeIds = inOrder<{ id: unknown; ord: unknown }>(row.themeIds).map((x) => asString(x.id));
  out.targetGroups = inOrder<{ targetGroupId: unknown; targeted: unknown; reached: unknown; ord: unknown }>(
    row.targetGroups,
  ).map((t) => {
    const reach: Record<string, unknown> = { targetGroupId: asString(t.targetGroupId) };
    optionalField(reach, 'targeted', t.targeted, toNumber);
    optionalField(reach, 'reached', t.reached, toNumber);
    return reach;
  });
  optionalField(out, 'source', row.source, asString);
  optionalField(out, 'currency', row.currency, asString);
  optionalField(out, 'totalCommitment', row.totalCommitment, toNumber);
  optionalField(out, 'totalDisbursement', row.totalDisbursement, toNumber);
  optionalField(out, 'provenance', row.provenance, fromJson);
  if (Array.isArray(row.tags) && row.tags.length > 0) out.tags = (row.tags as unknown[]).map(asString);
  optionalField(out, 'startDatePrecision', row.startDatePrecision, asString);
  optionalField(out, 'endDatePrecision', row.endDatePrecision, asString);
  optionalField(out, 'startDateProvenance', row.startDateProvenance, fromJson);
  optionalField(out, 'endDateProvenance', row.endDateProvenance, fromJson);
  const areaProvenance = areaLinks.flatMap((x) =>
    x.provenance === null || x.provenance === undefined
      ? []
      : [{ areaId: asString(x.id), provenance: fromJson(x.provenance) }],
  );
  if (areaProvenance.length > 0) out.areaProvenance = areaProvenance;
  return out as Partnership;
}

export function areaFromRow(row: Row): Area {
  const out: Record<string, unknown> = { id: asString(row.id), name: asString(row.name) };
  optionalField(out, 'altName', row.altName, asString);
  if (Array.isArray(row.alternativeNames)) out.alternativeNames = row.alternativeNames.map(asString);
  out.level = row.level;
  optionalField(out, 'parentId', row.parentId, asString);
  optionalField(out, 'population', row.population, toNumber);
  optionalField(out, 'childPopulation', row.childPopulation, toNumber);
  optionalField(out, 'populationSource', row.populationSource, asString);
  optionalField(out, 'source', row.source, asString);
  return out as Area;
}

export function termFromRow(row: Row): Theme | TargetGroup {
  const out: Record<string, unknown> = { id: asString(row.id), name: asString(row.name) };
  optionalField(out, 'description', row.description, asString);
  optionalField(out, 'source', row.source, asString);
  return out as Theme;
}

export const FROM_ROW: { [K in EntityKind]: (row: Row) => EntityOf[K] } = {
  actors: actorFromRow,
  partnerships: partnershipFromRow,
  areas: areaFromRow,
  themes: termFromRow,
  targetGroups: termFromRow,
};

/** Drops undefined values: `SET n = props` then stores exactly the fields that are there. */
function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

/** The derived properties every node has: sort key, what the full-text index holds, and search's names. */
function derived<K extends EntityKind>(kind: K, record: EntityOf[K], primary: string) {
  const names = searchableNames(kind, record);
  return {
    sortName: foldText(primary),
    searchText: searchText(names),
    searchNames: names.map((name) => searchWords(name).join(' ')),
  };
}

/**
 * A record as node properties for `SET n = props` (links are relationships: see linksOf). Every property
 * the node should have is here; SET with a map removes the ones left out, so an upsert replaces the record.
 */
export function toNodeProps<K extends EntityKind>(kind: K, record: EntityOf[K]): Record<string, unknown> {
  const k: EntityKind = kind;
  switch (k) {
    case 'actors': {
      const a = record as Actor;
      return defined({
        id: a.id,
        name: a.name,
        acronym: a.acronym,
        sector: a.sector,
        kind: a.kind,
        description: a.description,
        website: a.website,
        contact: a.contact,
        tags: a.tags.length > 0 ? [...a.tags] : undefined,
        identifiers: a.identifiers?.map(formatIdentifier),
        source: a.source,
        ...provenanceProps(a.provenance),
        ...derived(kind, record, a.name),
        foldedAcronym: a.acronym === undefined ? undefined : foldText(a.acronym),
        identifierKeys: a.identifiers?.map(identifierKey),
      });
    }
    case 'partnerships': {
      const p = record as Partnership;
      return defined({
        id: p.id,
        title: p.title,
        kind: p.kind,
        startDate: p.startDate === undefined ? undefined : isoToDate(p.startDate),
        endDate: p.endDate === undefined ? undefined : isoToDate(p.endDate),
        description: p.description,
        source: p.source,
        currency: p.currency,
        totalCommitment: p.totalCommitment,
        totalDisbursement: p.totalDisbursement,
        ...provenanceProps(p.provenance),
        tags: p.tags && p.tags.length > 0 ? [...p.tags] : undefined,
        startDatePrecision: p.startDatePrecision,
        endDatePrecision: p.endDatePrecision,
        startDateProvenance: p.startDateProvenance && JSON.stringify(p.startDateProvenance),
        endDateProvenance: p.endDateProvenance && JSON.stringify(p.endDateProvenance),
        ...derived(kind, record, p.title),
        startSort: p.startDate ?? '',
      });
    }
    case 'areas': {
      const a = record as Area;
      return defined({
        id: a.id,
        name: a.name,
        altName: a.altName,
        alternativeNames: a.alternativeNames?.length ? [...a.alternativeNames] : undefined,
        level: a.level,
        population: a.population === undefined ? undefined : int(a.population),
        childPopulation: a.childPopulation === undefined ? undefined : int(a.childPopulation),
        populationSource: a.populationSource,
        source: a.source,
        ...derived(kind, record, a.name),
      });
    }
    case 'themes':
    case 'targetGroups': {
      const t = record as Theme;
      return defined({
        id: t.id,
        name: t.name,
        description: t.description,
        source: t.source,
        ...derived(kind, record, t.name),
      });
    }
  }
}
