import { useTestApi } from './helpers/api';
import { readme, readmeOperations } from './helpers/readme';

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
