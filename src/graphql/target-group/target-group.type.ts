import { ObjectType } from 'type-graphql';
import { VocabularyTerm } from '../common/vocabulary-term.type';

@ObjectType({ description: 'Whom a partnership is for, from a small controlled vocabulary.' })
export class TargetGroup extends VocabularyTerm {}
