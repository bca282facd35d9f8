import { getIntrospectionQuery } from 'graphql';
import { queryDepth } from '../../../src/graphql/limits/depth';
import { operationOf } from './fixtures';

const depth = (source: string) => {
  const { document, operation } = operationOf(source);
  return queryDepth(operation, document);
};

/** `{ actor { homeArea { parent { parent … { id } } } } }` with `levels` parents. */
const nested = (levels: number) =>
  `{ actor(id: "x") { homeArea { ${'parent { '.repeat(levels)}id${' }'.repeat(levels)} } } }`;

describe('queryDepth', () => {
  it('counts a root field with scalars below it as 1, and each object level below as one more', () => {
    expect(depth('{ about { version } }')).toBe(2);
    expect(depth('{ actors { totalCount } }')).toBe(2);
    expect(depth('{ actors { edges { node { partners { name } } } } }')).toBe(5);
    expect(depth(nested(0))).toBe(3);
    expect(depth(nested(47))).toBe(50);
  });

  it('takes the deepest branch, not the sum of branches', () => {
    expect(depth('{ about { version } actor(id: "x") { homeArea { parent { id: slug } } } }')).toBe(4);
  });

  it('counts fragments where they are spread; inline fragments add no level', () => {
    expect(
      depth(`{ actor(id: "x") { ...A } }
             fragment A on Actor { homeArea { ...B } }
             fragment B on Area { parent { id: slug } }`),
    ).toBe(4);
    expect(depth('{ actor(id: "x") { ... on Actor { homeArea { id: slug } } } }')).toBe(3);
  });

  it("counts introspection like any field, but for ofType: a type's wrappers, nine deep in tools' query", () => {
    // __schema > types > fields > args > type > kind (and ofType > kind… no deeper)
    expect(depth(getIntrospectionQuery())).toBe(6);
    expect(depth('{ __schema { types { fields { type { fields { type { name } } } } } } }')).toBe(7);
    expect(depth('{ __type(name: "Actor") { ofType { ofType { ofType { name } } } } }')).toBe(2);
    expect(depth('{ __typename actor(id: "x") { __typename } }')).toBe(2);
  });

  it('stops on fragment cycles (validation refuses them, but the measure must not hang first)', () => {
    expect(depth('{ actor(id: "x") { ...A } } fragment A on Actor { partners { ...A } }')).toBe(2);
  });

  it('measures each fragment once: 40 fragments each spreading the next twice is instant', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Actor { a: partners { ...F${i + 1} } b: partners { ...F${i + 1} } }`,
    ).join('\n');
    const started = Date.now();
    expect(depth(`{ actor(id: "x") { ...F0 } } ${fragments} fragment F40 on Actor { id }`)).toBe(42);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
