import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, type Config } from '../config';

/**
 * Listens on HOST:PORT and resolves with the port (the one the system chose for port 0). When it cannot
 * listen, `cleanUp` runs and the error says which variable to change.
 */
export async function listen(
  httpServer: http.Server,
  config: Pick<Config, 'PORT' | 'HOST'>,
  cleanUp: () => void,
): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      cleanUp();
      reject(listenError(error, config));
    });
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  return (httpServer.address() as AddressInfo).port;
}

/** The usual reasons a server cannot listen are configuration problems: say which variable to change. */
function listenError(error: NodeJS.ErrnoException, config: Pick<Config, 'PORT' | 'HOST'>): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ConfigError([`PORT=${config.PORT}: another process is already listening on it`]);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new ConfigError([`HOST=${config.HOST}: not an address of this machine`]);
    case 'EACCES':
      return new ConfigError([
        `PORT=${config.PORT}: not allowed for this user (ports below 1024 need privileges)`,
      ]);
    default:
      return error;
  }
}
