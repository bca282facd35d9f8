import { Resolver } from 'type-graphql';
import { EntityMutations } from '../write/entity-mutations';
import { AreaInput, AreaPatch } from './area.input';
import { Area } from './area.type';

/** createArea, updateArea, deleteArea (deleting an area detaches its children, actors and partnerships). */
@Resolver()
export class AreaMutations extends EntityMutations({
  kind: 'areas',
  name: 'Area',
  type: Area,
  input: AreaInput,
  patch: AreaPatch,
}) {}
