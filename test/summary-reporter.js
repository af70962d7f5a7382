// Prints the plain closing line CI reads, "N passed, N failed[, N skipped]",
// after Jest's own summary (hence on exit).
const fs = require('fs');

class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
		process.once('exit', () => fs.writeSync(1, `\n${line}\n`));
	}
}
module.exports = SummaryReporter;
