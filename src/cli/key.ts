import { ConfigError, loadConfig } from '../config';
import { runMain } from '../entry-point';
import { parseCommandLine } from './args';
import { KeysFileError, appendKey, keysFilePath, readKeysFile, revokeKey } from '../app/access/api-key-file';
import { generateKey, hashKey } from '../app/access/api-keys';
import { RoleSchema } from '../app/access/roles';
import { IdSchema } from '../domain';

const USAGE = `usage: npm run key -- create --role reader|editor|admin --id NAME
       npm run key -- list
       npm run key -- revoke --id NAME`;

/**
 * `npm run key -- create|list|revoke`: manages the API keys file (API_KEYS_FILE, or DATA_DIR/api-keys).
 * `create` prints the new key once, on stdout alone (so scripts can capture it); the file keeps only its
 * SHA-256. A running server reads the file again on SIGHUP.
 */
async function main(): Promise<void> {
  const { positionals, values } = parseCommandLine(
    process.argv.slice(2),
    USAGE,
    { role: { type: 'string' }, id: { type: 'string' } },
    true,
  );
  const file = keysFilePath(loadConfig());
  const command = positionals[0];
  try {
    switch (command) {
      case 'create': {
        const id = checked('--id', IdSchema, values.id);
        const role = checked('--role', RoleSchema, values.role);
        const key = generateKey();
        await appendKey(file, { id, role, sha256: hashKey(key) });
        process.stderr.write(`created key "${id}" (${role}) in ${file}; it is shown once, keep it now:\n`);
        process.stdout.write(`${key}\n`);
        return;
      }
      case 'list': {
        const entries = await readKeysFile(file);
        if (entries.length === 0) process.stderr.write(`no keys in ${file}\n`);
        for (const { id, role } of entries) process.stdout.write(`${id} ${role}\n`);
        return;
      }
      case 'revoke': {
        const id = checked('--id', IdSchema, values.id);
        if (!(await revokeKey(file, id))) throw new ConfigError([`no key with id "${id}" in ${file}`]);
        process.stderr.write(`revoked key "${id}"; send SIGHUP to a running server (or restart it)\n`);
        return;
      }
      default:
        throw new ConfigError([command === undefined ? 'no command' : `unknown command "${command}"`, USAGE]);
    }
  } catch (error) {
    if (error instanceof KeysFileError) throw new ConfigError([error.message]);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigError([`${file} does not exist`]);
    throw error;
  }
}

/** An option's value, checked by its schema; a ConfigError naming the option otherwise. */
function checked<T>(
  option: string,
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
  },
  value: string | undefined,
): T {
  if (value === undefined) throw new ConfigError([`${option} is required`, USAGE]);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ConfigError([`${option} ${parsed.error.issues[0]!.message}`]);
  return parsed.data;
}

runMain(main);
