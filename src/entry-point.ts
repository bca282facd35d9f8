import { ConfigError } from './config';
import { DomainError } from './domain';

/**
 * Runs a command-line entry point: an error we raise on purpose (bad configuration, bad input, a store
 * in use or unreachable) is printed as its message alone, anything else with its stack; either exits 1.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const expected = error instanceof ConfigError || error instanceof DomainError;
    console.error(expected ? `error: ${(error as Error).message}` : error);
    process.exit(1);
  });
}
