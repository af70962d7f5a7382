/** End-to-end suite: the built package inside a real n8n (see scripts/e2e.sh). */
const base = require('./jest.config');

module.exports = {
	...base,
	testMatch: ['**/test/e2e/**/*.e2e.ts'],
	testPathIgnorePatterns: ['/node_modules/'],
	testTimeout: 300000,
	maxWorkers: 1,
	// fetch() keeps sockets to n8n alive after the processes are gone.
	forceExit: true,
};
