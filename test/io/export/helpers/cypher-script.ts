/**
 * Runs an export's Cypher script the way Neo4j would, for exactly the statements the export writes (the
 * constraint, the actor and tie UNWINDs) and nothing else: any other statement is refused, so the script
 * cannot grow a form this runner does not check. Literals are evaluated as Cypher does: integers as bigint
 * (Neo4j's INTEGER), floats as number (FLOAT), so a weight written as `1` rather than `1.0` shows.
 */
export type CypherValue = string | number | bigint | boolean | null | CypherValue[] | CypherMap;
export interface CypherMap {
  [key: string]: CypherValue;
}

export interface RecreatedGraph {
  constraints: string[];
  nodes: Map<string, CypherMap>;
  ties: { source: string; target: string; props: CypherMap }[];
}

const ACTORS = /^UNWIND (\[[\s\S]*\]) AS row\nMERGE \(n:Actor \{id: row\.id\}\)\nSET n = row\.props$/;
const TIES =
  /^UNWIND (\[[\s\S]*\]) AS row\nMATCH \(s:Actor \{id: row\.source\}\)\nMATCH \(t:Actor \{id: row\.target\}\)\nMERGE \(s\)-\[r:TIE\]->\(t\)\nSET r = row\.props$/;
const CONSTRAINT = /^CREATE CONSTRAINT (\w+) IF NOT EXISTS\nFOR \(n:Actor\) REQUIRE n\.id IS UNIQUE$/;

/** The statements of a script: comments dropped, split at the `;` ending each (string literals hold no raw newline). */
export function statementsOf(script: string): string[] {
  return script
    .split(/;\n/)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s !== '');
}

export function runCypherScript(script: string): RecreatedGraph {
  const graph: RecreatedGraph = { constraints: [], nodes: new Map(), ties: [] };
  for (const statement of statementsOf(script)) {
    let match: RegExpExecArray | null;
    if ((match = CONSTRAINT.exec(statement))) graph.constraints.push(match[1]!);
    else if ((match = ACTORS.exec(statement))) {
      for (const row of literal(match[1]!) as CypherMap[])
        graph.nodes.set(row.id as string, row.props as CypherMap);
    } else if ((match = TIES.exec(statement))) {
      for (const row of literal(match[1]!) as CypherMap[]) {
        const [source, target] = [row.source as string, row.target as string];
        // MATCH finds nothing for a missing actor, and the row creates no tie.
        if (!graph.nodes.has(source) || !graph.nodes.has(target)) continue;
        const existing = graph.ties.find((t) => t.source === source && t.target === target);
        if (existing) existing.props = row.props as CypherMap;
        else graph.ties.push({ source, target, props: row.props as CypherMap });
      }
    } else throw new Error(`not a statement of our exports:\n${statement.slice(0, 300)}`);
  }
  return graph;
}

const STRING_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
};

/** Evaluates one Cypher literal expression (lists, maps, strings, numbers, booleans, null). */
export function literal(text: string): CypherValue {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`cypher literal: ${what} at ${at}: ${text.slice(at, at + 40)}`);
  };
  const space = () => {
    while (/\s/.test(text[at] ?? '')) at++;
  };
  const expect = (c: string) => {
    space();
    if (text[at] !== c) fail(`expected ${c}`);
    at++;
  };
  const value = (): CypherValue => {
    space();
    const c = text[at];
    if (c === '[') {
      at++;
      const items: CypherValue[] = [];
      space();
      if (text[at] === ']') return (at++, items);
      for (;;) {
        items.push(value());
        space();
        if (text[at] === ']') return (at++, items);
        expect(',');
      }
    }
    if (c === '{') {
      at++;
      const map: CypherMap = {};
      space();
      if (text[at] === '}') return (at++, map);
      for (;;) {
        space();
        const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at))?.[0] ?? fail('expected a key');
        at += key.length;
        expect(':');
        map[key] = value();
        space();
        if (text[at] === '}') return (at++, map);
        expect(',');
      }
    }
    if (c === "'" || c === '"') {
      at++;
      let out = '';
      while (text[at] !== c) {
        if (at >= text.length) fail('unterminated string');
        if (text[at] === '\\') {
          const e = text[at + 1]!;
          if (e === 'u') {
            out += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
            at += 6;
          } else {
            out += STRING_ESCAPES[e] ?? fail(`bad escape \\${e}`);
            at += 2;
          }
        } else out += text[at++];
      }
      at++;
      return out;
    }
    const number = /^-?\d+(\.\d+)?([eE]-?\d+)?/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      return number[1] || number[2] ? Number(number[0]) : BigInt(number[0]);
    }
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const)
      if (text.startsWith(word, at)) return ((at += word.length), v);
    return fail('unexpected');
  };
  const result = value();
  space();
  if (at !== text.length) fail('trailing text');
  return result;
}
