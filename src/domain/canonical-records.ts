import { regexes } from 'zod';
import { ActorSchema } from './actor';
import { AREA_RULES } from './area';
import { AREA_LEVELS, ACTOR_KINDS, PARTNERSHIP_KINDS, ROLES, SECTORS } from './enums';
import { SLUG_PATTERN } from './fields';
import type { EntityKind, EntityOf } from './network';
import { datesInOrder } from './partnership';

/*
 * A fast path for the entity schemas, for large imports: zod's preprocess/transform chains cost more per
 * record than everything else an import does. `parseCanonical` accepts only records already in the form the
 * schema outputs (trimmed text, lists present, no null) and returns exactly what the schema would return
 * for them; anything else gets `undefined` and the caller parses it with the schema, which stays the source
 * of truth and of every error message. test/domain/canonical-records.test.ts holds the two to the same output.
 */

/** A field rule: the field's parsed value, or INVALID when the fast path cannot vouch for it. */
const INVALID = Symbol('invalid');
type Rule = (value: unknown) => unknown;

const text =
  (min: number, max: number): Rule =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && v.trim() === v ? v : INVALID;
const oneOf = (values: readonly string[]): Rule => {
  const allowed = new Set(values);
  return (v) => (typeof v === 'string' && allowed.has(v) ? v : INVALID);
};
const id: Rule = (v) => (typeof v === 'string' && v.length <= 100 && SLUG_PATTERN.test(v) ? v : INVALID);
const date: Rule = (v) => (typeof v === 'string' && regexes.date.test(v) ? v : INVALID);
const count: Rule = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : INVALID);
const name = text(1, 300);
const source = text(1, 300);
const description = text(0, 10_000);
/** Rarely present and hard to restate exactly (URL parsing): the schema's own field, kept only if it returns the input. */
const website: Rule = (v) => {
  const parsed = ActorSchema.shape.website.safeParse(v);
  return parsed.success && parsed.data === v ? v : INVALID;
};

interface Field {
  key: string;
  /** required: must be valid; optional: absent stays absent, null becomes undefined; list: absent or null is []. */
  mode: 'required' | 'optional' | 'list';
  rule: Rule;
  /** For lists: the key two items must not share. */
  distinct?: (item: never) => unknown;
}

const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** A strict object of `fields`, output with its keys in field order (as zod does) and frozen. */
function object(fields: readonly Field[], holds?: (record: never) => boolean): Rule {
  const known = new Set(fields.map((f) => f.key));
  return (value) => {
    if (!plain(value)) return INVALID;
    for (const key in value) if (!known.has(key)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const { key, mode, rule, distinct } of fields) {
      const v = value[key];
      if (v === undefined || v === null) {
        if (mode === 'required') return INVALID;
        if (mode === 'list') out[key] = Object.freeze([]);
        else if (key in value) out[key] = undefined;
        continue;
      }
      if (mode !== 'list') {
        const parsed = rule(v);
        if (parsed === INVALID) return INVALID;
        out[key] = parsed;
        continue;
      }
      if (!Array.isArray(v)) return INVALID;
      const items = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) if ((items[i] = rule(v[i])) === INVALID) return INVALID;
      if (distinct && !allDistinct(items, distinct as (item: unknown) => unknown)) return INVALID;
      out[key] = Object.freeze(items);
    }
    if (holds && !holds(out as never)) return INVALID;
    return Object.freeze(out);
  };
}

function allDistinct(items: readonly unknown[], key: (item: unknown) => unknown): boolean {
  if (items.length < 2) return true;
  const seen = new Set<unknown>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

const same = (item: never) => item;
const required = (key: string, rule: Rule): Field => ({ key, mode: 'required', rule });
const optional = (key: string, rule: Rule): Field => ({ key, mode: 'optional', rule });
const list = (key: string, rule: Rule, distinct: (item: never) => unknown = same): Field => ({
  key,
  mode: 'list',
  rule,
  distinct,
});

const vocabularyTerm = object([
  required('id', id),
  required('name', name),
  optional('description', description),
  optional('source', source),
]);

const RULES: Record<EntityKind, Rule> = {
  actors: object([
    required('id', id),
    required('name', name),
    optional('acronym', text(1, 40)),
    required('sector', oneOf(SECTORS)),
    required('kind', oneOf(ACTOR_KINDS)),
    optional('description', description),
    optional('website', website),
    optional('homeAreaId', id),
    optional('contact', text(1, 500)),
    list('tags', text(1, 60)),
    optional('source', source),
  ]),
  partnerships: object(
    [
      required('id', id),
      required('title', name),
      required('kind', oneOf(PARTNERSHIP_KINDS)),
      optional('startDate', date),
      optional('endDate', date),
      optional('description', description),
      list(
        'participants',
        object([required('actorId', id), required('role', oneOf(ROLES))]),
        (p: { actorId: string; role: string }) => `${p.actorId} as ${p.role}`,
      ),
      list('areaIds', id),
      list('themeIds', id),
      list(
        'targetGroups',
        object([required('targetGroupId', id), optional('targeted', count), optional('reached', count)]),
        (t: { targetGroupId: string }) => t.targetGroupId,
      ),
      optional('source', source),
    ],
    (p: EntityOf['partnerships']) => p.participants.length > 0 && datesInOrder(p),
  ),
  areas: object(
    [
      required('id', id),
      required('name', name),
      optional('altName', name),
      required('level', oneOf(AREA_LEVELS)),
      optional('parentId', id),
      optional('population', count),
      optional('childPopulation', count),
      optional('source', source),
    ],
    (a: EntityOf['areas']) => AREA_RULES.every((rule) => rule(a)),
  ),
  themes: vocabularyTerm,
  targetGroups: vocabularyTerm,
};

/**
 * The record the schema of `kind` would output for `value`, deeply frozen, when `value` is already in that
 * form; undefined when it is not (or is invalid): then parse it with the schema, which also names the problems.
 */
export function parseCanonical<K extends EntityKind>(kind: K, value: unknown): EntityOf[K] | undefined {
  const parsed = RULES[kind](value);
  return parsed === INVALID ? undefined : (parsed as EntityOf[K]);
}
