import { z } from 'zod';

/**
 * Organisation identifiers: the codes registries give an organisation (an IATI organisation identifier
 * such as `GB-CHC-1089464`, a company number, a tax id), kept on the actor so that publishers who spell an
 * organisation's name differently still name the same actor (see docs: "How organisations are matched").
 */

/** How a scheme is written: upper-case letters, digits, `_` and `-`, starting with a letter (`IATI`, `GB-COH`). */
export const IDENTIFIER_SCHEME_PATTERN = /^[A-Z][A-Z0-9_-]{0,29}$/;
export const IDENTIFIER_MAX_LENGTH = 100;
/** The scheme of IATI organisation identifiers (`@ref` of reporting-org, participating-org, provider-org…). */
export const IATI_SCHEME = 'IATI';

export const OrganisationIdentifierSchema = z.strictObject({
  scheme: z.string().regex(IDENTIFIER_SCHEME_PATTERN, {
    error: 'must be an upper-case scheme name such as "IATI": letters, digits, "_" and "-"',
  }),
  id: z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(IDENTIFIER_MAX_LENGTH)
    .regex(/^\S+$/, { error: 'must not contain white space' }),
});
export type OrganisationIdentifier = z.output<typeof OrganisationIdentifierSchema>;

/**
 * The key two identifiers are compared by: the scheme and the id with case ignored (registries and
 * publishers write `gb-chc-1089464` and `GB-CHC-1089464` for the same organisation). The scheme has no ":",
 * so the key is unambiguous; the Neo4j adapter stores and filters on it.
 */
export function identifierKey({ scheme, id }: OrganisationIdentifier): string {
  return `${scheme}:${id.toUpperCase()}`;
}

/** `IATI:AA-AAA-123` as an identifier: the text up to the first ":" is the scheme. */
export function parseIdentifier(text: string): OrganisationIdentifier | undefined {
  const at = text.indexOf(':');
  if (at <= 0) return undefined;
  const parsed = OrganisationIdentifierSchema.safeParse({
    scheme: text.slice(0, at),
    id: text.slice(at + 1),
  });
  return parsed.success ? parsed.data : undefined;
}

/** An identifier as one string, `IATI:AA-AAA-123` (as CSV cells and exports write it). */
export function formatIdentifier({ scheme, id }: OrganisationIdentifier): string {
  return `${scheme}:${id}`;
}
