import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config';

export type { Logger };

/**
 * Where secrets could appear in a log object: they are replaced by "[redacted]" wherever a caller puts
 * them. Request bodies and GraphQL variables are never logged at all (mutation inputs hold partners' data).
 */
const REDACTED = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'variables',
  '*.variables',
  'password',
  '*.password',
  'NEO4J_PASSWORD',
  '*.NEO4J_PASSWORD',
];

/**
 * The server's structured logger: one JSON object per line on stdout (or `destination`), with an ISO time,
 * the level by name and the secrets above redacted. `level` is LOG_LEVEL. Writes are synchronous so
 * that nothing logged is lost when the process exits right after.
 */
export function createLogger(level: Config['LOG_LEVEL'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'partner-network', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** A logger that writes nothing: for servers embedded in tests or tools that did not ask for logs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
