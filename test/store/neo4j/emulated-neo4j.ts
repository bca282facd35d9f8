import neo4j from 'neo4j-driver';
import type { DriverLike } from '../../../src/store/neo4j/connection';
import { LABELS, NODE_FIELDS } from '../../../src/store/neo4j/graph-model';
import { dateToIso, toNumber } from '../../../src/store/neo4j/records';
import { STATEMENT_NAMES, loadStatements, type StatementName } from '../../../src/store/neo4j/statements';

/**
 * An in-memory stand-in for a Neo4j database that answers each of our statements BY NAME with what the
 * statement's Cypher means (as its comment states it). It proves nothing about the Cypher itself — that is
 * what the contract suite on a real Neo4j is for — but it runs the adapter's TypeScript end to end (the
 * planner's prefetch, paging, cursors, snapshots, search ranking, conversions, rollback) through the whole
 * contract suite on machines without Neo4j.
 */

type Props = Record<string, unknown>;
interface Rel {
  type: string;
  from: string; // "Label:id"
  to: string;
  props: Props;
}
interface Graph {
  nodes: Map<string, Map<string, Props>>;
  rels: Rel[];
}

const statements = loadStatements();
const nameOf = new Map<string, StatementName>(STATEMENT_NAMES.map((n) => [statements[n], n]));
const KIND_OF_FILE: Record<string, string> = {
  actors: LABELS.actors,
  partnerships: LABELS.partnerships,
  areas: LABELS.areas,
  themes: LABELS.themes,
  'target-groups': LABELS.targetGroups,
};

const key = (label: string, id: string) => `${label}:${id}`;
const idOf = (ref: string) => ref.slice(ref.indexOf(':') + 1);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const iso = (v: unknown) => (v === null || v === undefined ? null : dateToIso(v));

export class EmulatedNeo4j {
  private committed: Graph = { nodes: new Map(), rels: [] };
  private writeLock: Promise<void> = Promise.resolve();
  readonly executeQueryBookmarkManager = {};
  closed = false;

  asDriver(): DriverLike {
    return this as unknown as DriverLike;
  }

  async verifyConnectivity(): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Deletes everything, like `MATCH (n) DETACH DELETE n`. */
  wipe(): void {
    this.committed = { nodes: new Map(), rels: [] };
  }

  session() {
    const tx = (graph: Graph) => ({
      run: async (text: string, params: Props) => {
        await Promise.resolve(); // a round trip: lets other work interleave, as a real server would
        const name = nameOf.get(text);
        if (!name) throw new Error(`not a statement file:\n${text}`);
        const rows = run(graph, name, params);
        return { records: rows.map((row) => ({ toObject: () => row, get: (k: string) => row[k] })) };
      },
    });
    return {
      executeRead: async <T>(work: (t: unknown) => Promise<T>) => work(tx(this.committed)),
      // Writes are serialised (meta-lock's lock), work on a copy and commit it only when the work succeeds.
      executeWrite: <T>(work: (t: unknown) => Promise<T>): Promise<T> => {
        const result = this.writeLock.then(async () => {
          const copy: Graph = {
            nodes: new Map([...this.committed.nodes].map(([label, nodes]) => [label, new Map(nodes)])),
            rels: [...this.committed.rels],
          };
          const value = await work(tx(copy));
          this.committed = copy;
          return value;
        });
        this.writeLock = result.then(
          () => undefined,
          () => undefined,
        );
        return result;
      },
      run: (text: string, params: Props) => tx(this.committed).run(text, params),
      close: async () => undefined,
    };
  }
}

function nodes(graph: Graph, label: string): Map<string, Props> {
  let found = graph.nodes.get(label);
  if (!found) graph.nodes.set(label, (found = new Map()));
  return found;
}

const out = (graph: Graph, from: string, type: string) =>
  graph.rels.filter((r) => r.from === from && r.type === type);
const into = (graph: Graph, to: string, type: string) =>
  graph.rels.filter((r) => r.to === to && r.type === type);

/** An area and everything PART_OF it, transitively: `(:Area)-[:PART_OF*0..]->(scope)`. */
function insideAny(graph: Graph, areaId: string, scope: string[]): boolean {
  for (let at: string | undefined = areaId, hops = 0; at !== undefined && hops < 100; hops++) {
    if (scope.includes(at)) return true;
    at = out(graph, key('Area', at), 'PART_OF').map((r) => idOf(r.to))[0];
  }
  return false;
}

