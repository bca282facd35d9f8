import { authorization, startTestApi, type TestApi } from '../helpers/api';
import { reportCounts } from '../helpers/counts';
import { Dice, readRequest, type FuzzRequest } from './generators';
import { writeRequest } from './writes';

const SEED = Number(process.env.FUZZ_SEED ?? 20251123);
/**
 * How many requests a run sends: fixed, so a seed covers the same requests on every machine, however busy
 * (FUZZ_READS / FUZZ_WRITES raise them for a longer hunt).
 */
const READS = Number(process.env.FUZZ_READS ?? 1200);
const WRITES = Number(process.env.FUZZ_WRITES ?? 400);
const CONCURRENCY = 8;

interface Answer {
  status: number;
  body: any;
  text: string;
}

/** What is wrong with an answer, or undefined: no 5xx, JSON, and every error a message with a code. */
function problemWith(answer: Answer): string | undefined {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  if (answer.status === 204) return undefined;
  if (answer.body === undefined) return `not JSON: ${answer.text.slice(0, 200)}`;
  if (/node_modules|\n\s+at /.test(answer.text)) return 'a stack trace in the answer';
  const errors = answer.body.errors as { message?: unknown; extensions?: { code?: unknown } }[] | undefined;
  if (answer.status >= 400 && !errors?.length) return `HTTP ${answer.status} without errors`;
  for (const error of errors ?? [])
    if (typeof error.message !== 'string' || !error.message || typeof error.extensions?.code !== 'string')
      return `an error without message or code: ${JSON.stringify(error)}`;
  return undefined;
}

/**
 * Thousands of random and malformed requests (seeded: FUZZ_SEED reproduces a run) against the real server:
 * none may get a 5xx or crash it, every refusal is a clear error with a code, and no refused write changes
 * the store's revision.
 */
describe('fuzz', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  async function send(request: FuzzRequest): Promise<Answer> {
    const res = await fetch(`${api.base}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text };
  }

  it('survives random documents, variables, bodies and writes', async () => {
    const dice = new Dice(SEED);
    const failures: string[] = [];
    const byFamily = new Map<string, number>();
    let requests = 0;
    let refused = 0;
    const count = (family: string, answer: Answer, what: string) => {
      requests++;
      byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
      if (answer.status >= 400 || answer.body?.errors) refused++;
      const problem = problemWith(answer);
      if (problem && failures.length < 20) failures.push(`${family}: ${problem} for ${what.slice(0, 300)}`);
    };

    // Reads (and garbage), several at a time. Generated up front so the seed alone decides them.
    const reads = Array.from({ length: READS }, (_, i) => readRequest(dice, i));
    for (let i = 0; i < reads.length; i += CONCURRENCY) {
      const batch = reads.slice(i, i + CONCURRENCY);
      const answers = await Promise.all(batch.map(send));
      answers.forEach((answer, k) =>
        count(batch[k]!.family, answer, String(batch[k]!.body ?? batch[k]!.path)),
      );
    }

    // Writes one at a time, so that each one's effect on the revision is its own.
    const schema = await send({
      family: 'introspection',
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __type(name: "Mutation") { fields { name } } }' }),
    });
    const hasImport = schema.body.data.__type.fields.some(
      (f: { name: string }) => f.name === 'importNetwork',
    );
    let writes = 0;
    let refusedWrites = 0;
    const writeCodes = new Map<string, number>();
    for (let i = 0; i < WRITES; i++) {
      const write = writeRequest(dice, i, hasImport);
      const before = await api.store.revision();
      const answer = await send({
        family: write.family,
        method: 'POST',
        path: '/graphql',
        headers: {
          'content-type': 'application/json',
          authorization:
            write.family === 'importNetwork' ? authorization(api, 'admin') : authorization(api, 'editor'),
        },
        body: JSON.stringify({ query: write.query, variables: write.variables }),
      });
      const what = JSON.stringify(write.variables);
      count(write.family, answer, what);
      writes++;
      const after = await api.store.revision();
      const rejected = answer.status >= 400 || (answer.body?.errors?.length ?? 0) > 0;
      if (rejected) refusedWrites++;
      for (const error of answer.body?.errors ?? [])
        writeCodes.set(error.extensions?.code, (writeCodes.get(error.extensions?.code) ?? 0) + 1);
      if (write.invalid && !rejected)
        failures.push(`${write.family}: an invalid write was accepted: ${what}`);
      if (rejected && after !== before)
        failures.push(`${write.family}: a refused write moved the revision ${before} → ${after}: ${what}`);
    }

    const health = await fetch(`${api.base}/healthz`);
    const families = [...byFamily].map(([f, n]) => `${f} ${n}`).join(', ');
    const serverErrors = failures.filter((f) => /HTTP 5\d\d/.test(f)).length;
    reportCounts(
      `fuzz: ${requests} requests (seed ${SEED}), ${serverErrors} server errors, ${refused} refused with a coded error, ` +
        `${refusedWrites}/${writes} writes refused with the revision unchanged (${[...writeCodes].map(([c, n]) => `${c} ${n}`).join(', ')}); ${families}`,
    );
    expect(failures).toEqual([]);
    expect(health.status).toBe(200);
    expect(requests).toBe(READS + WRITES);
  }, 300_000);
});
