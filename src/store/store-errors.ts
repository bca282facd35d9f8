import { UnavailableError } from '../domain';

/**
 * The store's data belongs to another live process (the embedded store's DATA_DIR lock). The store port
 * says so in its own terms, so its callers (the server, the command-line tools) need not know the adapter.
 */
export class StoreInUseError extends UnavailableError {}
