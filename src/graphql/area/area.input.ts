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
    alternativeNames: {
      type: () => [String],
      description: 'Other names people use for it (a district by its town: "Prishtinë", "Priština").',
    },
    level: () => AreaLevel,
    parentId: { type: () => ID, description: 'The area it lies in, of a coarser level.' },
    population: () => Int,
    childPopulation: () => Int,
    populationSource: {
      type: () => String,
      description: 'Where population and childPopulation come from, when not from `source`.',
    },
    source: SOURCE_FIELD,
  },
  'A place, as in the JSON import format.',
);
