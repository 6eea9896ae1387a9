// Prints the plain closing line CI reads — "tests: N passed, N failed", the product's tests —
// as the very last line of the run (jest prints its own summary after the reporters; 'exit'
// comes after that). The fakes' own tests (test/fakes/**) only re-check the test layer: they
// are counted apart, on the line before ("fake tests: …", when the run included any).
const path = require('node:path');

const FAKES = `${path.sep}test${path.sep}fakes${path.sep}`;

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const product = { passed: 0, failed: 0, skipped: 0 };
    const fakes = { passed: 0, failed: 0, skipped: 0 };
    for (const suite of results.testResults) {
      const into = suite.testFilePath.includes(FAKES) ? fakes : product;
      into.passed += suite.numPassingTests;
      into.skipped += suite.numPendingTests + suite.numTodoTests;
      // A suite that cannot even load counts as a failure, or the line would claim a green run.
      into.failed += suite.numFailingTests + (suite.testExecError ? 1 : 0);
    }
    const line = (label, c) =>
      `${label}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}\n`;
    const any = (c) => c.passed + c.failed + c.skipped > 0;
    const out = (any(fakes) ? line('fake tests', fakes) : '') + line('tests', product);
    process.once('exit', () => process.stderr.write(out));
  }
}
module.exports = SummaryReporter;
