import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Themes and target groups have the same shape (domain/vocabulary.ts): one base for both types. It is never
 * returned itself, so the schema does not list it; subclasses inherit its fields.
 */
@ObjectType()
export abstract class VocabularyTerm {
  @Field(() => ID, {
    name: 'slug',
    description:
      'The readable id, a slug such as "child-protection": the id the filters, imports and exports use.',
  })
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Where this record comes from (a document, a file).' })
  source?: string;
}
