// @ts-nocheck
// Prints the plain closing line CI reads — "tests: N passed, N failed" — as the very last
// line of the run (jest prints its own summary after the reporters; 'exit' comes after that).
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : '';
    // A suite that cannot even load counts as a failure, or the line would claim a green run.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed${tail}\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
