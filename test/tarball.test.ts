/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- a test that runs npm pack */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { actualManifest, pkg } from './harness/package';

// The published tarball, as `npm pack` would make it from the current build.
const root = path.resolve(__dirname, '..');
const packed = (() => {
	if (!fs.existsSync(path.join(root, 'dist/nodes')))
		throw new Error('No build: run `npm run build` before this test');
	const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	const [report] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
	return report.files.map((f) => f.path).sort();
})();

/** What n8n loads from the package: its compiled code, the nodes' codex files, the icons. */
const LOADED = [
	/^dist\/(nodes|credentials)\/.+\.js$/,
	/^dist\/nodes\/.+\.node\.json$/,
	/^dist\/icons\/[^/]+\.(svg|png)$/,
];
const ALWAYS = ['package.json', 'README.md', 'LICENSE.md'];

test('the tarball carries only what n8n loads (no screenshots, maps, types or build info)', () => {
	expect(packed.filter((f) => !ALWAYS.includes(f) && !LOADED.some((re) => re.test(f)))).toEqual([]);
	expect(packed).toEqual(expect.arrayContaining(ALWAYS));
});

test('the tarball carries every node and credential package.json names', () => {
	const named = [...actualManifest.nodes, ...actualManifest.credentials];
	expect(named.filter((f) => !packed.includes(f))).toEqual([]);
	expect(packed.filter((f) => f.endsWith('.node.json')).length).toBe(actualManifest.nodes.length);
});

test('the tarball carries every icon a node or credential names', () => {
	const icons = (icon: unknown, from: string): string[] =>
		(typeof icon === 'string' ? [icon] : Object.values((icon ?? {}) as Record<string, string>))
			.filter((i) => i.startsWith('file:'))
			.map((i) => path.posix.join(from, i.slice('file:'.length)));
	const named = [
		...Object.values(pkg.nodes).flatMap((n) => icons(n.description.icon, 'dist/nodes/node')),
		...Object.values(pkg.credentials).flatMap((c) => icons(c.icon, 'dist/credentials')),
	];
	expect(named.length).toBeGreaterThan(0);
	expect(named.filter((f) => !packed.includes(f))).toEqual([]);
});
