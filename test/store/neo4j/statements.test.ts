import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import {
  AUDIT_LABEL,
  LABELS,
  META_LABEL,
  PROPERTY_KEYS,
  RELATIONSHIP_TYPES,
} from '../../../src/store/neo4j/graph-model';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import {
  STATEMENT_FILES,
  STATEMENT_NAMES,
  cypherDirectory,
  loadStatements,
} from '../../../src/store/neo4j/statements';
import { UnavailableError } from '../../../src/domain';
import { tempDir } from '../../helpers/temp-dir';
import { makeNetwork } from '../contract/fixtures';
import { FakeDriver, rowFor, type Call } from './fake-driver';

/**
 * The statements without a database (in the spirit of @neo4j/graphql's TCK): each file is parsed and
 * semantically checked by Neo4j's own Cypher front end (Cypher 5), run by the adapter with exactly the
 * parameters it names, and user input reaches Neo4j only as parameter values.
 */

const statements = loadStatements();
const files = readdirSync(cypherDirectory()).filter((f) => f.endsWith('.cypher'));

/** What the linter knows of our database: our labels, types and keys, Neo4j 5's procedures and functions. */
function schemaWith(parameters: Record<string, unknown>): DbSchema {
  return {
    defaultLanguage: 'CYPHER 5',
    labels: [...Object.values(LABELS), META_LABEL, AUDIT_LABEL],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...PROPERTY_KEYS],
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
    parameters,
  };
}

/** Every diagnostic (error or warning: deprecations and unknown labels included) as "severity: message". */
function problems(text: string, parameters: Record<string, unknown>): string[] {
  return lintCypherQuery(text, schemaWith(parameters)).map((d) => `${d.severity}: ${d.message}`);
}

const parametersNamed = (text: string) =>
  Object.fromEntries([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => [m[1], null]));

