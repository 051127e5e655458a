export type StorageErrorKind = 'quota' | 'blocked' | 'upgrade' | 'constraint' | 'unknown';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'The browser refused to store more data: storage is full. Free some disk space or delete old prospects, then try again.',
  blocked: 'The database is open in an older Linkscout page and cannot be upgraded. Close other Linkscout tabs and windows, then try again.',
  upgrade:
    'The database could not be upgraded to this version of Linkscout, so it was not opened. Nothing was deleted: use “Export raw data” on the dashboard to save everything as it is stored.',
  constraint: 'This would create a duplicate: a record with the same unique value already exists.',
  unknown: 'The database could not save the change.',
};

/** A failed storage operation, with a kind the UI can act on and a message it can show as is. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

interface NamedError {
  name?: unknown;
  inner?: unknown;
  /** Dexie's BulkError lists the failure of each record. */
  failures?: unknown;
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the IndexedDB error (AbortError → inner QuotaExceededError), so look through `inner`.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const named = current as NamedError;
    if (typeof named.name === 'string') names.push(named.name);
    if (Array.isArray(named.failures)) names.push(...named.failures.flatMap(errorNames));
    current = named.inner;
  }
  return names;
}

/** Closing errors that say nothing about the data: another tab, an old version, an abort. */
const OPEN_STATE = new Set(['BlockedError', 'VersionError', 'DatabaseClosedError', 'AbortError', 'InvalidStateError', 'OpenFailedError']);

/** The database was closed by an error raised while opening it: an upgrade step threw on a record. */
function failedUpgrade(names: readonly string[]): boolean {
  const at = names.indexOf('DatabaseClosedError');
  return at >= 0 && names.slice(at + 1).some((n) => !OPEN_STATE.has(n));
}

export function classifyStorageError(error: unknown): StorageErrorKind {
  const names = errorNames(error);
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'ConstraintError')) return 'constraint';
  // A failed upgrade closes the database too (DatabaseClosedError wrapping UpgradeError): it is not another tab's fault.
  if (names.some((n) => n === 'UpgradeError') || failedUpgrade(names)) return 'upgrade';
  if (names.some((n) => n === 'VersionError' || n === 'DatabaseClosedError' || n === 'BlockedError')) return 'blocked';
  return 'unknown';
}

/** Wraps any failure into a StorageError (kept as is when it already is one). */
export function toStorageError(error: unknown, context?: string): StorageError {
  if (error instanceof StorageError) return error;
  const kind = classifyStorageError(error);
  const detail = error instanceof Error && (kind === 'unknown' || kind === 'upgrade') ? ` (${error.message})` : '';
  const message = `${context ? `${context}: ` : ''}${MESSAGES[kind]}${detail}`;
  return new StorageError(kind, message, error);
}

/** Runs a storage operation and rethrows its failure as a StorageError. */
export async function guardStorage<T>(context: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStorageError(error, context);
  }
}
