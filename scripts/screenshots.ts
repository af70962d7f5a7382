/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions */
// The README's screenshots (docs/screenshots) are taken by the editor (UI)
// suite, test/e2e/ui.e2e.ts: Debian's Chromium in a real n8n 2.41.1 with the
// packed package and the fake providers, so they show filled forms, lists
// loaded from a provider and real output. This runs that suite with
// UI_SCREENSHOTS pointing at docs/screenshots:
//   npx tsx scripts/screenshots.ts
// (the same as `N8N_VERSION=2.41.1 UI_SCREENSHOTS=docs/screenshots npm run test:e2e -- test/e2e/ui`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const run = spawnSync('bash', ['scripts/node24.sh', 'bash', 'scripts/e2e.sh', 'test/e2e/ui'], {
	cwd: root,
	stdio: 'inherit',
	// On n8n 2.41.1 only: the editor suite runs on every tested version, and the last would win.
	env: {
		...process.env,
		N8N_VERSION: '2.41.1',
		UI_SCREENSHOTS: path.join(root, 'docs/screenshots'),
	},
});
process.exit(run.status ?? 1);