function project(graph: Graph, label: string, id: string): Props {
  const n = nodes(graph, label).get(id)!;
  const ref = key(label, id);
  const nul = (k: string) => n[k] ?? null;
  if (label === 'Actor')
    return {
      ...Object.fromEntries(NODE_FIELDS.Actor.map((k) => [k, nul(k)])),
      homeAreaId: out(graph, ref, 'BASED_IN').map((r) => idOf(r.to))[0] ?? null,
    };
  if (label === 'Partnership')
    return {
      ...Object.fromEntries(NODE_FIELDS.Partnership.map((k) => [k, nul(k)])),
      participants: into(graph, ref, 'PARTICIPATES_IN').map((r) => ({
        actorId: idOf(r.from),
        role: r.props.role,
        ord: r.props.ord,
        provenance: r.props.provenance ?? null,
      })),
      areaIds: out(graph, ref, 'IN_AREA').map((r) => ({
        id: idOf(r.to),
        ord: r.props.ord,
        provenance: r.props.provenance ?? null,
      })),
      themeIds: out(graph, ref, 'ON_THEME').map((r) => ({ id: idOf(r.to), ord: r.props.ord })),
      targetGroups: out(graph, ref, 'FOR_GROUP').map((r) => ({
        targetGroupId: idOf(r.to),
        targeted: r.props.targeted ?? null,
        reached: r.props.reached ?? null,
        ord: r.props.ord,
      })),
    };
  if (label === 'Area')
    return {
      ...Object.fromEntries(NODE_FIELDS.Area.map((k) => [k, nul(k)])),
      parentId: out(graph, ref, 'PART_OF').map((r) => idOf(r.to))[0] ?? null,
    };
  return Object.fromEntries(['id', 'name', 'description', 'source'].map((k) => [k, nul(k)]));
}

/** `coalesce(own, ...fallbacks, 'DOCUMENTED') IN $evidence`, true without $evidence. */
function admitted(p: Props, ...evidence: unknown[]): boolean {
  const allowed = p.evidence as string[] | null | undefined;
  if (!allowed) return true;
  const found = evidence.find((e) => e !== undefined && e !== null) ?? 'DOCUMENTED';
  return allowed.includes(found as string);
}

function actorPasses(graph: Graph, a: Props, p: Props): boolean {
  const list = (k: string) => p[k] as string[] | null;
  const text = p.text as string | null;
  const home = out(graph, key('Actor', a.id as string), 'BASED_IN').map((r) => idOf(r.to))[0];
  return (
    (!list('ids') || list('ids')!.includes(a.id as string)) &&
    (!list('participantIds') || list('participantIds')!.includes(a.id as string)) &&
    (!list('sectors') || list('sectors')!.includes(a.sector as string)) &&
    (!list('kinds') || list('kinds')!.includes(a.kind as string)) &&
    (!list('homeAreaIds') || (home !== undefined && insideAny(graph, home, list('homeAreaIds')!))) &&
    (text === null ||
      (a.sortName as string).includes(text) ||
      (a.foldedAcronym !== undefined && (a.foldedAcronym as string).includes(text))) &&
    (!list('identifierKeys') ||
      ((a.identifierKeys ?? []) as string[]).some((k) => list('identifierKeys')!.includes(k))) &&
    admitted(p, a.evidence)
  );
}

