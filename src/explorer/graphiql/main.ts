/**
 * The local query editor served at /graphiql: GraphiQL with its explorer plugin, bundled into the build
 * (src/cli/build-explorer.ts) so that it loads nothing from elsewhere. It sends the API key the network
 * explorer keeps for this tab (the same sessionStorage item), over HTTP and in the WebSocket's
 * connection_init, so a user who entered a key on one page is known on the other.
 */
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { keyStore } from '../api';

const DEFAULT_QUERY = `# Ask the partner network anything: Ctrl-Enter runs the query, Ctrl-Space completes.
{
  about { version store revision }
  actors(first: 5, orderBy: { field: NAME, direction: ASC }) {
    totalCount
    edges { node { slug name sector } }
    pageInfo { hasNextPage endCursor }
  }
}
`;

const key = keyStore.get();
const authorization: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
const graphqlUrl = new URL('/graphql', window.location.href);
const socketUrl = new URL(graphqlUrl);
socketUrl.protocol = graphqlUrl.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: graphqlUrl.href,
  subscriptionUrl: socketUrl.href,
  headers: authorization,
  wsConnectionParams: authorization,
});

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher,
    plugins: [explorerPlugin()],
    defaultQuery: DEFAULT_QUERY,
    defaultEditorToolsVisibility: false,
  }),
);
