/**
 * The request kinds `npm run load` mixes: what a dashboard reads, and (with a key that may write) small
 * edits. Each kind is driven by its own autocannon instance, so its figures are its own.
 */
export interface RequestKind {
  name: string;
  /** Share of the connections (of those left after the writers). */
  weight: number;
  /** The i-th request body of this kind: variety (other ids, other words), as many users would send. */
  body(i: number): object;
}

const WORDS = [
  'peje',
  'children',
  'municipality',
  'unicef',
  'youth',
  'save',
  'education',
  'roma',
  'ministry',
];

export function readKinds(ids: readonly string[]): RequestKind[] {
  return [
    {
      name: 'actor page',
      weight: 1,
      body: (i) => ({
        query:
          'query($first: Int) { actors(first: $first) { totalCount edges { node { slug name sector kind } } } }',
        variables: { first: 20 + (i % 30) },
      }),
    },
    {
      name: 'nested partners',
      weight: 1,
      body: (i) => ({
        query:
          'query($id: ID!) { actor(id: $id) { name partners(first: 50) { partnershipCount actor { slug name sector } partnerships { slug title } } } }',
        variables: { id: ids[i % ids.length] },
      }),
    },
    {
      name: 'search',
      weight: 1,
      body: (i) => ({
        query: 'query($q: String!) { search(query: $q, first: 10) { kind slug name score } }',
        variables: { q: WORDS[i % WORDS.length] },
      }),
    },
    {
      name: 'partnerships',
      weight: 1,
      body: () => ({
        query:
          '{ partnerships(first: 25) { edges { node { slug title kind participants { role actor { name } } areas { name } } } } }',
      }),
    },
  ];
}

/** An edit as an editor makes it: one actor's description, a new text every time, so every write changes data. */
export function writeKind(ids: readonly string[], run: string): RequestKind {
  return {
    name: 'write (updateActor)',
    weight: 0,
    body: (i) => ({
      query: 'mutation($id: ID!, $patch: ActorPatch!) { updateActor(id: $id, patch: $patch) { id } }',
      variables: { id: ids[i % ids.length], patch: { description: `load run ${run}, edit ${i}` } },
    }),
  };
}
