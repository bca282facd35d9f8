import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../config';

/**
 * `node:util` parseArgs for a command-line tool: an unknown option, a missing value or a stray argument
 * is a ConfigError saying so, followed by the tool's usage line (the entry point prints it, exits 1).
 */
export function parseCommandLine<
  O extends NonNullable<ParseArgsConfig['options']>,
  P extends boolean = false,
>(argv: string[], usage: string, options: O, allowPositionals?: P) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new ConfigError([(error as Error).message, usage]);
  }
}
