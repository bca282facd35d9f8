import { z } from 'zod';

/** Shared field schemas, so every entity validates ids, dates and text the same way. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest each kind of text may be, in characters: read by the schemas and by the import's fast path
 * (canonical-records.ts), so the two cannot drift apart.
 */
export const TEXT_LIMITS = {
  id: 100,
  name: 300,
  description: 10_000,
  source: 300,
  acronym: 40,
  contact: 500,
  tag: 60,
  quote: 2_000,
  reason: 2_000,
} as const;

export const IdSchema = z
  .string()
  .max(TEXT_LIMITS.id, { error: 'must be at most 100 characters' })
  .regex(SLUG_PATTERN, {
    error: 'must be a slug: lower-case letters, digits and single hyphens (e.g. "syri-i-vizionit")',
  });

/** A calendar date as `YYYY-MM-DD`; impossible dates such as 2023-02-30 are rejected. */
export const IsoDateSchema = z.iso.date({ error: 'must be an ISO date YYYY-MM-DD' });

export const NameSchema = z.string().trim().min(1, { error: 'must not be empty' }).max(TEXT_LIMITS.name);
export const DescriptionSchema = z.string().trim().max(TEXT_LIMITS.description);
export const SourceSchema = z.string().trim().min(1).max(TEXT_LIMITS.source);
// A refine rather than .int(): zod's int check aborts the record, which would hide its other problems.
export const CountSchema = z
  .number()
  .refine(Number.isSafeInteger, { error: 'must be a whole number' })
  .refine((n) => n >= 0, { error: 'must be ≥ 0' });

/**
 * An optional field that also accepts null (GraphQL clients and JSON files send null for "no value");
 * null is normalised to absent so both spellings store the same record.
 */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value: z.input<T> | null | undefined) => (value === null ? undefined : value),
    schema.optional(),
  );
}

/** A list that may be omitted or null (→ []). */
export function list<T extends z.ZodType>(schema: T) {
  return z
    .array(schema)
    .nullish()
    .transform((items): z.output<T>[] => items ?? []);
}

/** A list (see `list`) that must not repeat an element; each duplicate is reported at its index. */
export function uniqueList<T extends z.ZodType>(schema: T, key: (item: z.output<T>) => string, what: string) {
  return list(schema).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} "${k}"` });
      seen.add(k);
    });
  });
}

/**
 * A rule across fields of a record, as arguments for zod's `.refine`. zod skips record-level refinements
 * once any field is invalid, which would let one error hide another; this rule runs whenever the fields
 * it reads are valid themselves, whatever the rest of the record holds.
 */
export function crossFieldRule<Shape extends z.ZodRawShape, K extends keyof Shape & string>(
  shape: Shape,
  fields: readonly K[],
  holds: (record: { [P in K]: z.output<Shape[P]> }) => boolean,
  issue: { path: K; message: string | ((record: { [P in K]: z.output<Shape[P]> }) => string) },
) {
  type Fields = { [P in K]: z.output<Shape[P]> };
  const check = (record: unknown) => holds(record as Fields);
  const fieldsValid = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    fields.every(
      (f) => (shape[f] as unknown as z.ZodType).safeParse((value as Record<string, unknown>)[f]).success,
    );
  const { message } = issue;
  const params = {
    path: [issue.path] as PropertyKey[],
    error: (iss: { input?: unknown }) =>
      typeof message === 'string' ? message : message(iss.input as Fields),
    when: (payload: { value: unknown }) => fieldsValid(payload.value),
  };
  return [check, params] as [typeof check, typeof params];
}
