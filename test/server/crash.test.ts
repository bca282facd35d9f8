import { request } from 'node:http';
import { spawnTs, type TsChild } from '../helpers/child';
import { createTestAccess } from '../helpers/access';
import { tempDir } from '../helpers/temp-dir';
import { reportCounts } from '../helpers/counts';

const MAIN = 'src/server/main.ts';
const UPSERT = 'mutation($input: NetworkInput!) { upsertNetwork(input: $input) { revision } }';

/** One batch of the stream: two actors and the partnership between them, all or nothing. */
function batch(i: number) {
  const a = `crash-a-${i}`;
  const b = `crash-b-${i}`;
  return {
    actors: [
      { id: a, name: `Crash A ${i}`, sector: 'CIVIL_SOCIETY', kind: 'NGO' },
      { id: b, name: `Crash B ${i}`, sector: 'GOVERNMENT', kind: 'AGENCY' },
    ],
    partnerships: [
      {
        id: `crash-p-${i}`,
        title: `Crash partnership ${i}`,
        kind: 'ADVOCACY',
        participants: [
          { actorId: a, role: 'LEAD' },
          { actorId: b, role: 'PARTICIPANT' },
        ],
      },
    ],
  };
}

/** Children still running when a test ends (failed) are killed, so that jest can exit. */
const running = new Set<TsChild>();
afterEach(() => {
  for (const child of running) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  running.clear();
});

async function start(env: Record<string, string>): Promise<{ child: TsChild; url: string }> {
  const child = spawnTs(MAIN, [], { env });
  running.add(child);
  const [, url] = await child.waitForLine(/at (http:\S+\/graphql)/);
  return { child, url: url! };
}

/** The server process killed or stopped in the middle of requests, then started again on its data. */
describe('server process under kill and stop', () => {
  it('keeps every acknowledged write through SIGKILL mid-stream, with no half-applied batch', async () => {
    const dir = await tempDir();
    const access = await createTestAccess();
    try {
      const auth = { authorization: `Bearer ${access.keys.admin}` }; // upsertNetwork needs admin
      const env = {
        PORT: '0',
        DATA_DIR: `${dir.path}/data`,
        SEED: 'none',
        API_KEYS_FILE: access.config.API_KEYS_FILE,
      };
      const first = await start(env);
      const post = (url: string, query: string, variables?: object, headers = auth) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));

      // Four writers at once, so that the kill lands with writes in flight.
      const acked: number[] = [];
      let eightyAcked: () => void = () => {};
      const eighty = new Promise<void>((resolve) => (eightyAcked = resolve));
      let next = 0;
      let killed = false;
      const writer = async () => {
        while (!killed) {
          const i = next++;
          try {
            const res = await post(first.url, UPSERT, { input: batch(i) });
            if (res.status === 200 && res.body.data?.upsertNetwork) {
              acked.push(i);
              if (acked.length === 80) eightyAcked();
            } else if (!killed) throw new Error(`write ${i} refused: ${JSON.stringify(res.body)}`);
          } catch (error) {
            if (!killed) throw error;
          }
        }
      };
      const writers = Array.from({ length: 4 }, writer);
      await Promise.race([eighty, Promise.all(writers)]); // a writer that fails ends the wait too
      killed = true;
      first.child.process.kill('SIGKILL');
      await Promise.all(writers);
      expect((await first.child.closed).signal).toBe('SIGKILL');

      const second = await start(env);
      try {
        const ids = Array.from({ length: next }, (_, i) => i);
        const res = await post(
          second.url,
          `query($ids: [ID!]) {
            about { revision }
            actors(filter: { ids: $ids }, first: 500) { edges { node { id: slug } } }
            partnerships(filter: { ids: $ids }, first: 500) { edges { node { id: slug participants { actor { id: slug } } } } }
          }`,
          { ids: ids.flatMap((i) => [`crash-a-${i}`, `crash-b-${i}`, `crash-p-${i}`]) },
        );
        expect(res.body.errors).toBeUndefined();
        const actors = new Set(res.body.data.actors.edges.map((e: any) => e.node.id));
        const partnerships = new Map<string, string[]>(
          res.body.data.partnerships.edges.map((e: any) => [
            e.node.id,
            e.node.participants.map((p: any) => p.actor.id),
          ]),
        );
        for (const i of acked)
          expect(partnerships.get(`crash-p-${i}`)?.sort()).toEqual([`crash-a-${i}`, `crash-b-${i}`]);
        // Every batch is all there or not at all, acknowledged or not.
        for (const i of ids) {
          const present = [
            actors.has(`crash-a-${i}`),
            actors.has(`crash-b-${i}`),
            partnerships.has(`crash-p-${i}`),
          ];
          expect(new Set(present).size).toBe(1);
        }
        // One revision per batch that made it: nothing else was written.
        expect(res.body.data.about.revision).toBe(partnerships.size);
        const after = await post(second.url, UPSERT, { input: batch(next) });
        expect(after.body.data.upsertNetwork.revision).toBe(partnerships.size + 1);
        // The audit log accounts for every revision, each once: an entry per write, and an outsideApi
        // entry for those whose line the kill cut off.
        const log = await post(
          second.url,
          '{ auditLog(first: 500) { edges { node { fromRevision revision } } } }',
        );
        expect(log.body.errors).toBeUndefined();
        const covered = log.body.data.auditLog.edges
          .flatMap(({ node }: any) =>
            Array.from(
              { length: node.revision - (node.fromRevision ?? node.revision) + 1 },
              (_, k) => node.revision - k,
            ),
          )
          .sort((a: number, b: number) => a - b);
        expect(covered).toEqual(Array.from({ length: partnerships.size + 1 }, (_, k) => k + 1));
        const admitted = log.body.data.auditLog.edges.filter(({ node }: any) => node.fromRevision).length;
        reportCounts(
          `crash: ${acked.length} acknowledged batches all present after SIGKILL, ${partnerships.size - acked.length} unacknowledged in flight made it, ${next - partnerships.size} did not; audit covers all ${partnerships.size + 1} revisions (${admitted} outsideApi entries)`,
        );
      } finally {
        second.child.process.kill('SIGTERM');
        expect((await second.child.closed).code).toBe(0);
      }
    } finally {
      await dir.remove();
      await access.remove();
    }
  }, 90_000);

  it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
    const dir = await tempDir();
    try {
      const { child, url } = await start({ PORT: '0', DATA_DIR: dir.path, SEED: 'none' });
      const body = JSON.stringify({ query: '{ about { revision store } }' });
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(
          url,
          { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode!, text }));
          },
        );
        req.on('error', reject);
        // Half the body now, the rest after the signal: the request is in flight when SIGTERM arrives.
        req.write(body.slice(0, 10));
        setTimeout(() => child.process.kill('SIGTERM'), 200);
        setTimeout(() => req.end(body.slice(10)), 600);
      });
      const { status, text } = await answer;
      expect(status).toBe(200);
      expect(JSON.parse(text)).toEqual({ data: { about: { revision: 0, store: 'embedded' } } });
      const outcome = await child.closed;
      expect(outcome.code).toBe(0);
      const lines = outcome.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.map((l) => l.msg)).toEqual(
        expect.arrayContaining(['stopping: finishing in-flight requests', 'request', 'stopped']),
      );
      // The request's line comes before the server says it stopped.
      expect(lines.findIndex((l) => l.msg === 'request')).toBeLessThan(
        lines.findIndex((l) => l.msg === 'stopped'),
      );
    } finally {
      await dir.remove();
    }
  }, 60_000);
});
