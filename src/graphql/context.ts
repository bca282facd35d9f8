import type { Logger } from 'pino';
import type { AuditLog } from '../app/audit/audit-log';
import type { NetworkStore } from '../store/network-store';
import { AnalyticsCache, type AnalyticsCacheOptions } from '../app/analytics/analytics-cache';
import type { Access } from '../app/access/access';
import { principalOf, type Principal } from '../app/access/principal';
import { createLoaders, type Loaders } from '../app/loaders';
import { SerialQueue } from '../lib/serial-queue';

/** The access control state of one request. */
export interface RequestAuth {
  principal: Principal;
  /** The client's address, which tells anonymous callers apart (limits per caller). */
  address?: string;
  /** The mutation being resolved, for the audit log. */
  operation?: string;
}

/**
 * What every resolver receives: the store, this request's loaders and access state, the server's write
 * queue, analytics cache and audit log.
 */
export interface GraphQLContext {
  analytics: AnalyticsCache;
  store: NetworkStore;
  loaders: Loaders;
  writes: SerialQueue;
  auth: RequestAuth;
  audit: AuditLog;
  request?: RequestScope;
}

/**
 * The HTTP request an operation came in, as the server logs it: its id, a logger bound to that id, and
 * what its one log line records of the operation (filled in by the server's plugins).
 */
export interface RequestScope {
  id: string;
  log: Logger;
  operationName?: string;
  operationType?: string;
  keyId?: string;
  depth?: number;
  cost?: number;
  errorCodes?: string[];
}

/** What the context needs of the HTTP request. */
export interface RequestHeaders {
  authorization?: string;
  /** The client's address (the socket's remote address). */
  address?: string;
  /** The server's record of the request (none for operations run without HTTP, e.g. in tests). */
  scope?: RequestScope;
}

/**
 * The context factory of one server: each call is a fresh context for one request (loaders and the
 * principal are never shared between requests), while the write queue, the analytics cache and the audit
 * log are the server's, shared by all its requests (`writes` is given when the server queues work of its
 * own behind the requests' writes).
 */
export function contextFactory(
  store: NetworkStore,
  access: Access,
  analyticsOptions: AnalyticsCacheOptions = {},
  writes = new SerialQueue(),
): (request?: RequestHeaders) => GraphQLContext {
  const analytics = new AnalyticsCache(store, analyticsOptions);
  return (request = {}) => ({
    store,
    loaders: createLoaders(store),
    writes,
    analytics,
    audit: access.audit,
    ...(request.scope ? { request: request.scope } : {}),
    auth: {
      principal: principalOf(request.authorization, access.keys, access.allowAnonymousRead),
      ...(request.address ? { address: request.address } : {}),
    },
  });
}
