import { regexes } from 'zod';
import { ActorSchema } from './actor';
import { AREA_RULES } from './area';
import { AREA_LEVELS, ACTOR_KINDS, PARTNERSHIP_KINDS, ROLES, SECTORS } from './enums';
import { SLUG_PATTERN, TEXT_LIMITS } from './fields';
import type { EntityKind, EntityOf } from './network';
import {
  IDENTIFIER_MAX_LENGTH,
  IDENTIFIER_SCHEME_PATTERN,
  identifierKey,
  type OrganisationIdentifier,
} from './identifier';
import {
  areaProvenanceLinked,
  datesInOrder,
  endPartsDated,
  startKnownWhenEnded,
  startPartsDated,
  totalsHaveCurrency,
  type Participation,
  type TargetReach,
} from './partnership';
import { DATE_PRECISIONS, EVIDENCE, type Provenance } from './provenance';

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
const id: Rule = (v) =>
  typeof v === 'string' && v.length <= TEXT_LIMITS.id && SLUG_PATTERN.test(v) ? v : INVALID;
const date: Rule = (v) => (typeof v === 'string' && regexes.date.test(v) ? v : INVALID);
const count: Rule = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : INVALID);
const amount: Rule = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : INVALID);
const currency: Rule = (v) => (typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? v : INVALID);
const name = text(1, TEXT_LIMITS.name);
/** An optional list (absent stays absent, unlike `list` fields): every item a name. */
const names: Rule = (v) =>
  Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && v.every((item) => name(item) === item)
    ? Object.freeze(v)
    : INVALID;
const source = text(1, TEXT_LIMITS.source);
const description = text(0, TEXT_LIMITS.description);
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
  /** For lists: when two items count as the same (the schema rejects a list that repeats one). */
  same?: (a: never, b: never) => boolean;
}

const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * A strict object of `fields`, output with its keys in field order (as zod does). A value already in that
 * order with nothing to normalise is its own output: an import then allocates nothing for it.
 */
function object(fields: readonly Field[], holds?: (record: never) => boolean): Rule {
  const position = new Map(fields.map((f, i) => [f.key, i]));
  const keys = fields.map((f) => f.key);
  return (value) => {
    if (!plain(value)) return INVALID;
    let asIs = true;
    let next = 0;
    let seen = 0; // bit i: fields[i] is a key of value
    // One pass over the value's own keys (reading value[key] inside for-in is V8's fast case).
    for (const key in value) {
      // Keys mostly come in field order, some left out: look ahead first (property names are interned, so
      // each comparison is of two pointers), the map only for a key out of order or unknown.
      let at = next;
      while (at < keys.length && keys[at] !== key) at++;
      if (at === keys.length) at = position.get(key) ?? -1;
      if (at < 0) return INVALID;
      if (at < next) asIs = false;
      next = at + 1;
      seen |= 1 << at;
      const v = value[key];
      const parsed = parseField(fields[at]!, v);
      if (parsed === INVALID) return INVALID;
      if (parsed !== v) asIs = false;
    }
    for (let i = 0; i < fields.length; i++) {
      if (seen & (1 << i) || fields[i]!.mode === 'optional') continue;
      if (fields[i]!.mode === 'required') return INVALID;
      asIs = false; // an absent list becomes []
    }
    let out = value;
    if (!asIs) {
      // Rare (keys out of order, null for absent): the fields are parsed again, into a new object.
      out = {};
      for (const field of fields) {
        const parsed = parseField(field, value[field.key]);
        if (parsed !== undefined || field.key in value) out[field.key] = parsed;
      }
    }
    return holds && !holds(out as never) ? INVALID : Object.freeze(out);
  };
}

/** The parsed value of one field (see Field), INVALID when the fast path cannot vouch for it. */
function parseField({ mode, rule, same }: Field, v: unknown): unknown {
  if (v === undefined || v === null) {
    if (mode === 'required') return INVALID;
    return mode === 'list' ? Object.freeze([]) : undefined;
  }
  if (mode !== 'list') return rule(v);
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return INVALID;
  let copy: unknown[] | undefined; // made once an item's output differs from the item
  for (let i = 0; i < v.length; i++) {
    const item = rule(v[i]);
    if (item === INVALID) return INVALID;
    if (item !== v[i] && !copy) copy = v.slice(0, i);
    copy?.push(item);
  }
  const items = copy ?? v;
  const distinct = !same || allDistinct(items, same as (a: unknown, b: unknown) => boolean);
  return distinct ? Object.freeze(items) : INVALID;
}

/** Lists are short (a partnership's parties, places, themes): pairwise is cheaper than a Set; long ones go to zod. */
const MAX_LIST = 64;