function partnershipPasses(graph: Graph, n: Props, p: Props): boolean {
  const list = (k: string) => p[k] as string[] | null;
  const ref = key('Partnership', n.id as string);
  const asOf = iso(p.asOf);
  const parts = into(graph, ref, 'PARTICIPATES_IN').filter((r) => admitted(p, r.props.evidence, n.evidence));
  const roles = list('roles');
  const text = p.text as string | null;
  return (
    (!list('ids') || list('ids')!.includes(n.id as string)) &&
    (!list('kinds') || list('kinds')!.includes(n.kind as string)) &&
    admitted(p, n.evidence) &&
    (asOf === null ||
      ((n.startDate === undefined || iso(n.startDate)! <= asOf) &&
        (n.endDate === undefined || iso(n.endDate)! >= asOf))) &&
    (!list('actorIds') ||
      parts.some(
        (r) => list('actorIds')!.includes(idOf(r.from)) && (!roles || roles.includes(r.props.role as string)),
      )) &&
    (list('actorIds') !== null || !roles || parts.some((r) => roles.includes(r.props.role as string))) &&
    (!list('areaIds') ||
      out(graph, ref, 'IN_AREA').some(
        (r) => admitted(p, r.props.evidence, n.evidence) && insideAny(graph, idOf(r.to), list('areaIds')!),
      )) &&
    (!list('themeIds') || out(graph, ref, 'ON_THEME').some((r) => list('themeIds')!.includes(idOf(r.to)))) &&
    (!list('targetGroupIds') ||
      out(graph, ref, 'FOR_GROUP').some((r) => list('targetGroupIds')!.includes(idOf(r.to)))) &&
    (text === null || (n.sortName as string).includes(text))
  );
}

/** A keyset page: rows strictly after `$after` in the order of `keyOf`, `$limit` of them. */
function page(rows: Props[], keyOf: (n: Props) => string[], desc: boolean, p: Props): Props[] {
  const compareKeys = (a: string[], b: string[]) => a.reduce((c, x, i) => c || cmp(x, b[i] ?? ''), 0);
  const sign = desc ? -1 : 1;
  const after = p.after as string[] | null;
  return rows
    .filter((n) => after === null || sign * compareKeys(keyOf(n), after) > 0)
    .sort((a, b) => sign * compareKeys(keyOf(a), keyOf(b)))
    .slice(0, toNumber(p.limit))
    .map((n) => ({ id: n.id, key: keyOf(n) }));
}

const SORT_KEYS: Record<string, (n: Props) => string[]> = {
  name: (n) => [n.sortName as string, n.id as string],
  title: (n) => [n.sortName as string, n.id as string],
  'start-date': (n) => [n.startSort as string, n.sortName as string, n.id as string],
  id: (n) => [n.id as string],
};

