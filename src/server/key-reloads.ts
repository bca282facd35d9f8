import type { Access } from '../app/access/access';
import type { Logger } from './logger';

/**
 * Keys are read at start, again when the keys file changes and on SIGHUP (a bad file keeps the keys in
 * use); each reload is logged, so an operator sees that a new key is live or why it is not. After a
 * reload, `reloaded` runs (the WebSockets check their keys again). Returns what stops the reloading.
 */
export function reloadKeysOnChange(access: Access, reloaded: () => void, logger: Logger): () => void {
  const reloadKeys = (reason: string) =>
    void access
      .reloadKeys()
      .then(() => {
        reloaded();
        logger.info({ keysFile: access.keysFile, keys: access.keys.size, reason }, 'keys reloaded');
      })
      .catch((error: Error) =>
        logger.error({ keysFile: access.keysFile, reason }, `keys not reloaded: ${error.message}`),
      );
  const onHangup = () => reloadKeys('SIGHUP');
  process.on('SIGHUP', onHangup);
  const unwatchKeys = access.watchKeys(() => reloadKeys('the keys file changed'));
  return () => {
    process.off('SIGHUP', onHangup);
    unwatchKeys();
  };
}
