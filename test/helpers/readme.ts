import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';

const root = join(__dirname, '..', '..');
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
export const readme = docs.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');

/** Every GraphQL example in README.md and docs/, one operation at a time, as a reader would paste it. */
export function readmeOperations(): string[] {
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    parse(block).definitions.map((definition) => {
      if (definition.kind !== Kind.OPERATION_DEFINITION) throw new Error('README: only operations expected');
      return print(definition);
    }),
  );
}
