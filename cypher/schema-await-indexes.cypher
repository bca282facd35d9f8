// Start-up waits until every index is online, so the first query does not scan or miss the full-text index.
CALL db.awaitIndexes($timeoutSeconds)
