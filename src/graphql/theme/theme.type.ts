import { ObjectType } from 'type-graphql';
import { Node } from '../common/node';
import { VocabularyTerm } from '../common/vocabulary-term.type';

@ObjectType({
  description: 'What a partnership works on, from a small controlled vocabulary.',
  implements: Node,
})
export class Theme extends VocabularyTerm {}
