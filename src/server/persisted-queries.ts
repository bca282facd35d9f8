import { createHash } from 'node:crypto';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';

/**
 * Automatic persisted queries (Apollo's APQ protocol, version 1), one store for both transports: Apollo's
 * HTTP pipeline registers and looks up hashes in `cache`, and subscribe messages over WebSocket are resolved
 * against the same entries, so a document registered by either is known to both. The store is bounded
 * (least recently used entries go first), like Apollo's own default.
 */
export class PersistedQueries {
  /**
   * For ApolloServer's `persistedQueries.cache`. It holds nothing but persisted queries, so Apollo is told
   * not to prefix its keys: both transports then use the bare sha256 hash.
   */
  readonly cache: KeyValueCache<string>;

  constructor(store: KeyValueCache<string> = new InMemoryLRUCache<string>()) {
    this.cache = PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(store);
  }

  /**
   * The document text a subscribe message stands for, checked as Apollo checks an HTTP request: `query`
   * itself without a `persistedQuery` extension; with one, `query` registered under its hash (which must be
   * the text's sha256), or, when `query` is empty, the text registered under the hash. A hash nobody
   * registered gives PERSISTED_QUERY_NOT_FOUND, which tells a client to send the text along.
   */
  async resolve(query: string, extensions: Record<string, unknown> | null | undefined): Promise<string> {
    const persisted = extensions?.persistedQuery;
    if (persisted === undefined) return query;
    const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown };
    if (version !== 1) throw badRequest('Unsupported persisted query version');
    if (typeof sha256Hash !== 'string' || !/^[0-9a-f]{64}$/.test(sha256Hash))
      throw badRequest('persistedQuery.sha256Hash must be 64 lower-case hexadecimal digits');
    if (query === '') {
      const registered = await this.cache.get(sha256Hash);
      if (registered === undefined)
        throw new GraphQLError('PersistedQueryNotFound', {
          extensions: { code: ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND },
        });
      return registered;
    }
    if (createHash('sha256').update(query).digest('hex') !== sha256Hash)
      throw badRequest('provided sha does not match query');
    await this.cache.set(sha256Hash, query);
    return query;
  }
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_REQUEST } });
}
