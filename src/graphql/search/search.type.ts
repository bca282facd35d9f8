import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { assertNever, type EntityKind as StoreEntityKind } from '../../domain';
import { Actor } from '../actor/actor.type';
import { Area } from '../area/area.type';
import { Partnership } from '../partnership/partnership.type';
import { TargetGroup } from '../target-group/target-group.type';
import { Theme } from '../theme/theme.type';

export const ENTITY_KIND_NAMES = ['ACTOR', 'PARTNERSHIP', 'AREA', 'THEME', 'TARGET_GROUP'] as const;
export type EntityKindName = (typeof ENTITY_KIND_NAMES)[number];
export const EntityKind = Object.fromEntries(ENTITY_KIND_NAMES.map((v) => [v, v])) as {
  [K in EntityKindName]: K;
};
registerEnumType(EntityKind, { name: 'EntityKind', description: 'The five kinds of record in the network.' });

/** The GraphQL name of a store kind; a new kind fails to compile here until it is named. */
export function entityKindName(kind: StoreEntityKind): EntityKindName {
  switch (kind) {
    case 'actors':
      return 'ACTOR';
    case 'partnerships':
      return 'PARTNERSHIP';
    case 'areas':
      return 'AREA';
    case 'themes':
      return 'THEME';
    case 'targetGroups':
      return 'TARGET_GROUP';
    default:
      return assertNever(kind, 'entity kind');
  }
}

/** The object type of each kind: how SearchResult tells a theme from a target group of the same shape. */
export const SEARCH_RESULT_TYPES = {
  actors: Actor,
  partnerships: Partnership,
  areas: Area,
  themes: Theme,
  targetGroups: TargetGroup,
} satisfies Record<StoreEntityKind, new () => object>;

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Any record search can find.',
  types: () => [Actor, Partnership, Area, Theme, TargetGroup] as const,
});

@ObjectType({ description: 'A record whose name (acronym, title) matches a search, and how well.' })
export class SearchHit {
  /** The store's kind, to load `node` with. */
  storeKind!: StoreEntityKind;

  @Field(() => EntityKind)
  kind!: EntityKindName;

  @Field(() => ID, { name: 'slug' })
  id!: string;

  @Field({
    description: "The actor's name, the partnership's title, or the area's, theme's or group's name.",
  })
  name!: string;

  @Field(() => Int, {
    description:
      '3: the whole name or acronym is the query; 2: the name starts with it; 1: every word matches.',
  })
  score!: number;
}