function allDistinct(items: readonly unknown[], same: (a: unknown, b: unknown) => boolean): boolean {
  if (items.length > MAX_LIST) return false;
  for (let i = 1; i < items.length; i++)
    for (let j = 0; j < i; j++) if (same(items[i], items[j])) return false;
  return true;
}

const identical = (a: unknown, b: unknown) => a === b;
const required = (key: string, rule: Rule): Field => ({ key, mode: 'required', rule });
const optional = (key: string, rule: Rule): Field => ({ key, mode: 'optional', rule });
const list = (key: string, rule: Rule, same: (a: never, b: never) => boolean = identical): Field => ({
  key,
  mode: 'list',
  rule,
  same,
});

const identifier = object([
  required('scheme', (v) => (typeof v === 'string' && IDENTIFIER_SCHEME_PATTERN.test(v) ? v : INVALID)),
  required('id', (v) =>
    typeof v === 'string' && v.length <= IDENTIFIER_MAX_LENGTH && /^\S+$/.test(v) ? v : INVALID,
  ),
]);
const provenance = object(
  [
    required('evidence', oneOf(EVIDENCE)),
    optional('source', source),
    optional('quote', text(1, TEXT_LIMITS.quote)),
    optional('reason', text(1, TEXT_LIMITS.reason)),
  ],
  (p: Provenance) => p.evidence !== 'INFERRED' || p.reason !== undefined,
);

/** A list the schema keeps only when it is not empty (partnership tags, area provenance, identifiers). */
function nonEmptyList(key: string, rule: Rule, same: (a: never, b: never) => boolean = identical): Field {
  const items = list(key, rule, same);
  return {
    key,
    mode: 'optional',
    rule: (v) => (Array.isArray(v) && v.length > 0 ? parseField(items, v) : INVALID),
  };
}

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
    optional('acronym', text(1, TEXT_LIMITS.acronym)),
    required('sector', oneOf(SECTORS)),
    required('kind', oneOf(ACTOR_KINDS)),
    optional('description', description),
    optional('website', website),
    optional('homeAreaId', id),
    optional('contact', text(1, TEXT_LIMITS.contact)),
    list('tags', text(1, TEXT_LIMITS.tag)),
    nonEmptyList(
      'identifiers',
      identifier,
      (a: OrganisationIdentifier, b: OrganisationIdentifier) => identifierKey(a) === identifierKey(b),
    ),
    optional('source', source),
    optional('provenance', provenance),
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
        object([required('actorId', id), required('role', oneOf(ROLES)), optional('provenance', provenance)]),
        (a: Participation, b: Participation) => a.actorId === b.actorId && a.role === b.role,
      ),
      list('areaIds', id),
      list('themeIds', id),
      list(
        'targetGroups',
        object([required('targetGroupId', id), optional('targeted', count), optional('reached', count)]),
        (a: TargetReach, b: TargetReach) => a.targetGroupId === b.targetGroupId,
      ),
      optional('source', source),
      optional('currency', currency),
      optional('totalCommitment', amount),
      optional('totalDisbursement', amount),
      optional('provenance', provenance),
      nonEmptyList('tags', text(1, TEXT_LIMITS.tag)),
      optional('startDatePrecision', oneOf(DATE_PRECISIONS)),
      optional('endDatePrecision', oneOf(DATE_PRECISIONS)),
      optional('startDateProvenance', provenance),
      optional('endDateProvenance', provenance),
      nonEmptyList(
        'areaProvenance',
        object([required('areaId', id), required('provenance', provenance)]),
        (a: { areaId: string }, b: { areaId: string }) => a.areaId === b.areaId,
      ),
    ],
    (p: EntityOf['partnerships']) =>
      p.participants.length > 0 &&
      datesInOrder(p) &&
      startKnownWhenEnded(p) &&
      totalsHaveCurrency(p) &&
      areaProvenanceLinked(p) &&
      startPartsDated(p) &&
      endPartsDated(p),
  ),
  areas: object(
    [
      required('id', id),
      required('name', name),
      optional('altName', name),
      optional('alternativeNames', names),
      required('level', oneOf(AREA_LEVELS)),
      optional('parentId', id),
      optional('population', count),
      optional('childPopulation', count),
      optional('populationSource', source),
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
 * The output may be `value` itself or share parts with it, and parts of `value` may be frozen in place (also
 * when it is declined): pass a value nobody changes afterwards, as a reader's draft record.
 */
export function parseCanonical<K extends EntityKind>(kind: K, value: unknown): EntityOf[K] | undefined {
  const parsed = RULES[kind](value);
  return parsed === INVALID ? undefined : (parsed as EntityOf[K]);
}