function run(graph: Graph, name: StatementName, p: Props): Props[] {
  const meta = () => nodes(graph, 'Meta');
  const revision = () => (meta().get(p.metaId as string)?.revision as number | undefined) ?? 0;
  const setMeta = (props: Props) => meta().set(p.metaId as string, props);
  if (name.startsWith('schema-')) return [];
  switch (name) {
    case 'meta-init':
    case 'meta-lock':
      if (!meta().has(p.metaId as string)) setMeta({ id: p.metaId, revision: 0 });
      return [{ revision: revision() }];
    case 'revision':
    case 'meta-release':
      return [{ revision: revision() }];
    case 'meta-bump':
      setMeta({ ...meta().get(p.metaId as string), revision: revision() + 1 });
      return [{ revision: revision() }];
    case 'audit-create':
      nodes(graph, 'AuditEntry').set(String(toNumber(p.revision)), {
        revision: toNumber(p.revision),
        record: p.record,
      });
      return [];
    case 'audit-after':
      return [...nodes(graph, 'AuditEntry').values()]
        .filter((e) => (e.revision as number) > toNumber(p.after))
        .sort((a, b) => (a.revision as number) - (b.revision as number))
        .map((e) => ({ record: e.record }));
    case 'actors-count':
    case 'partnerships-count': {
      const actors = name === 'actors-count';
      const all = [...nodes(graph, actors ? 'Actor' : 'Partnership').values()];
      return [{ total: all.filter((n) => (actors ? actorPasses : partnershipPasses)(graph, n, p)).length }];
    }
    case 'actors-count-all':
      return [{ total: nodes(graph, 'Actor').size }];
    case 'partnerships-count-all':
      return [{ total: nodes(graph, 'Partnership').size }];
    case 'partnership-participants': {
      const ids = new Set<string>();
      for (const n of nodes(graph, 'Partnership').values())
        if (partnershipPasses(graph, n, p))
          for (const r of into(graph, key('Partnership', n.id as string), 'PARTICIPATES_IN'))
            if (
              (!p.roles || (p.roles as string[]).includes(r.props.role as string)) &&
              admitted(p, r.props.evidence, n.evidence)
            )
              ids.add(idOf(r.from));
      return [{ actorIds: [...ids] }];
    }
    case 'actor-neighbours': {
      const ids = new Set<string>();
      for (const origin of p.ring as string[])
        for (const part of out(graph, key('Actor', origin), 'PARTICIPATES_IN')) {
          const partnership = key('Partnership', idOf(part.to));
          const node = nodes(graph, 'Partnership').get(idOf(part.to))!;
          if (!partnershipPasses(graph, node, p) || !admitted(p, part.props.evidence, node.evidence))
            continue;
          for (const r of into(graph, partnership, 'PARTICIPATES_IN')) {
            const other = nodes(graph, 'Actor').get(idOf(r.from))!;
            if (
              other.id !== origin &&
              (!p.sectors || (p.sectors as string[]).includes(other.sector as string)) &&
              admitted(p, r.props.evidence, node.evidence) &&
              admitted(p, other.evidence)
            )
              ids.add(other.id as string);
          }
        }
      return [{ actorIds: [...ids] }];
    }
    case 'areas-list':
      return [...nodes(graph, 'Area').values()]
        .filter(
          (a) =>
            (p.level === null || a.level === p.level) &&
            (p.parentId === null ||
              out(graph, key('Area', a.id as string), 'PART_OF').some((r) => idOf(r.to) === p.parentId)),
        )
        .map((a) => ({ id: a.id }));
    case 'actor-partners':
      return (p.ids as string[]).flatMap((id) => {
        const ids = [...new Set(out(graph, key('Actor', id), 'PARTICIPATES_IN').map((r) => idOf(r.to)))];
        if (ids.length === 0) return [];
        const actorIds = new Set(
          ids.flatMap((pid) =>
            into(graph, key('Partnership', pid), 'PARTICIPATES_IN').map((r) => idOf(r.from)),
          ),
        );
        return [
          {
            target: id,
            partnerships: ids.map((pid) => project(graph, 'Partnership', pid)),
            actors: [...actorIds].map((aid) => project(graph, 'Actor', aid)),
          },
        ];
      });
    case 'search': {
      const words = (p.query as string).split(' ').map((w) => w.slice(1, -1));
      const rank = ['Actor', 'Partnership', 'Area', 'Theme', 'TargetGroup'];
      const hits: Props[] = [];
      for (const [kindRank, label] of rank.entries())
        for (const n of nodes(graph, label).values()) {
          const text = (n.searchText as string).split(' ');
          if (!words.every((w) => text.some((t) => t.startsWith(w)))) continue;
          const evidence = p.evidence as string[] | null;
          if (evidence && kindRank < 2 && !evidence.includes((n.evidence as string) ?? 'DOCUMENTED'))
            continue;
          const names = n.searchNames as string[];
          const score = names.includes(p.phrase as string)
            ? 3
            : names[0]!.startsWith(p.phrase as string)
              ? 2
              : 1;
          hits.push({ n, score, kindRank });
        }
      return hits
        .sort(
          (a, b) =>
            (b.score as number) - (a.score as number) ||
            (a.kindRank as number) - (b.kindRank as number) ||
            cmp((a.n as Props).sortName as string, (b.n as Props).sortName as string) ||
            cmp((a.n as Props).id as string, (b.n as Props).id as string),
        )
        .slice(0, toNumber(p.limit))
        .map(({ n, score, kindRank }) => {
          const node = n as Props;
          const names = Object.fromEntries(
            ['name', 'title', 'acronym', 'altName', 'identifiers'].map((k) => [k, node[k] ?? null]),
          );
          return { id: node.id, kindRank, names, score };
        });
    }
  }
  let match: RegExpExecArray | null;
  if ((match = /^(actors|partnerships)-page-(.+)-(asc|desc)$/.exec(name))) {
    const actors = match[1] === 'actors';
    const rows = [...nodes(graph, actors ? 'Actor' : 'Partnership').values()].filter((n) =>
      (actors ? actorPasses : partnershipPasses)(graph, n, p),
    );
    return page(rows, SORT_KEYS[match[2]!]!, match[3] === 'desc', p);
  }
  if ((match = /^(.+)-ids-page$/.exec(name))) {
    const label = KIND_OF_FILE[match[1]!]!;
    return [...nodes(graph, label).keys()]
      .filter((id) => p.after === null || id > (p.after as string[])[0]!)
      .sort(cmp)
      .slice(0, toNumber(p.limit))
      .map((id) => ({ id }));
  }
  if ((match = /^(.+)-by-id$/.exec(name))) {
    const label = KIND_OF_FILE[match[1]!]!;
    return (p.ids as string[])
      .filter((id) => nodes(graph, label).has(id))
      .map((id) => ({ record: project(graph, label, id) }));
  }
  if ((match = /^referrers-(.+)-of-(.+)$/.exec(name))) {
    const type = (
      {
        'partnerships-of-actor': ['Actor', 'PARTICIPATES_IN', true],
        'actors-of-area': ['Area', 'BASED_IN', false],
        'areas-of-area': ['Area', 'PART_OF', false],
        'partnerships-of-area': ['Area', 'IN_AREA', false],
        'partnerships-of-theme': ['Theme', 'ON_THEME', false],
        'partnerships-of-target-group': ['TargetGroup', 'FOR_GROUP', false],
      } as Record<string, [string, string, boolean]>
    )[`${match[1]}-of-${match[2]}`]!;
    const [label, rel, outgoing] = type;
    return (p.ids as string[]).flatMap((id) => {
      const refs = outgoing
        ? out(graph, key(label, id), rel).map((r) => idOf(r.to))
        : into(graph, key(label, id), rel).map((r) => idOf(r.from));
      return refs.length > 0 ? [{ target: id, referrers: [...new Set(refs)] }] : [];
    });
  }
  if ((match = /^delete-(.+)$/.exec(name))) {
    const label = KIND_OF_FILE[match[1]!]!;
    const gone = new Set((p.ids as string[]).map((id) => key(label, id)));
    for (const id of p.ids as string[]) nodes(graph, label).delete(id);
    graph.rels = graph.rels.filter((r) => !gone.has(r.from) && !gone.has(r.to));
    return [];
  }
  if ((match = /^put-(.+)$/.exec(name))) {
    const label = KIND_OF_FILE[match[1]!]!;
    const rows = p.rows as { id: string; props: Props }[];
    for (const row of rows) nodes(graph, label).set(row.id, { ...row.props });
    return [{ written: rows.length }];
  }
  if ((match = /^unlink-(.+)$/.exec(name))) {
    const label = KIND_OF_FILE[match[1]!]!;
    const owned = {
      Actor: ['BASED_IN'],
      Area: ['PART_OF'],
      Partnership: ['IN_AREA', 'ON_THEME', 'FOR_GROUP'],
    }[label as 'Actor']!;
    const ids = new Set((p.ids as string[]).map((id) => key(label, id)));
    graph.rels = graph.rels.filter(
      (r) =>
        !(ids.has(r.from) && owned.includes(r.type)) &&
        !(label === 'Partnership' && r.type === 'PARTICIPATES_IN' && ids.has(r.to)),
    );
    return [];
  }
  if ((match = /^link-(.+)$/.exec(name))) {
    const [type, fromLabel, toLabel, reversed] = {
      'based-in': ['BASED_IN', 'Actor', 'Area', false],
      'part-of': ['PART_OF', 'Area', 'Area', false],
      'participates-in': ['PARTICIPATES_IN', 'Partnership', 'Actor', true],
      'in-area': ['IN_AREA', 'Partnership', 'Area', false],
      'on-theme': ['ON_THEME', 'Partnership', 'Theme', false],
      'for-group': ['FOR_GROUP', 'Partnership', 'TargetGroup', false],
    }[match[1]!] as [string, string, string, boolean];
    let created = 0;
    const links = (p.rows as { from: string; links: Props[] }[]).flatMap((row) =>
      nodes(graph, fromLabel).has(row.from)
        ? row.links.map((link): Props => ({ ...link, from: row.from }))
        : [],
    );
    for (const link of links) {
      if (!nodes(graph, toLabel).has(link.to as string)) continue;
      const { from, to, ...rest } = link;
      const props = Object.fromEntries(
        Object.entries(rest)
          .filter(([, v]) => v !== null)
          .map(([k, v]) => [k, neo4j.isInt(v) ? toNumber(v) : v]),
      );
      const a = key(fromLabel, from as string);
      const b = key(toLabel, to as string);
      graph.rels.push(reversed ? { type, from: b, to: a, props } : { type, from: a, to: b, props });
      created++;
    }
    return [{ created }];
  }
  throw new Error(`the emulator does not know statement ${name}`);
}
