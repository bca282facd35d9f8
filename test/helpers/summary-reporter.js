// Ends a jest run with one plain line, "tests: N passed, N failed, N skipped", that CI tooling reads
// whatever test runner it knows, preceded by the name of every skipped test: a skip says why in its title
// (e.g. the Neo4j contract suite without NEO4J_URI), and nobody should have to dig for it.
// Tests that count what they did (the fuzz test's requests, ...) append lines to the file named by
// PN_TEST_COUNTS (test/server/counts.ts); they are printed here, next to the summary, where CI shows them.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

class SummaryReporter {
  constructor() {
    // Set before jest starts its workers, which inherit it.
    this.countsFile = path.join(os.tmpdir(), `partner-network-test-counts-${process.pid}.txt`);
    fs.rmSync(this.countsFile, { force: true });
    process.env.PN_TEST_COUNTS = this.countsFile;
  }

  onRunComplete(_contexts, results) {
    if (fs.existsSync(this.countsFile)) {
      process.stdout.write(fs.readFileSync(this.countsFile, 'utf8'));
      fs.rmSync(this.countsFile, { force: true });
    }
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
