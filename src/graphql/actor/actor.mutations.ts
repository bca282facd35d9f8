import { Resolver } from 'type-graphql';
import { EntityMutations } from '../write/entity-mutations';
import { ActorInput, ActorPatch } from './actor.input';
import { Actor } from './actor.type';

/**
 * createActor, updateActor (editor), deleteActor (admin: it also deletes partnerships the actor was alone in,
 * and takes every participation with it).
 */
@Resolver()
export class ActorMutations extends EntityMutations({
  kind: 'actors',
  name: 'Actor',
  type: Actor,
  input: ActorInput,
  patch: ActorPatch,
  deleteRole: 'admin',
}) {}
