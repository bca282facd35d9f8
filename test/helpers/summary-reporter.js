// Ends a jest run with one plain line, "tests: N passed, N failed, N skipped", that CI tooling reads
// whatever test runner it knows, preceded by the name of every skipped test: a skip says why in its title
// (e.g. the Neo4j contract suite without NEO4J_URI), and nobody should have to dig for it.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    for (const file of results.testResults)
      for (const test of file.testResults)
        if (test.status === 'pending' || test.status === 'todo')
          process.stdout.write(`skipped: ${test.fullName}\n`);
    process.stdout.write(
      `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
