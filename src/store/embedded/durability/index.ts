export {
  DataDirectory,
  DEFAULT_COMPACT_AFTER_BYTES,
  JOURNAL_FILE,
  SNAPSHOT_FILE,
  type DataDirectoryOptions,
  type OpenedDataDirectory,
  type Revisioned,
} from './data-directory';
export { AtomicWriteError, writeFileAtomic } from '../../../lib/atomic-file';
export { acquireDirectoryLock, LOCK_FILE, type DirectoryLock } from './lock';
export { Journal, readJournal, type JournalContents } from './journal';
export {
  ClosedError,
  CorruptJournalError,
  CorruptSnapshotError,
  DataDirectoryLockedError,
  DurabilityError,
  JournalWriteError,
  LockLostError,
  RevisionOrderError,
} from './errors';
