import type { IncomingMessage } from 'node:http';
import { CloseCode } from 'graphql-ws';
import type { VerifyClientCallbackAsync, WebSocket } from 'ws';
import { z } from 'zod';
import { ForbiddenError, UnauthenticatedError, zodIssues } from '../domain';
import type { Access } from '../app/access/access';
import { authorize, principalOf } from '../app/access/principal';

/** The close code of a connection over its key's limit (graphql-ws leaves 4400–4499 to applications). */
export const TOO_MANY_CONNECTIONS = 4429;

/** The connection_init payload: `authorization` (or `Authorization`) as the HTTP header would carry it. */
const ConnectionParamsSchema = z.looseObject({
  authorization: z.string().max(4096).optional(),
  Authorization: z.string().max(4096).optional(),
});

/**
 * Browsers let any page open a WebSocket anywhere, CORS or not: like cors.ts for HTTP, an upgrade whose
 * `Origin` is neither the server's own (the same host) nor one of `origins` is refused with 403, so a page
 * elsewhere cannot subscribe with what the browser may reach (e.g. a laptop's anonymous reading).
 */
export function verifyOrigin(origins: readonly string[]): VerifyClientCallbackAsync {
  const allowed = new Set(origins);
  return ({ origin, req }, done) => {
    const ownHost = URL.canParse(origin) && new URL(origin).host === req.headers.host;
    if (!origin || ownHost || allowed.has(origin)) return done(true);
    done(false, 403, `origin ${origin} is not allowed to call this API (CORS_ORIGINS)`);
  };
}

/** A WebSocket close reason is at most 123 bytes. */
function closeReason(text: string): string {
  const bytes = Buffer.from(text);
  return bytes.length <= 123
    ? text
    : `${bytes
        .subarray(0, 120)
        .toString('utf8')
        .replace(/\uFFFD$/, '')}…`;
}

/**
 * The WebSocket connections let in, and what each authenticates with: a connection is authorised as a
 * query is, when it starts, and again whenever the keys are reloaded; one API key holds at most
 * `maxConnectionsPerKey` of them at once.
 */
export class LiveConnections {
  /** What each acknowledged connection authenticates with (undefined: nothing, i.e. anonymous). */
  private readonly credentials = new Map<WebSocket, string | undefined>();
  /** The open connections of each API key, for maxConnectionsPerKey. */
  private readonly byKey = new Map<string, Set<WebSocket>>();

  constructor(
    private readonly access: Access,
    private readonly maxConnectionsPerKey: number,
  ) {}

  /**
   * Lets `socket` in, authenticated by the key in its connection_init payload or else in the upgrade
   * request's Authorization header; or closes it (4400, 4401, 4403 or 4429, with the reason) and says no.
   */
  admit(socket: WebSocket, connectionParams: unknown, request: IncomingMessage): boolean {
    const params = ConnectionParamsSchema.safeParse(connectionParams ?? {});
    if (!params.success) {
      const [issue] = zodIssues(params.error);
      socket.close(CloseCode.BadRequest, closeReason(`connection params: ${issue?.path}: ${issue?.message}`));
      return false;
    }
    const authorization =
      params.data.authorization ?? params.data.Authorization ?? request.headers.authorization;
    const refused = this.refusal(authorization);
    if (refused) {
      socket.close(refused.code, closeReason(refused.reason));
      return false;
    }
    const keyId = this.keyIdOf(authorization);
    if (keyId !== undefined) {
      const open = this.byKey.get(keyId) ?? new Set<WebSocket>();
      if (open.size >= this.maxConnectionsPerKey) {
        socket.close(
          TOO_MANY_CONNECTIONS,
          closeReason(`key "${keyId}" already holds ${open.size} connections, the most allowed`),
        );
        return false;
      }
      this.byKey.set(keyId, open.add(socket));
    }
    this.credentials.set(socket, authorization);
    return true;
  }

  /** What `socket` was let in with, as an Authorization header. */
  authorizationOf(socket: WebSocket): string | undefined {
    return this.credentials.get(socket);
  }

  /** Forgets a closed connection. */
  release(socket: WebSocket): void {
    const keyId = this.keyIdOf(this.credentials.get(socket));
    this.credentials.delete(socket);
    if (keyId === undefined) return;
    this.byKey.get(keyId)?.delete(socket);
    if (this.byKey.get(keyId)?.size === 0) this.byKey.delete(keyId);
  }

  /** Checks the key of every connection again (the keys were reloaded) and closes those now refused. */
  revalidate(): void {
    for (const [socket, authorization] of this.credentials) {
      const refused = this.refusal(authorization);
      if (refused) socket.close(refused.code, closeReason(refused.reason));
    }
  }

  private keyIdOf(authorization: string | undefined): string | undefined {
    const principal = principalOf(authorization, this.access.keys, this.access.allowAnonymousRead);
    return principal.kind === 'key' ? principal.keyId : undefined;
  }

  /** The close code and reason for a connection with this credential, or undefined when it may read. */
  private refusal(authorization: string | undefined): { code: number; reason: string } | undefined {
    try {
      authorize(principalOf(authorization, this.access.keys, this.access.allowAnonymousRead), 'reader');
      return undefined;
    } catch (error) {
      if (error instanceof UnauthenticatedError)
        return { code: CloseCode.Unauthorized, reason: error.message };
      if (error instanceof ForbiddenError) return { code: CloseCode.Forbidden, reason: error.message };
      throw error;
    }
  }
}
