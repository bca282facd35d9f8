import { z } from 'zod';
import { ActorKindSchema, SectorSchema } from './enums';
import { OrganisationIdentifierSchema, identifierKey } from './identifier';
import {
  DescriptionSchema,
  IdSchema,
  NameSchema,
  SourceSchema,
  TEXT_LIMITS,
  optional,
  uniqueList,
} from './fields';
import { ProvenanceSchema } from './provenance';

/** An organisation, body or group in the network (docs/design.md §3). The same shape is `ActorInput` and our JSON import row. */
export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  acronym: optional(z.string().trim().min(1).max(TEXT_LIMITS.acronym)),
  sector: SectorSchema,
  kind: ActorKindSchema,
  description: optional(DescriptionSchema),
  website: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  homeAreaId: optional(IdSchema),
  /**
   * How to reach the actor: a person, an email, a phone. Personal data: never searched, never logged, and
   * the API shows it by role (see src/graphql/auth/actor-contact.resolver.ts).
   */
  contact: optional(z.string().trim().min(1).max(TEXT_LIMITS.contact)),
  tags: uniqueList(z.string().trim().min(1).max(TEXT_LIMITS.tag), (tag) => tag, 'tag'),
  /**
   * The organisation's identifiers in registries (IATI organisation identifiers and others): imports match
   * organisations by these before names. Absent when there are none, so records without any stay as they were.
   */
  identifiers: optional(
    uniqueList(OrganisationIdentifierSchema, identifierKey, 'identifier').transform((list) =>
      list.length > 0 ? list : undefined,
    ),
  ),
  source: optional(SourceSchema),
  /** How the actor is known (absent: DOCUMENTED by `source`). */
  provenance: optional(ProvenanceSchema),
});
export type Actor = z.output<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;
