import { ObjectType } from 'type-graphql';
import { Node } from '../common/node';
import { VocabularyTerm } from '../common/vocabulary-term.type';

@ObjectType({
  description: 'Whom a partnership is for, from a small controlled vocabulary.',
  implements: Node,
})
export class TargetGroup extends VocabularyTerm {}
