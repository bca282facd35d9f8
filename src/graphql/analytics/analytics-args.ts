import { ENTITY_NAMES, NotFoundError, ValidationError } from '../../domain';
import type { Loaders } from '../../app/loaders';

/**
 * An optional whole-number argument in [min, max]; null and absent are "not given". Anything else is a
 * BAD_USER_INPUT naming the argument and the range.
 */
export function intArg(value: number | null | undefined, argument: string, min: number, max: number) {
  if (value === null || value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new ValidationError(
      [{ path: argument, message: `must be a whole number from ${min} to ${max}` }],
      'argument',
    );
  return value;
}

/** An optional number argument in (0, max]; a BAD_USER_INPUT naming the argument otherwise. */
export function positiveArg(value: number | null | undefined, argument: string, max: number) {
  if (value === null || value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0 || value > max)
    throw new ValidationError(
      [{ path: argument, message: `must be a number above 0 and at most ${max}` }],
      'argument',
    );
  return value;
}

/** Bounds of the analytics arguments, in one place. */
export const ARG_LIMITS = {
  /** `top`: how many of a ranking to return. */
  top: 100_000,
  /** `samples`: sampled sources of betweenness (≥ 2: networkx's rescaling needs two). */
  samples: 1_000_000,
  /** `seed`: any non-negative GraphQL Int. */
  seed: 2_147_483_647,
  /** `resolution` of Louvain. */
  resolution: 100,
} as const;

/** `top`, how many of a ranking to return: 0 to ARG_LIMITS.top, like a page's `first`; undefined for all. */
export function topArg(top: number | null | undefined): number | undefined {
  return intArg(top, 'top', 0, ARG_LIMITS.top);
}

/** NOT_FOUND unless each of `actorIds` is a stored actor (an analytics argument naming one). */
export async function requireActors(loaders: Loaders, ...actorIds: string[]): Promise<void> {
  const found = await loaders.actors.loadMany(actorIds);
  const missing = actorIds.find((_, i) => found[i] === null);
  if (missing !== undefined) throw new NotFoundError(ENTITY_NAMES.actors, missing);
}
