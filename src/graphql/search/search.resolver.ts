import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Evidence as EvidenceValue } from '../../domain';
import type { GraphQLContext } from '../context';
import { evidenceArg, nestedEvidence } from '../provenance/provenance.type';
import { loadRequired } from '../../app/loaders';
import { SEARCH_RESULT_TYPES, SearchHit, SearchResult, entityKindName } from './search.type';

const DEFAULT_HITS = 20;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Records of every kind whose name, acronym or title matches the query word by word (each word starts ' +
      'a word of the name; case and accents ignored): best matches first.',
  })
  async search(
    @Arg('query') query: string,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_HITS,
      description: 'At most this many hits, 0 to 500.',
    })
    first: number | null,
    @evidenceArg('Actors and partnerships of these evidences; areas, themes and target groups always')
    evidence: EvidenceValue[] | undefined,
    @Ctx() { store }: GraphQLContext,
  ): Promise<SearchHit[]> {
    const hits = await store.search(query, first ?? DEFAULT_HITS, nestedEvidence(evidence));
    return hits.map((hit) => ({ ...hit, storeKind: hit.kind, kind: entityKindName(hit.kind) }));
  }

  @FieldResolver(() => SearchResult, { description: 'The record itself.' })
  async node(@Root() hit: SearchHit, @Ctx() { loaders }: GraphQLContext): Promise<typeof SearchResult> {
    const record = await loadRequired(loaders, hit.storeKind, hit.id);
    // An instance of the kind's class, so the union resolves a theme and a target group apart.
    return Object.assign(new SEARCH_RESULT_TYPES[hit.storeKind](), record);
  }
}