describe('cypher/ statement files', () => {
  it('are exactly the files the adapter composes its statements from, none missing and none unused', () => {
    expect(files.map((f) => f.replace(/\.cypher$/, '')).sort()).toEqual([...STATEMENT_FILES].sort());
  });

  it('the check fails on a broken statement (so the semantic-analysis test can fail)', () => {
    const good = statements['actors-by-id'];
    expect(problems(good, { ids: null })).toEqual([]);
    expect(problems(good.replace('{id: id}', '{id: id'), { ids: null }).length).toBeGreaterThan(0);
    expect(problems('MATCH (a:Actor) RETRUN a', {}).length).toBeGreaterThan(0);
    expect(problems('MATCH (a:Actor) RETURN b', {}).join()).toMatch(/not defined/);
    expect(problems('MATCH (a:Actr) RETURN a', {}).join()).toMatch(/Label Actr/);
    expect(problems('MATCH (a:Actor {id: $id}) RETURN a', {}).join()).toMatch(/Parameter \$id/);
    expect(problems("CALL db.index.fulltext.queryNodez('x', 'y') YIELD node RETURN node", {}).length).toBe(1);
    expect(problems('UNWIND [1] AS x CALL { WITH x RETURN x AS y } RETURN y', {}).join()).toMatch(
      /deprecated/,
    );
  });

  it('read and write only properties of the graph model', () => {
    for (const name of STATEMENT_NAMES) {
      const text = statements[name].replace(/\/\/.*$/gm, '').replace(/`[^`]*`/g, '');
      const keys = [
        ...[...text.matchAll(/\b(\w+)\.(\w+)/g)]
          .filter(([, owner]) => !['row', 'link', 'db', 'index', 'fulltext'].includes(owner!))
          .map((m) => m[2]!),
        ...[...text.matchAll(/[{,]\s*\.(\w+)/g)].map((m) => m[1]!),
      ];
      const unknown = keys.filter((k) => !(PROPERTY_KEYS as readonly string[]).includes(k));
      expect([name, unknown]).toEqual([name, []]);
    }
  });

  it('take every value as a parameter: nothing to splice into, no string building', () => {
    for (const name of STATEMENT_NAMES) {
      const code = statements[name].replace(/\/\/.*$/gm, '');
      expect([name, code]).not.toEqual([name, expect.stringMatching(/\$\{|\{\{|%s|['"]\s*\+|\+\s*['"]/)]);
      expect([name, code]).not.toEqual([name, expect.stringMatching(/apoc\.cypher|apoc\.do|\bLOAD CSV\b/i)]);
    }
  });

  it('write each listing filter once, in cypher/fragments/, and include it in every listing statement', () => {
    const fragment = (name: string) =>
      readFileSync(join(cypherDirectory(), 'fragments', `${name}.cypher`), 'utf8');
    const includers = {
      'actor-filter': STATEMENT_NAMES.filter((n) => /^actors-(page-|count$)/.test(n)),
      'partnership-filter': [
        ...STATEMENT_NAMES.filter((n) => /^partnerships-(page-|count$)/.test(n)),
        'partnership-participants' as const,
        'actor-neighbours' as const,
      ],
    };
    for (const [name, statementNames] of Object.entries(includers)) {
      const text = fragment(name);
      const condition = text.split('\n').find((line) => line.startsWith('WHERE'))!;
      for (const statement of statementNames)
        expect([statement, statements[statement]]).toEqual([statement, expect.stringContaining(text)]);
      // Once: no statement file spells the filter out itself.
      for (const file of files)
        expect([file, readFileSync(join(cypherDirectory(), file), 'utf8')]).not.toEqual([
          file,
          expect.stringContaining(condition),
        ]);
    }
  });

  it('compose both sort directions of a page from one template', () => {
    expect(statements['actors-page-name-asc']).toContain('ORDER BY a.sortName ASC, a.id ASC');
    expect(statements['actors-page-name-asc']).toContain('a.sortName > $after[0]');
    expect(statements['actors-page-name-desc']).toContain('ORDER BY a.sortName DESC, a.id DESC');
    expect(statements['actors-page-name-desc']).toContain('a.sortName < $after[0]');
  });

  it('fail to load with a message naming every missing file', async () => {
    const dir = await tempDir();
    try {
      const error = (() => {
        try {
          loadStatements(dir.path);
        } catch (e) {
          return e as Error;
        }
        throw new Error('loaded an empty directory');
      })();
      expect(error).toBeInstanceOf(UnavailableError);
      expect(error.message).toContain(dir.path);
      expect(error.message).toContain('meta-lock.cypher');
    } finally {
      await dir.remove();
    }
  });
});

/** Runs every method of the store against the fake driver, recording what each statement was given. */
async function exercise(text: string): Promise<Call[]> {
  const { ids, network } = makeNetwork('tck');
  const driver = new FakeDriver((call) => {
    if (call.name === 'actors-page-name-asc') return [{ id: ids.syri, key: ['syri i vizionit', ids.syri] }];
    if (call.name === 'actors-by-id')
      return (call.params.ids as string[]).flatMap((id) =>
        network.actors.filter((a) => a.id === id).map((a) => rowFor('actors', a)),
      );
    return undefined;
  });
  const store = await Neo4jStore.start(driver.asDriver(), statements, {
    uri: 'bolt://x:7687',
    username: 'n',
  });
  const page = await store.listActors({}, { field: 'NAME', direction: 'ASC' }, { first: 1 });
  await store.listPartnerships({}, { field: 'ID', direction: 'ASC' }, { first: 1 });
  for (const direction of ['ASC', 'DESC'] as const) {
    for (const field of ['NAME', 'ID'] as const)
      await store.listActors(
        {
          text,
          sectors: ['GOVERNMENT'],
          kinds: ['NGO'],
          ids: [text],
          homeAreaIds: [text],
          identifiers: [{ scheme: 'IATI', id: text }],
          partnerships: { text },
        },
        { field, direction },
        { first: 10, ...(field === 'NAME' && direction === 'ASC' ? { after: page.endCursor! } : {}) },
      );
    for (const field of ['TITLE', 'START_DATE', 'ID'] as const)
      await store.listPartnerships(
        {
          text,
          actorIds: [text],
          roles: ['LEAD'],
          areaIds: [text],
          themeIds: [text],
          targetGroupIds: [text],
        },
        { field, direction },
        { first: 10 },
      );
  }
  await store.search(text, 5);
  await store.listAreas({ level: 'REGION', parentId: text });
  await store.listThemes();
  await store.listTargetGroups();
  await store.snapshot({ asOf: '2024-01-01', sectors: ['ACADEMIA'], areaIds: [text] });
  for (const kind of ['actors', 'partnerships', 'areas', 'themes', 'targetGroups'] as const)
    await store.getMany(kind, [text]);
  await store.referrers('actors', [text], 'partnerships');
  await store.partnersOf([text]);
  driver.answerWith(() => undefined); // an empty database: the network is all new
  await store.write({ upsert: network }, { audit: (result) => ({ revision: result.revision, by: text }) });
  await store.auditRecordsAfter(0);
  driver.answerWith((call) =>
    call.name.endsWith('-by-id')
      ? (call.params.ids as string[]).flatMap((id) =>
          (['actors', 'partnerships', 'areas', 'themes', 'targetGroups'] as const).flatMap((kind) =>
            call.name.startsWith(kind === 'targetGroups' ? 'target-groups' : kind)
              ? (network[kind] as { id: string }[])
                  .filter((r) => r.id === id)
                  .map((r) => rowFor(kind, r as never))
              : [],
          ),
        )
      : undefined,
  );
  await store.neighbourhood(ids.syri, 2, {
    asOf: '2024-01-01',
    sectors: ['CIVIL_SOCIETY', 'GOVERNMENT'],
    partnershipKinds: ['ADVOCACY'],
    themeIds: [text],
    areaIds: [text],
  });
  await store.write({
    delete: {
      actorIds: [ids.unicef],
      partnershipIds: [ids.ece],
      areaIds: [ids.prishtine],
      themeIds: [ids.nutrition],
      targetGroupIds: [ids.rae],
    },
  });
  // Stored records rewritten: their old links are dropped first (unlink-*).
  const rename = <T extends { name: string }>(record: T) => ({ ...record, name: `${record.name} (renamed)` });
  await store.write({
    upsert: {
      actors: [rename(network.actors.find((a) => a.id === ids.syri)!)],
      areas: [rename(network.areas.find((a) => a.id === ids.prishtine)!)],
      partnerships: [{ ...network.partnerships.find((p) => p.id === ids.ece)!, title: 'Renamed' }],
    },
  });
  await store.write({});
  await store.health();
  await store.close();
  return driver.calls;
}

describe('statements as the adapter runs them', () => {
  const hostile = "x' }) DETACH DELETE n //";
  let calls: Call[];
  beforeAll(async () => {
    calls = await exercise(hostile);
  }, 60_000);

  it('runs every statement file (this exercise covers them all)', () => {
    expect([...new Set(calls.map((c) => c.name))].sort()).toEqual([...STATEMENT_NAMES].sort());
  });

  it('passes exactly the parameters each statement names', () => {
    for (const call of calls) {
      const named = Object.keys(parametersNamed(call.text)).sort();
      expect([call.name, Object.keys(call.params).sort()]).toEqual([call.name, named]);
    }
  });

  it('each parse and pass Neo4j semantic analysis for Cypher 5, with no warning, given those parameters', () => {
    // Once per statement (the linter takes a fraction of a second each), with the parameters it was run with.
    const given = new Map(calls.map((c) => [c.name, c.params]));
    const found = STATEMENT_NAMES.map((name) => [name, problems(statements[name], given.get(name)!)]);
    expect(found.filter(([, p]) => p!.length > 0)).toEqual([]);
  }, 180_000);

  it('keeps user input out of the statement text: it travels only as parameter values', () => {
    const texts = new Set<string>(Object.values(statements));
    for (const call of calls) {
      expect(texts.has(call.text)).toBe(true); // the file, byte for byte
      expect(call.text).not.toContain('DETACH DELETE n //');
    }
    // ...and it did reach the statements that filter on it, folded for text filters, as given for ids.
    const carrying = new Set(
      calls.filter((c) => /detach delete n/i.test(JSON.stringify(c.params))).map((c) => c.name),
    );
    for (const name of ['actors-count', 'actors-page-id-desc', 'partnerships-page-title-asc', 'areas-list'])
      expect(carrying).toContain(name);
    const counted = calls.find((c) => c.name === 'actors-count' && c.params.ids !== null)!.params;
    expect(counted).toMatchObject({ ids: [hostile], text: "x' }) detach delete n //" });
    // Identifiers are compared by their key: the scheme and the id in capitals.
    expect(counted.identifierKeys).toEqual([`IATI:${hostile.toUpperCase()}`]);
  });

  it('sends integers as Integers (LIMIT refuses a float) and dates as DATE values', () => {
    for (const call of calls) {
      if ('limit' in call.params)
        expect([call.name, call.params.limit?.constructor.name]).toEqual([call.name, 'Integer']);
      if (call.params.asOf !== null && call.params.asOf !== undefined)
        expect([call.name, call.params.asOf.constructor.name]).toEqual([call.name, 'Date']);
    }
  });
});

it('the statement files are UTF-8 text with one statement each (no semicolons between statements)', () => {
  for (const file of files) {
    const text = readFileSync(join(cypherDirectory(), file), 'utf8').replace(/\/\/.*$/gm, '');
    expect([file, text.includes(';')]).toEqual([file, false]);
  }
});
