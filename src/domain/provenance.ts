import { z } from 'zod';
import { enumOf } from './enums';
import { IdSchema, SourceSchema, TEXT_LIMITS, optional } from './fields';

/**
 * How a fact is known. DOCUMENTED: a source says it. INFERRED: read from a source that does not say it in
 * so many words (the reason says how). ILLUSTRATIVE: made up to show what such a fact looks like; analytics
 * leave it out unless asked (DEFAULT_EVIDENCE).
 */
export const EVIDENCE = ['DOCUMENTED', 'INFERRED', 'ILLUSTRATIVE'] as const;
export const EvidenceSchema = enumOf(EVIDENCE);
export type Evidence = z.infer<typeof EvidenceSchema>;

/** What every query, analytic, view and export looks at when its filter names no evidence. */
export const DEFAULT_EVIDENCE: readonly Evidence[] = ['DOCUMENTED', 'INFERRED'];

/** How exact a date is: a derived date ("for the past 13 years") is not a day anyone recorded. */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'APPROXIMATE'] as const;
export const DatePrecisionSchema = enumOf(DATE_PRECISIONS);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

const ProvenanceShape = {
  evidence: EvidenceSchema,
  /** The document the fact comes from; absent: the source of the record holding it. */
  source: optional(SourceSchema),
  /** Words of the source that say (or, for INFERRED, suggest) the fact, copied exactly. */
  quote: optional(z.string().trim().min(1).max(TEXT_LIMITS.quote)),
  /** Why an INFERRED fact is read from the quote, or why an ILLUSTRATIVE one is there. */
  reason: optional(z.string().trim().min(1).max(TEXT_LIMITS.reason)),
};

/** Provenance of a record, a participation, an area link or a date. */
export const ProvenanceSchema = z
  .strictObject(ProvenanceShape)
  .refine((p) => p.evidence !== 'INFERRED' || p.reason !== undefined, {
    path: ['reason'],
    error: 'an INFERRED fact needs the reason it is inferred',
  });
export type Provenance = z.output<typeof ProvenanceSchema>;

/** The provenance of one of a partnership's area links (the others share the partnership's own). */
export const AreaProvenanceSchema = z.strictObject({ areaId: IdSchema, provenance: ProvenanceSchema });
export type AreaProvenance = z.output<typeof AreaProvenanceSchema>;

/** A record entered without provenance is taken as documented by whoever entered it, from its `source`. */
const DOCUMENTED: Provenance = Object.freeze({ evidence: 'DOCUMENTED' });

interface WithProvenance {
  provenance?: Provenance;
  source?: string;
}

/** A record's provenance, its `source` standing in for an absent provenance source. */
export function provenanceOf(record: WithProvenance): Provenance {
  return inherit(record.provenance, record);
}

/** A part's provenance (participation, area link, date), falling back to the record's as a whole. */
export function partProvenance(part: Provenance | undefined, record: WithProvenance): Provenance {
  return part ? inherit(part, record) : provenanceOf(record);
}

function inherit(own: Provenance | undefined, record: WithProvenance): Provenance {
  const p = own ?? DOCUMENTED;
  return p.source === undefined && record.source !== undefined ? { ...p, source: record.source } : p;
}

/** The evidence a filter admits: `evidence` when given, DEFAULT_EVIDENCE when not. */
export function admittedEvidence(evidence: readonly Evidence[] | undefined): readonly Evidence[] {
  return evidence ?? DEFAULT_EVIDENCE;
}

/** True when a record (or part) of this provenance passes `evidence` (undefined: no evidence filter). */
export function admits(
  evidence: readonly Evidence[] | undefined,
  provenance: Provenance | undefined,
): boolean {
  return evidence === undefined || evidence.includes(provenance?.evidence ?? 'DOCUMENTED');
}
