/* eslint-disable @n8n/community-nodes/no-restricted-globals, @typescript-eslint/no-require-imports */
// n8n-core's own logger (winston) writes every node error to the console;
// tests read errors from the run data instead.
process.env.N8N_LOG_LEVEL = 'silent';

// Providers' documented rate limits are real minutes (Spoki's contact sync: 1 per
// minute). Tests run them 1,000 times faster, so a 3-batch sync paces in
// milliseconds; tests of pacing itself set their own scale (test/dispatch.test.ts).
// (Required after the line above, so that nothing is loaded before the log level is set.)
(
	require('../nodes/shared/dispatch/limits') as typeof import('../nodes/shared/dispatch/limits')
).resetRateLimits(1 / 1000);
