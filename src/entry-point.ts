import { ConfigError } from './config';
import { DomainError } from './domain';
import { DurabilityError } from './store/embedded/durability/errors';

/**
 * Runs a command-line entry point: an error we raise on purpose (bad configuration, bad input, a data
 * directory in use) is printed as its message alone, anything else with its stack; either exits 1.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const expected =
      error instanceof ConfigError || error instanceof DomainError || error instanceof DurabilityError;
    console.error(expected ? `error: ${(error as Error).message}` : error);
    process.exit(1);
  });
}
