/** Tests run the nodes from source through n8n-core's real engine (see test/harness). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }],
	},
	testTimeout: 60000,
	reporters: ['default', '<rootDir>/test/summary-reporter.js'],
	setupFiles: ['<rootDir>/test/setup-env.ts'],
};
