import { writeFile } from 'node:fs/promises';
import { ConfigError } from '../config';
import { runMain } from '../entry-point';
import { parseCommandLine } from './args';
import {
  SyntheticNetworkOptionsSchema,
  networkJsonText,
  syntheticNetwork,
} from '../io/generate/synthetic-network';

const USAGE = 'usage: npm run generate -- --actors N [--seed S] [--out FILE]';

/** The options as numbers, checked by the generator's schema; a ConfigError naming each bad option. */
function parseOptions(argv: string[]): { actors: number; seed: number; out: string | undefined } {
  const { actors, seed, out } = parseCommandLine(argv, USAGE, {
    actors: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  }).values;
  // Number('') is 0 and Number(' 7') is 7: only a plain decimal counts as a number here.
  const number = (value: string | undefined) =>
    value === undefined ? undefined : /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  const checked = SyntheticNetworkOptionsSchema.safeParse({ actors: number(actors), seed: number(seed) });
  if (!checked.success)
    throw new ConfigError([
      ...checked.error.issues.map((i) =>
        i.path[0] === 'actors' && actors === undefined
          ? '--actors is required'
          : `--${String(i.path[0])} ${i.message}`,
      ),
      USAGE,
    ]);
  if (out === '') throw new ConfigError(['--out must name a file', USAGE]);
  return { ...checked.data, out };
}

/**
 * `npm run generate -- --actors N [--seed S] [--out FILE]`: writes a synthetic partner network of N actors
 * (src/io/generate/synthetic-network.ts) in our JSON import format to FILE, or to stdout. The same
 * arguments write the same bytes; `npm run import -- --format json FILE` loads it.
 */
async function main(): Promise<void> {
  const { actors, seed, out } = parseOptions(process.argv.slice(2));
  const text = networkJsonText(syntheticNetwork({ actors, seed }));
  if (out === undefined) process.stdout.write(text);
  else {
    await writeFile(out, text);
    process.stderr.write(`wrote ${actors} actors (seed ${seed}) to ${out}\n`);
  }
}

runMain(main);
