import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node';
import type { AreaLevel as AreaLevelValue } from '../../domain';
import { AreaLevel } from '../common/enums';

@ObjectType({ description: 'A place: a country, a region (district) or a municipality.', implements: Node })
export class Area {
  @Field(() => ID, {
    name: 'slug',
    description:
      'The area\'s readable id, a slug such as "prishtine": the id the filters, imports and exports use.',
  })
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Another official name, e.g. the Serbian one.' })
  altName?: string;

  @Field(() => [String], {
    description:
      'Other names people use for it (a district by its town: "Prishtinë", "Prishtina", "Priština"); imports and search find it by them.',
  })
  alternativeNames?: string[];

  @Field(() => AreaLevel)
  level!: AreaLevelValue;

  parentId?: string;

  @Field(() => Int, { nullable: true })
  population?: number;

  @Field(() => Int, { nullable: true })
  childPopulation?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Where population and childPopulation come from, when not from `source`.',
  })
  populationSource?: string;

  @Field(() => String, { nullable: true, description: 'Where this record comes from (a document, a file).' })
  source?: string;
}
