/**
 * JSON with object keys sorted (arrays keep their order): two records are "the same" whatever order their
 * keys were built in, so a store that rebuilds records from another representation (Neo4j properties and
 * relationships) compares them as the embedded store does. Undefined fields are dropped, as by JSON.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
