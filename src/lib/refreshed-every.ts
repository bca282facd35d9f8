/**
 * `read`, asked again at most every `maxAgeMs`: a call gets the last value at once while a fresh read
 * runs in the background (only the first call waits for one). A failed read keeps the last value, or
 * `fallback` before the first success: what it serves (the query limits' price of a scan) may be a little
 * stale but must never fail a request.
 */
export function refreshedEvery<T>(maxAgeMs: number, read: () => Promise<T>, fallback: T): () => Promise<T> {
  let value: T | undefined;
  let readAt = -Infinity;
  let reading: Promise<T> | undefined;
  const refresh = (): Promise<T> =>
    (reading ??= read()
      .then(
        (fresh) => {
          value = fresh;
          readAt = Date.now();
          return fresh;
        },
        () => value ?? fallback,
      )
      .finally(() => (reading = undefined)));
  return async () => {
    if (Date.now() - readAt < maxAgeMs) return value!;
    const fresh = refresh();
    return value === undefined ? fresh : value;
  };
}
