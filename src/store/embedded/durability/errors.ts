/**
 * Errors of the durability layer. Each names the file or directory involved, because the person reading
 * them is an operator looking at a data directory, not at our code. The layer is domain-agnostic, so these
 * do not extend the domain's errors; the store maps them where it needs a GraphQL code.
 */
export abstract class DurabilityError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Another live process (or this one) already owns the data directory. */
export class DataDirectoryLockedError extends DurabilityError {
  constructor(
    readonly directory: string,
    readonly pid: number | undefined,
    /** The holder's host name, when it is another machine or container (its pid means nothing here). */
    readonly host?: string,
  ) {
    const holder =
      pid === undefined
        ? 'another process whose LOCK could not be claimed'
        : `process ${pid}${host === undefined ? '' : ` on ${host}`}`;
    super(`data directory ${directory} is in use by ${holder}; stop it or point DATA_DIR elsewhere`);
  }
}

/** Another process took the directory's lease over (this one could not renew it): it must write no more. */
export class LockLostError extends DurabilityError {
  constructor(
    readonly directory: string,
    detail: string,
  ) {
    super(`${detail}; this process no longer writes to ${directory}`);
  }
}

/** The journal is damaged somewhere other than a crash-torn tail, so acknowledged writes may be missing. */
export class CorruptJournalError extends DurabilityError {
  constructor(
    readonly path: string,
    readonly offset: number,
    detail: string,
  ) {
    super(
      `journal ${path} is corrupt at byte ${offset}: ${detail}; refusing to open rather than drop acknowledged writes`,
    );
  }
}

/** snapshot.json cannot be read as a snapshot; it is never partially written, so this means outside damage. */
export class CorruptSnapshotError extends DurabilityError {
  constructor(
    readonly path: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`snapshot ${path} is corrupt: ${detail}`, options);
  }
}

/**
 * A journal write or fsync failed. After a failed fsync the kernel may have dropped the dirty pages, so the
 * journal refuses every later write too; reopening re-reads what actually reached the disk.
 */
export class JournalWriteError extends DurabilityError {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`journal ${path} cannot be written (${describe(cause)}); reopen the data directory to recover`, {
      cause,
    });
  }
}

/** A revision that would make replay ambiguous or lose data (see DataDirectory's revision rules). */
export class RevisionOrderError extends DurabilityError {
  constructor(
    readonly directory: string,
    detail: string,
  ) {
    super(`data directory ${directory}: ${detail}`);
  }
}

/** A journal or data directory was used after close(). */
export class ClosedError extends DurabilityError {
  constructor(
    readonly what: 'journal' | 'data directory',
    readonly path: string,
  ) {
    super(`${what} ${path} has been closed`);
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
