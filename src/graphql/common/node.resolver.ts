import { Arg, ClassType, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ValidationError, type EntityKind, type Issue } from '../../domain';
import { MAX_PAGE_SIZE } from '../../store/listing/paging';
import { Actor } from '../actor/actor.type';
import { Area } from '../area/area.type';
import type { GraphQLContext } from '../context';
import { entityLoader } from '../../app/loaders';
import { Partnership } from '../partnership/partnership.type';
import { TargetGroup } from '../target-group/target-group.type';
import { Theme } from '../theme/theme.type';
import { Node, globalId, parseGlobalId } from './node';

/** The object type of each kind: Node's resolveType tells the kinds apart by class. */
const NODE_CLASSES: Record<EntityKind, ClassType> = {
  actors: Actor,
  partnerships: Partnership,
  areas: Area,
  themes: Theme,
  targetGroups: TargetGroup,
};

/** `Node.id` of one kind: the global id made from the record's slug. */
function NodeIdResolver(type: ClassType, kind: EntityKind) {
  @Resolver(() => type)
  class IdResolver {
    // Not named `id`: type-graphql matches field resolvers by property name, and `id` is the slug's property.
    @FieldResolver(() => ID, {
      name: 'id',
      description:
        'An opaque id, unique across all kinds of record: give it to `node(id:)`. The readable id is `slug`.',
    })
    globalId(@Root() record: { id: string }): string {
      return globalId(kind, record.id);
    }
  }
  return IdResolver;
}

export const NODE_ID_RESOLVERS = (Object.keys(NODE_CLASSES) as EntityKind[]).map((kind) =>
  NodeIdResolver(NODE_CLASSES[kind], kind),
);

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'The record with this global `id` (the `id` field of an actor, partnership, area, theme or target group); null when it no longer exists.',
  })
  node(
    @Arg('id', () => ID, { description: 'A global id, as the `id` field gives it (not a slug).' }) id: string,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<Node | null> {
    const [parsed] = parseAll([id], 'id');
    return load(loaders, parsed!);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `The records with these global ids, in the same order, null where one no longer exists; at most ${MAX_PAGE_SIZE} ids.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global ids, as the `id` field gives them (not slugs).' })
    ids: string[],
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE)
      throw new ValidationError([{ path: 'ids', message: `at most ${MAX_PAGE_SIZE} ids` }]);
    return Promise.all(parseAll(ids, 'ids').map((parsed) => load(loaders, parsed)));
  }
}

/** Every id parsed, or one BAD_USER_INPUT naming each one that is not a global id of ours. */
function parseAll(ids: readonly string[], argument: string) {
  const issues: Issue[] = [];
  const parsed = ids.map((id, i) => {
    const result = parseGlobalId(id);
    if (result === undefined)
      issues.push({
        path: argument === 'ids' ? `ids[${i}]` : argument,
        message: `"${id}" is not a global id (the \`id\` field of a record; a slug is looked up with actor(id:), area(id:)…)`,
      });
    return result;
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return parsed as { kind: EntityKind; slug: string }[];
}

async function load(
  loaders: GraphQLContext['loaders'],
  { kind, slug }: { kind: EntityKind; slug: string },
): Promise<Node | null> {
  const record = await entityLoader(loaders, kind).load(slug);
  return record === null ? null : (Object.assign(new NODE_CLASSES[kind](), record) as Node);
}
