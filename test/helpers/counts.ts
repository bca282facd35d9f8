import { appendFileSync } from 'node:fs';

/**
 * Reports one line of counts (e.g. "fuzz: 5000 requests, 0 server errors") so that it shows in CI output:
 * test/helpers/summary-reporter.js prints these lines before its summary. Without that reporter (a jest
 * run with other reporters) the line goes to the console.
 */
export function reportCounts(line: string): void {
  const file = process.env.PN_TEST_COUNTS;
  if (file) appendFileSync(file, `${line}\n`);
  else console.log(line);
}
