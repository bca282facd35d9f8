import type { EntityKind, EntityOf } from '../../../src/domain';
import type { DriverLike } from '../../../src/store/neo4j/connection';
import { toNodeProps } from '../../../src/store/neo4j/records';
import { loadStatements, STATEMENT_NAMES, type StatementName } from '../../../src/store/neo4j/statements';

/**
 * A stand-in for the neo4j *driver* (not for our store), enough to run the adapter without a database:
 * sessions with executeRead/executeWrite/run, recording every statement with its parameters. It answers
 * each statement by name with plausible rows (counts of what was sent, a revision it keeps) unless a test
 * answers it itself. It knows nothing of Cypher: tests of semantics are the contract suite's, on Neo4j.
 */

export interface Call {
  name: StatementName;
  text: string;
  params: Record<string, unknown>;
  mode: 'READ' | 'WRITE' | 'AUTO';
}

type Row = Record<string, unknown>;
/** A test's answer to a statement: rows, an error to throw, or undefined for the default answer. */
export type Answer = (call: Call) => Row[] | Error | undefined | Promise<Row[] | Error | undefined>;

const statements = loadStatements();
const nameOf = new Map<string, StatementName>(STATEMENT_NAMES.map((n) => [statements[n], n]));

export class FakeDriver {
  readonly calls: Call[] = [];
  revision = 0;
  closed = 0;
  sessionsOpened = 0;
  sessionsClosed = 0;
  /** Rejects verifyConnectivity with this error when set. */
  connectivityError: Error | undefined;
  /** What transactions are committed (executeWrite calls whose work resolved). */
  commits = 0;
  readonly executeQueryBookmarkManager = { marker: 'the driver bookmark manager' };

  constructor(private answer: Answer = () => undefined) {}

  answerWith(answer: Answer): void {
    this.answer = answer;
  }

  /** The statements run, by name, in order. */
  names(): StatementName[] {
    return this.calls.map((c) => c.name);
  }

  asDriver(): DriverLike {
    return this as unknown as DriverLike;
  }

  async verifyConnectivity(): Promise<void> {
    if (this.connectivityError) throw this.connectivityError;
  }

  async close(): Promise<void> {
    this.closed++;
  }

  session(config: { defaultAccessMode?: string; bookmarkManager?: unknown; database?: string }) {
    this.sessionsOpened++;
    if (config.bookmarkManager !== this.executeQueryBookmarkManager)
      throw new Error('every session must share the driver bookmark manager');
    const mode = config.defaultAccessMode === 'READ' ? 'READ' : 'WRITE';
    const tx = (txMode: Call['mode']) => ({
      run: async (text: string, params: Record<string, unknown>) => ({
        records: (await this.respond(text, params, txMode)).map(record),
      }),
    });
    return {
      executeRead: async <T>(work: (t: unknown) => Promise<T>) => work(tx('READ')),
      executeWrite: async <T>(work: (t: unknown) => Promise<T>) => {
        const result = await work(tx('WRITE'));
        this.commits++;
        return result;
      },
      run: (text: string, params: Record<string, unknown>) =>
        this.respond(text, params, 'AUTO').then((rows) => ({ records: rows.map(record) })),
      close: async () => {
        this.sessionsClosed++;
      },
      mode,
    };
  }

  private async respond(text: string, params: Record<string, unknown>, mode: Call['mode']): Promise<Row[]> {
    const name = nameOf.get(text);
    if (!name) throw new Error(`the adapter ran a statement that is not a cypher/ file:\n${text}`);
    const call: Call = { name, text, params, mode };
    this.calls.push(call);
    const answered = await this.answer(call);
    if (answered instanceof Error) throw answered;
    return answered ?? this.defaultAnswer(call);
  }

  private defaultAnswer({ name, params }: Call): Row[] {
    const count = (key: string) => (params[key] as unknown[]).length;
    if (name === 'meta-bump') return [{ revision: ++this.revision }];
    if (name.startsWith('meta-') || name === 'revision') return [{ revision: this.revision }];
    if (name.startsWith('put-')) return [{ written: count('rows') }];
    if (name.startsWith('link-'))
      return [
        { created: (params.rows as { links: unknown[] }[]).reduce((n, row) => n + row.links.length, 0) },
      ];
    if (name.endsWith('-count') || name.endsWith('-count-all')) return [{ total: 0 }];
    if (name === 'partnership-participants') return [{ actorIds: [] }];
    return [];
  }
}

function record(row: Row) {
  return { toObject: () => row, get: (key: string) => row[key], keys: Object.keys(row) };
}

/**
 * The row a by-id statement would return for a stored record: its node properties as a map projection
 * gives them (null where absent, integers as numbers) and its links with their positions.
 */
export function rowFor<K extends EntityKind>(kind: K, record: EntityOf[K]): Row {
  const props = Object.fromEntries(
    Object.entries(toNodeProps(kind, record)).map(([k, v]) => [
      k,
      typeof (v as { toNumber?: unknown })?.toNumber === 'function'
        ? (v as { toNumber(): number }).toNumber()
        : v,
    ]),
  );
  const r = record as Record<string, unknown>;
  const links: Row =
    kind === 'actors'
      ? { homeAreaId: r.homeAreaId ?? null }
      : kind === 'areas'
        ? { parentId: r.parentId ?? null }
        : kind === 'partnerships'
          ? {
              participants: (r.participants as object[]).map((x, ord) => ({ ...x, ord })),
              areaIds: (r.areaIds as string[]).map((id, ord) => ({ id, ord })),
              themeIds: (r.themeIds as string[]).map((id, ord) => ({ id, ord })),
              targetGroups: (r.targetGroups as object[]).map((t, ord) => ({ ...t, ord })),
            }
          : {};
  return { record: { ...props, ...links } };
}
