import { createClient, type Client } from 'graphql-ws';

/**
 * Tells the page when the network changes (the API's `networkChanged` subscription over WebSocket on the
 * GraphQL path, with the page's key), so what is drawn never goes stale: an edit made in another tab, by a
 * colleague or by an import shows up on its own. Without a key the server may refuse the socket; the page
 * then simply is not live, and says nothing more than the refused queries already did.
 */
export class LiveChanges {
  private client: Client | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly root: URL,
    private readonly onChange: (revision: number) => void,
  ) {}

  /** (Re)connects with `key`; a previous connection is closed first. */
  watch(key: string | undefined): void {
    this.stop();
    const url = new URL('graphql', this.root);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    this.client = createClient({
      url: url.href,
      connectionParams: key ? { authorization: `Bearer ${key}` } : {},
      retryAttempts: 20,
      // A refused key (4401/4403) will not be accepted on a retry; anything else (a restart) may be.
      shouldRetry: (event) => !(isCloseEvent(event) && (event.code === 4401 || event.code === 4403)),
    });
    this.unsubscribe = this.client.subscribe<{ networkChanged: { revision: number } }>(
      { query: 'subscription ExplorerLive { networkChanged { revision } }' },
      {
        next: ({ data }) => data && this.onChange(data.networkChanged.revision),
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }

  stop(): void {
    this.unsubscribe?.();
    void this.client?.dispose();
    this.client = undefined;
    this.unsubscribe = undefined;
  }
}

function isCloseEvent(event: unknown): event is CloseEvent {
  return typeof event === 'object' && event !== null && 'code' in event;
}
