import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';
import { useTestApi } from './helpers/api';

const root = join(__dirname, '..');
/**
 * README.md and the user documents in docs/, one text: the examples moved to docs/ are checked as when they were in
 * the README. docs/design.md is left out: its `graphql` blocks sketch the schema's shape, they are not operations.
 */
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs')).flatMap((f) =>
    f.endsWith('.md') && f !== 'design.md' ? [`docs/${f}`] : [],
  ),
];
const readme = docs.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');

/** Every GraphQL example in README.md and docs/, one operation at a time, as a reader would paste it. */
function readmeOperations(): string[] {
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    parse(block).definitions.map((definition) => {
      if (definition.kind !== Kind.OPERATION_DEFINITION) throw new Error('README: only operations expected');
      return print(definition);
    }),
  );
}

/** The examples shown with their answer: a graphql block followed at once by a json block of its `data`. */
function answeredExamples(): [title: string, operation: string, data: unknown][] {
  return [...readme.matchAll(/```graphql\n((?:(?!```)[\s\S])*)```\s*```json\n([\s\S]*?)```/g)].map((m) => [
    m[1]!.split('\n')[0]!,
    m[1]!,
    JSON.parse(m[2]!),
  ]);
}

describe('README and docs/ examples', () => {
  const api = useTestApi();
  const operations = readmeOperations();

  it('has examples to check', () => {
    expect(operations.length).toBeGreaterThanOrEqual(5);
  });

  it.each(operations.map((op) => [op.split('\n')[0], op]))(
    'runs without errors on the seed: %s',
    async (_title, operation) => {
      const body = await api().graphql(operation);
      expect(body.errors).toBeUndefined();
      expect(body.data).toBeTruthy();
      // Examples that list things must show something on the seed network, or they teach nothing.
      expect(JSON.stringify(body.data)).not.toMatch(/"totalCount":0[,}]/);
    },
  );

  it('shows real answers on the seed network', () => {
    expect(answeredExamples().length).toBeGreaterThanOrEqual(3);
  });

  it.each(answeredExamples())('answers as shown: %s', async (_title, operation, data) => {
    const body = await api().graphql(operation);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual(data);
  });
});
