import { ID, Int } from 'type-graphql';
import { AreaSchema } from '../../domain';
import { AreaLevel } from '../common/enums';
import { SOURCE_FIELD, entityInputTypes } from '../write/input-types';

export const { Input: AreaInput, Patch: AreaPatch } = entityInputTypes(
  'Area',
  AreaSchema,
  {
    name: () => String,
    altName: { type: () => String, description: 'Another official name, e.g. the Serbian one.' },
    level: () => AreaLevel,
    parentId: { type: () => ID, description: 'The area it lies in, of a coarser level.' },
    population: () => Int,
    childPopulation: () => Int,
    source: SOURCE_FIELD,
  },
  'A place, as in the JSON import format.',
);
