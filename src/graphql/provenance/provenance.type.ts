import { Arg, Field, ID, ObjectType, registerEnumType, type FieldOptions } from 'type-graphql';
import {
  AreaProvenanceSchema,
  DATE_PRECISIONS,
  EVIDENCE,
  ProvenanceSchema,
  admittedEvidence,
  type Evidence as EvidenceValue,
} from '../../domain';
import { Area } from '../area/area.type';
import { mirrorInputType } from '../write/input-types';

/** type-graphql wants an enum object; the domain's const lists stay the single source of the values. */
export const Evidence = Object.fromEntries(EVIDENCE.map((v) => [v, v])) as { [K in EvidenceValue]: K };
export const DatePrecision = Object.fromEntries(DATE_PRECISIONS.map((v) => [v, v])) as {
  [K in (typeof DATE_PRECISIONS)[number]]: K;
};

registerEnumType(Evidence, {
  name: 'Evidence',
  description:
    'How a fact is known: DOCUMENTED (a source says it), INFERRED (read from a source that does not say it in so ' +
    'many words; `reason` says how) or ILLUSTRATIVE (made up to show what such a fact looks like). Filters leave ' +
    'ILLUSTRATIVE out unless asked.',
  valuesConfig: {
    DOCUMENTED: { description: 'A source says it; `quote` gives its words.' },
    INFERRED: { description: 'Read from a source that does not say it in so many words; `reason` says how.' },
    ILLUSTRATIVE: {
      description: 'Made up to show what such a fact looks like; left out of filters unless asked for.',
    },
  },
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'How exact a date is: the DAY, only its MONTH or YEAR, or APPROXIMATE (derived, e.g. "13 years ago").',
  valuesConfig: {
    DAY: { description: 'The day is known.' },
    MONTH: { description: 'Only the month is known: the date is its first day.' },
    YEAR: { description: 'Only the year is known: the date is its first day.' },
    APPROXIMATE: { description: 'Derived from words such as "13 years ago": about right, not recorded.' },
  },
});

/** What the `evidence` argument of a field reached from a record says: the default of every filter. */
export const EVIDENCE_ARG_DEFAULT = 'default DOCUMENTED and INFERRED; ILLUSTRATIVE only when asked';

/**
 * `evidence` of the fields that reach further records from one (an actor's partners, an area's actors):
 * the same default as every filter, so a navigation never shows what a listing hides.
 */
export const evidenceArg = (what: string) => Arg('evidence', () => [Evidence], evidenceOptions(what));

/** The evidence such a field admits: what it was asked for, or the filters' default. */
export function nestedEvidence(evidence: readonly EvidenceValue[] | null | undefined): EvidenceValue[] {
  return [...admittedEvidence(evidence ?? undefined)];
}

/** The same argument as a field of an argument class (PartnershipPageArgs, AreaActorArgs). */
export const evidenceOptions = (what: string): FieldOptions & { nullable: true } => ({
  nullable: true,
  description: `${what} (${EVIDENCE_ARG_DEFAULT}).`,
});

@ObjectType({ description: 'Where a fact comes from and how it is known.' })
export class Provenance {
  @Field(() => Evidence, { description: 'How the fact is known: documented, inferred or illustrative.' })
  evidence!: EvidenceValue;

  @Field(() => String, {
    nullable: true,
    description: 'The document (a source file name, a URL, an import file).',
  })
  source?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the source that say or suggest the fact, verbatim.',
  })
  quote?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why an INFERRED fact is read from the quote, or why an ILLUSTRATIVE one is there.',
  })
  reason?: string;
}

/** A partnership's link to one of its areas; `area` is resolved from `areaId`. */
@ObjectType({ description: 'A partnership working in an area, with how that is known.' })
export class AreaLink {
  areaId!: string;

  @Field(() => Area, { description: 'The area the partnership works in.' })
  area?: Area;

  @Field(() => Provenance, { description: 'How it is known that the partnership works there.' })
  provenance!: Provenance;
}

export const ProvenanceInput = mirrorInputType(
  'ProvenanceInput',
  ProvenanceSchema,
  {
    evidence: { type: () => Evidence, description: 'How the fact is known.' },
    source: { type: () => String, description: "The document; omitted: the record's own source." },
    quote: { type: () => String, description: 'Words of the source, verbatim.' },
    reason: {
      type: () => String,
      description: 'Required for INFERRED: why the fact is read from the quote.',
    },
  },
  { description: 'How a fact is known. Omitted on a record: DOCUMENTED by its source.' },
);

export const AreaProvenanceInput = mirrorInputType(
  'AreaProvenanceInput',
  AreaProvenanceSchema,
  {
    areaId: { type: () => ID, description: 'The slug of the area, one of the partnership’s areaIds.' },
    provenance: {
      type: () => ProvenanceInput,
      description: 'How it is known that the partnership works there.',
    },
  },
  { description: "The provenance of one of a partnership's area links (one of its areaIds)." },
);
