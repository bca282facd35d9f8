import { ObjectType } from 'type-graphql';
import { VocabularyTerm } from '../common/vocabulary-term.type';

@ObjectType({ description: 'What a partnership works on, from a small controlled vocabulary.' })
export class Theme extends VocabularyTerm {}
