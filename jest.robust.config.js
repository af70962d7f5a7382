/** Robustness suite: bad input, faults, secrets and trigger abuse for every node (see test/robustness). */
const base = require('./jest.config');

module.exports = {
	...base,
	testMatch: ['**/test/robustness/**/*.robust.ts'],
	testPathIgnorePatterns: ['/node_modules/'],
	testTimeout: 600000,
};
