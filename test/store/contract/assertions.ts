import { ValidationError, type EntityKind, type Issue } from '../../../src/domain';
import type { NetworkSnapshot, NetworkStore, WriteResult } from '../../../src/store/network-store';
import { byId } from './fixtures';

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    return error;
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
}

/**
 * Expects a ValidationError (code BAD_USER_INPUT) whose issues are at exactly `paths` (each problem once,
 * no issue elsewhere), every issue with a message. Returns the issues for further checks.
 */
export async function expectValidationError(promise: Promise<unknown>, paths: string[]): Promise<Issue[]> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ValidationError);
  const { code, issues } = error as ValidationError;
  expect(code).toBe('BAD_USER_INPUT');
  for (const issue of issues) {
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
  expect(issues.map((i) => i.path).sort()).toEqual([...paths].sort());
  return issues;
}

/** The message of the one issue at `path`. */
export function messageAt(issues: Issue[], path: string): string {
  const found = issues.filter((i) => i.path === path);
  expect(found).toHaveLength(1);
  return found[0]!.message;
}

/** Expects a rejection whose `code` is SERVICE_UNAVAILABLE. */
export async function expectUnavailable(promise: Promise<unknown>): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(Error);
  expect((error as { code?: unknown }).code).toBe('SERVICE_UNAVAILABLE');
}

/** A snapshot's contents, order-independent, for exact comparison. */
export function contentsOf(snapshot: NetworkSnapshot) {
  return {
    actors: byId(snapshot.actors),
    partnerships: byId(snapshot.partnerships),
    areas: byId(snapshot.areas),
    themes: byId(snapshot.themes),
    targetGroups: byId(snapshot.targetGroups),
  };
}

/** Revision and full contents, to prove later that a rejected write changed nothing. */
export async function stateOf(store: NetworkStore) {
  const snapshot = await store.snapshot();
  return { revision: await store.revision(), snapshotRevision: snapshot.revision, ...contentsOf(snapshot) };
}

/** `changed` with each list sorted, and every kind present. */
export function changedSorted(result: WriteResult): Record<EntityKind, string[]> {
  const { changed } = result;
  expect(Object.keys(changed).sort()).toEqual(['actors', 'areas', 'partnerships', 'targetGroups', 'themes']);
  return {
    actors: [...changed.actors].sort(),
    partnerships: [...changed.partnerships].sort(),
    areas: [...changed.areas].sort(),
    themes: [...changed.themes].sort(),
    targetGroups: [...changed.targetGroups].sort(),
  };
}

export const NOTHING_CHANGED: Record<EntityKind, string[]> = {
  actors: [],
  partnerships: [],
  areas: [],
  themes: [],
  targetGroups: [],
};
