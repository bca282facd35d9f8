import { Arg, Authorized, Ctx, ID, Mutation, Resolver, type ClassType } from 'type-graphql';
import { ENTITY_NAMES, type EntityKind, type EntityOf } from '../../domain';
import type { Role } from '../../app/access/roles';
import { slugArg } from '../common/node';
import type { GraphQLContext } from '../context';
import type { EntityPatch } from '../../app/write/entity-schemas';
import { NetworkWriter } from '../../app/write/network-writer';
import { WriteResult } from './write-result.type';

export interface EntityMutationSpec<K extends EntityKind> {
  kind: K;
  /** The GraphQL name of the entity: `Actor` gives createActor, updateActor, deleteActor. */
  name: string;
  /** The object type create and update return. */
  type: ClassType;
  input: ClassType<{ id: string }>;
  patch: ClassType<EntityPatch<K>>;
  /** The role deleting needs (default editor, like create and update). */
  deleteRole?: Role;
}

/**
 * The create/update/delete trio of one entity kind, as a base class for its mutation resolver
 * (`class ActorMutations extends EntityMutations({...})`). The five kinds differ only in names and
 * types, so one definition serves all of them; type-graphql gives each subclass its own copies.
 */
export function EntityMutations<K extends EntityKind>(spec: EntityMutationSpec<K>) {
  const what = ENTITY_NAMES[spec.kind];
  const aWhat = `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}`;

  @Resolver()
  abstract class EntityMutationsBase {
    @Authorized<Role>('editor')
    @Mutation(() => spec.type, {
      name: `create${spec.name}`,
      description: `Creates ${aWhat}. CONFLICT if the id is taken.`,
    })
    create(
      @Arg('input', () => spec.input) input: { id: string },
      @Ctx() context: GraphQLContext,
    ): Promise<EntityOf[K]> {
      return new NetworkWriter(context).create(spec.kind, input);
    }

    @Authorized<Role>('editor')
    @Mutation(() => spec.type, {
      name: `update${spec.name}`,
      description: `Changes the fields of ${aWhat} given in \`patch\`. NOT_FOUND if there is none.`,
    })
    update(
      @Arg('id', () => ID) id: string,
      @Arg('patch', () => spec.patch) patch: EntityPatch<K>,
      @Ctx() context: GraphQLContext,
    ): Promise<EntityOf[K]> {
      return new NetworkWriter(context).update(spec.kind, slugArg(spec.kind, id), patch);
    }

    @Authorized<Role>(spec.deleteRole ?? 'editor')
    @Mutation(() => WriteResult, {
      name: `delete${spec.name}`,
      description: `Deletes ${aWhat} and every link to it. NOT_FOUND if there is none.`,
    })
    delete(@Arg('id', () => ID) id: string, @Ctx() context: GraphQLContext): Promise<WriteResult> {
      return new NetworkWriter(context).delete(spec.kind, slugArg(spec.kind, id));
    }
  }
  return EntityMutationsBase;
}
