// The floor for `{ about { revision } }`: a bare graphql-js server on node:http, answering from the same
// embedded store our server opens, with nothing else (no framework, no plugins, no limits, no logging).
// `node dist/bench/peer-server.js --data-dir DIR --port PORT`; prints "peer at http://127.0.0.1:PORT/graphql"
// once it listens. Run by bench/compare.bench.ts beside our server, interleaved.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { buildSchema, graphql } from 'graphql';
import { productVersion } from '../src/lib/project-root';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';

const SCHEMA = buildSchema(`
  type About { version: String! store: String! revision: Int! }
  type Query { about: About! }
`);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } } });
  const store = await EmbeddedStore.open({ dataDir: values['data-dir']! });
  const root = {
    about: async () => ({ version: productVersion(), store: store.kind, revision: await store.revision() }),
  };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      void graphql({ schema: SCHEMA, source: query, rootValue: root, variableValues: variables }).then(
        (result) => {
          const text = JSON.stringify(result);
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
          });
          res.end(text);
        },
      );
    });
  });
  server.listen(Number(values.port ?? 0), '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    console.log(`peer at http://127.0.0.1:${port}/graphql`);
  });
  process.on('SIGTERM', () => server.close(() => void store.close().then(() => process.exit(0))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
