import { Dice, randomJson } from './generators';

/** A write the fuzzer sends with an editor's (or, for imports, an admin's) key. */
export interface FuzzWrite {
  family: string;
  query: string;
  variables: Record<string, unknown>;
  /** True when the write is certainly invalid: it must be refused and change nothing. */
  invalid: boolean;
}

const UPSERT =
  'mutation($input: NetworkInput!) { upsertNetwork(input: $input) { revision created: createdCount updated: updatedCount } }';

/** A valid batch with this run's own ids: one area, one theme, two actors, one partnership between them. */
function validBatch(n: number) {
  return {
    areas: [{ id: `fuzz-area-${n}`, name: 'Fuzz area', level: 'MUNICIPALITY', parentId: 'district-peja' }],
    themes: [{ id: `fuzz-theme-${n}`, name: 'Fuzz theme' }],
    targetGroups: [],
    actors: [
      { id: `fuzz-a-${n}`, name: 'Fuzz A', sector: 'CIVIL_SOCIETY', kind: 'NGO' },
      { id: `fuzz-b-${n}`, name: 'Fuzz B', sector: 'GOVERNMENT', kind: 'MUNICIPALITY' },
    ],
    partnerships: [
      {
        id: `fuzz-p-${n}`,
        title: 'Fuzz partnership',
        kind: 'ADVOCACY',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        participants: [
          { actorId: `fuzz-a-${n}`, role: 'LEAD' },
          { actorId: `fuzz-b-${n}`, role: 'PARTICIPANT' },
        ],
        areaIds: [`fuzz-area-${n}`],
        themeIds: [`fuzz-theme-${n}`],
        targetGroups: [{ targetGroupId: 'adolescents', targeted: 10 }],
      },
    ],
  };
}
type Batch = ReturnType<typeof validBatch>;

/** Ways to break one row of a batch, each certainly refused by the domain's rules or by GraphQL. */
const CORRUPTIONS: ((b: Batch, dice: Dice) => void)[] = [
  (b, d) => (b.actors[d.int(2)]!.id = d.pick(['Not A Slug', '', 'a--b', '-x', 'ü-id', 'x'.repeat(300)])),
  (b) => (b.actors[0]!.sector = 'NOPE'),
  (b) => (b.actors[1]!.kind = 'PRESIDENT'),
  (b) => (b.partnerships[0]!.endDate = '2023-01-01'),
  (b, d) => (b.partnerships[0]!.startDate = d.pick(['2025-02-30', '2024-13-01', 'yesterday', '24-01-01'])),
  (b) => b.partnerships[0]!.participants.unshift({ actorId: 'nobody-at-all', role: 'LEAD' }),
  (b) => (b.partnerships[0]!.participants = []),
  (b) =>
    b.partnerships[0]!.participants.push(
      ...b.partnerships[0]!.participants.slice(0, 1),
      ...b.partnerships[0]!.participants.slice(0, 1),
    ),
  (b, d) => (b.partnerships[0]!.targetGroups[0]!.targeted = d.pick([-5, 1.5, 2 ** 40])),
  (b) => (b.partnerships[0]!.targetGroups[0]!.targetGroupId = 'no-such-group'),
  (b) => (b.partnerships[0]!.areaIds = ['fuzz-area-missing']),
  (b) => (b.areas[0]!.parentId = 'atlantis'),
  (b) => (b.areas[0]!.level = 'GALAXY'),
  (b) => (b.partnerships[0]!.title = undefined as unknown as string),
  (b, d) => ((b.actors[0] as Record<string, unknown>).name = d.pick([42, true, {}, null])),
];

/** Mutations with variables of random shapes (occasionally valid by chance: then they may succeed). */
const MUTATIONS = [
  'mutation($input: ActorInput!) { createActor(input: $input) { id } }',
  'mutation($id: ID!, $patch: ActorPatch!) { updateActor(id: $id, patch: $patch) { id } }',
  'mutation($id: ID!) { deletePartnership(id: $id) { revision } }',
  'mutation($p: ID!, $a: ID!, $r: Role!) { addParticipant(partnershipId: $p, actorId: $a, role: $r) { id } }',
  'mutation($id: ID!, $d: Date!) { endPartnership(id: $id, endDate: $d) { id } }',
  'mutation($input: AreaInput!) { createArea(input: $input) { id } }',
];

/** Import content that is not a valid network: garbage, or a JSON/CSV document with a broken row. */
function brokenImport(dice: Dice, n: number): FuzzWrite {
  const batch = validBatch(n);
  dice.pick(CORRUPTIONS)(batch, dice);
  const csv = [
    'id,name,sector,kind',
    `fuzz-csv-${n},Fuzz CSV,${dice.pick(['NOPE', 'CIVIL_SOCIETY'])},${dice.pick(['NGO', 'BAD_KIND'])}`,
    `Not A Slug,"unterminated,${dice.int(9)}`,
  ].join('\n');
  const [format, content] = dice.pick([
    ['json', JSON.stringify(batch)],
    ['json', JSON.stringify(randomJson(dice))],
    ['csv', csv],
    ['csv', String(randomJson(dice))],
    ['iati', '<iati-activities><iati-activity><iati-identifier>x</iati-identifier>'],
    ['hxl', '#org+name,#sector\n,,,\n'],
  ] as const);
  return {
    family: 'importNetwork',
    query:
      'mutation($format: ImportFormat!, $content: String) { importNetwork(format: $format, content: $content) { format } }',
    variables: { format, content },
    // A random document is not certainly invalid (e.g. an empty list imports nothing): judged by its answer.
    invalid: false,
  };
}

/** The `index`-th write of the run: a broken upsert batch, a random mutation, or (if it exists) a broken import. */
export function writeRequest(dice: Dice, index: number, hasImport: boolean): FuzzWrite {
  const n = index;
  switch (index % (hasImport ? 3 : 2)) {
    case 0: {
      const batch = validBatch(n);
      for (let k = 1 + dice.int(3); k > 0; k--) dice.pick(CORRUPTIONS)(batch, dice);
      return { family: 'upsertNetwork', query: UPSERT, variables: { input: batch }, invalid: true };
    }
    case 1: {
      const variables = Object.fromEntries(
        ['input', 'id', 'patch', 'p', 'a', 'r', 'd'].map((k) => [k, randomJson(dice)]),
      );
      return { family: 'random mutation', query: dice.pick(MUTATIONS), variables, invalid: false };
    }
    default:
      return brokenImport(dice, n);
  }
}
