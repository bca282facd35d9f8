import type { z } from 'zod';
import { zodIssues } from '../../src/domain';

/** The paths of every issue a schema finds in `value`; [] when it is valid. */
export function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : zodIssues(result.error).map((i) => i.path);
}

/** Parses a value the test knows to be valid, failing with the issues otherwise. */
export function parseValid<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(JSON.stringify(zodIssues(result.error)));
  return result.data;
}
