import { z } from 'zod';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  UnavailableError,
  ValidationError,
  formatPath,
  zodIssues,
} from '../../src/domain';

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['endDate'], 'endDate'],
    [['partnerships', 3, 'endDate'], 'partnerships[3].endDate'],
    [
      ['upsert', 'partnerships', 1, 'participants', 0, 'actorId'],
      'upsert.partnerships[1].participants[0].actorId',
    ],
    [['tags', 0, 1], 'tags[0][1]'],
    [[0, 'id'], '[0].id'],
    [['delete', 'actorIds', 0], 'delete.actorIds[0]'],
  ])('renders %j as %j', (segments, path) => {
    expect(formatPath(segments)).toBe(path);
  });
});

describe('ValidationError', () => {
  it('carries every issue, the BAD_USER_INPUT code and a message naming each path', () => {
    const error = new ValidationError(
      [
        { path: 'a[0].b', message: 'is wrong' },
        { path: '', message: 'batch is empty' },
      ],
      'write batch',
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.name).toBe('ValidationError');
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe('invalid write batch: a[0].b: is wrong; batch is empty');
  });

  it('converts zod errors with a prefix, reporting unknown keys at their own path', () => {
    const schema = z.strictObject({ id: z.string(), rows: z.array(z.strictObject({ n: z.number() })) });
    const result = schema.safeParse({ id: 1, rows: [{ n: 1 }, { n: 'x', extra: true, more: 1 }], bogus: 0 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const paths = zodIssues(result.error, ['file', 2]).map((i) => i.path);
    expect(paths.sort()).toEqual(
      [
        'file[2].bogus',
        'file[2].id',
        'file[2].rows[1].extra',
        'file[2].rows[1].more',
        'file[2].rows[1].n',
      ].sort(),
    );
    const error = ValidationError.fromZod(result.error, ['row', 7], 'CSV row');
    expect(error.issues.map((i) => i.path)).toContain('row[7].rows[1].extra');
    expect(error.issues.find((i) => i.path === 'row[7].bogus')?.message).toBe('unknown field');
    expect(error.message.startsWith('invalid CSV row: ')).toBe(true);
  });
});

describe('other domain errors', () => {
  it('have the codes the GraphQL layer maps', () => {
    const notFound = new NotFoundError('actor', 'syri');
    expect([notFound.code, notFound.message, notFound.entity, notFound.id]).toEqual([
      'NOT_FOUND',
      'actor "syri" does not exist',
      'actor',
      'syri',
    ]);
    expect(new ConflictError('taken').code).toBe('CONFLICT');
    const unavailable = new UnavailableError('closed');
    expect([unavailable.code, unavailable.name, unavailable.message]).toEqual([
      'SERVICE_UNAVAILABLE',
      'UnavailableError',
      'closed',
    ]);
  });
});
