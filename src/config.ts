import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'must be true or false' })
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** A whole number from `min` to `max` (a limit, a size, a duration). */
const count = (min: number, max: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` });

/** Configuration from the environment (docs/design.md §6). Every variable is validated here, once, at start-up. */
export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce
      .number({ error: 'must be a port number' })
      .int({ error: 'must be a whole number' })
      .min(0)
      .max(65535, { error: 'must be a port number from 0 to 65535' })
      .default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    SEED: z.enum(['kosovo', 'none'], { error: 'must be "kosovo" or "none"' }).default('kosovo'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, {
        error: 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI',
      })
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    API_KEYS_FILE: z.string().min(1).optional(),
    ALLOW_ANONYMOUS_READ: flag.optional(),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine((origins) => origins.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), {
        error: 'must be origins like https://dashboard.example.org, comma-separated (no path)',
      }),
    MAX_QUERY_DEPTH: count(1, 1000).default(12),
    MAX_QUERY_COST: count(1, 1e9).default(50_000),
    MAX_BODY_BYTES: count(1024, 1024 ** 3).default(10 * 1024 * 1024),
    // Unset: the analytics' own default (DEFAULT_LIMITS in analytics/budget.ts, 10 s), kept in one place.
    ANALYTICS_TIME_BUDGET_MS: count(1, 3_600_000).optional(),
    /** Worker threads sharing the exact path metrics; the machine's cores when unset. */
    ANALYTICS_THREADS: count(1, 256).optional(),
    /** Analytics queries one caller (API key, or address without one) may have running at once. */
    ANALYTICS_PER_CALLER: count(1, 1000).default(2),
    GET_CACHE_MAX_AGE: count(0, 86_400).default(10),
    LIVE_POLL_MS: count(0, 3_600_000).default(2000),
    // The query editor at /graphiql: on outside production, off in production unless asked for.
    GRAPHIQL: flag.optional(),
    INTROSPECTION: flag.optional(),
    LIVE_MAX_SUBSCRIPTIONS: count(1, 10_000).default(100),
    LIVE_MAX_CONNECTIONS_PER_KEY: count(1, 100_000).default(100),
  })
  .transform((c) => ({
    ...c,
    // Anonymous reading is convenient on a laptop and dangerous in production, hence the default.
    ALLOW_ANONYMOUS_READ: c.ALLOW_ANONYMOUS_READ ?? c.NODE_ENV !== 'production',
    // Who may ask for the schema: everyone, but in production only callers with a key (unless on).
    INTROSPECTION: c.INTROSPECTION ?? c.NODE_ENV !== 'production',
    GRAPHIQL: c.GRAPHIQL ?? c.NODE_ENV !== 'production',
  }));
export type Config = z.output<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    // One problem, one line: what a start script or a container log shows of it.
    super(
      problems.length === 1
        ? `invalid configuration: ${problems[0]}`
        : `invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads the configuration; empty variables count as unset. Throws a ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])])}: ${i.message}`,
      ),
    );
  return parsed.data;
}
