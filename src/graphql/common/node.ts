import { fromGlobalId, toGlobalId } from 'graphql-relay';
import { Field, ID, InterfaceType } from 'type-graphql';
import { ValidationError, type EntityKind } from '../../domain';

/**
 * Relay's Global Object Identification: every record a client can refetch by `id` alone implements Node.
 * Its `id` is opaque and unique across kinds (a theme and an actor may share a slug); the slug itself is
 * the record's `slug` field.
 */
@InterfaceType({
  description:
    'A record that can be fetched again by its `id` alone, with `node(id:)`: an actor, partnership, area, theme or target group.',
})
export abstract class Node {
  @Field(() => ID, {
    description:
      'An opaque id, unique across all kinds of record: give it to `node(id:)` (or to `actor(id:)` and the like). The readable id is `slug`.',
  })
  id!: string;
}

/** The GraphQL type name of each kind of record. */
export const NODE_TYPE_NAMES = {
  actors: 'Actor',
  partnerships: 'Partnership',
  areas: 'Area',
  themes: 'Theme',
  targetGroups: 'TargetGroup',
} as const satisfies Record<EntityKind, string>;

const KIND_OF_TYPE = new Map<string, EntityKind>(
  Object.entries(NODE_TYPE_NAMES).map(([kind, type]) => [type, kind as EntityKind]),
);

/** The global id of the record of `kind` with slug `slug`. */
export function globalId(kind: EntityKind, slug: string): string {
  return toGlobalId(NODE_TYPE_NAMES[kind], slug);
}

/** The kind and slug a global id stands for; undefined for anything else (a slug is never a global id). */
export function parseGlobalId(id: string): { kind: EntityKind; slug: string } | undefined {
  // A slug is lower-case letters, digits and hyphens; the base64 of "Type:slug" always has a capital.
  if (!/[A-Z]/.test(id)) return undefined;
  const { type, id: slug } = fromGlobalId(id);
  const kind = KIND_OF_TYPE.get(type);
  return kind === undefined || slug === '' ? undefined : { kind, slug };
}

/**
 * The slug for an `id` argument that takes either a record's slug or its global `id`. A global id of
 * another kind of record is a BAD_USER_INPUT naming `argument`, not a silent miss.
 */
export function slugArg(kind: EntityKind, id: string, argument = 'id'): string {
  const parsed = parseGlobalId(id);
  if (parsed === undefined) return id;
  if (parsed.kind !== kind)
    throw new ValidationError([
      {
        path: argument,
        message: `is the id of ${article(NODE_TYPE_NAMES[parsed.kind])}, not of ${article(NODE_TYPE_NAMES[kind])}`,
      },
    ]);
  return parsed.slug;
}

const article = (name: string) => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
