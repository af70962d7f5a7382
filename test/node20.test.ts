/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- compiles the package and runs Node 20 */
/**
 * n8n 1.x runs on Node 20, so the package must too. The compiler keeps newer
 * APIs out of the build (tsconfig's lib stops at ES2022, @types/node at an
 * older Node); this compiles the package the way `npm run build` does into a
 * scratch folder and loads every node and credential package.json lists under
 * Node 20 (scripts/node20.sh finds the machine's, or installs one), checking
 * that each describes itself there exactly as under this Node.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { pkg } from './harness/package';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');

/** Loads what package.json lists from `built` (dist's layout) and prints each type's description. */
const loader = `
const path = require('path');
const [built, manifestFile] = process.argv.slice(1);
const { n8n } = require(manifestFile);
const out = { node: process.version, nodes: {}, credentials: {} };
for (const kind of ['nodes', 'credentials'])
	for (const file of n8n[kind])
		for (const Class of Object.values(require(path.join(built, file.replace(/^dist\\//, '')))))
			if (typeof Class === 'function') {
				const instance = new Class();
				const description = kind === 'nodes' ? instance.description : instance;
				out[kind][description.name] = JSON.parse(JSON.stringify(description));
			}
console.log(JSON.stringify(out));
`;

test('the compiler allows no API newer than Node 20 has', () => {
	const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')) as {
		compilerOptions: { target: string; lib: string[] };
	};
	// ES2023 is the newest edition Node 20 implements in full (ES2024's groupBy, withResolvers: Node 21, 22).
	const edition = (name: string) => Number(/^es(\d{4})/i.exec(name)?.[1] ?? 0);
	const editions = [tsconfig.compilerOptions.target, ...tsconfig.compilerOptions.lib];
	expect(editions.filter((name) => edition(name) > 2023 || /esnext/i.test(name))).toEqual([]);
	const typesNode = JSON.parse(
		fs.readFileSync(path.join(root, 'node_modules/@types/node/package.json'), 'utf8'),
	) as { version: string };
	expect(Number(typesNode.version.split('.')[0])).toBeLessThanOrEqual(20);
});

test('every node and credential of the built package loads under Node 20 and describes itself as under this Node', async () => {
	const built = fs.mkdtempSync(path.join(os.tmpdir(), 'msuite-node20-'));
	try {
		// The build's compiler and tsconfig (n8n-node build runs tsc the same way).
		await run(
			process.execPath,
			[
				path.join(root, 'node_modules/typescript/bin/tsc'),
				'-p',
				path.join(root, 'tsconfig.json'),
				'--outDir',
				built,
				'--incremental',
				'false',
				'--declaration',
				'false',
				'--sourceMap',
				'false',
			],
			{ cwd: root },
		);
		const { stdout } = await run(
			'bash',
			[
				path.join(root, 'scripts/node20.sh'),
				'node',
				'-e',
				loader,
				built,
				path.join(root, 'package.json'),
			],
			// The peer dependency (n8n-workflow) from the project's node_modules, as n8n provides it.
			{ cwd: root, env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } },
		);
		const loaded = JSON.parse(stdout) as {
			node: string;
			nodes: Record<string, unknown>;
			credentials: Record<string, unknown>;
		};
		expect(loaded.node).toMatch(/^v20\./);
		const here = (items: Array<{ name: string }>) =>
			Object.fromEntries(items.map((item) => [item.name, JSON.parse(JSON.stringify(item))]));
		expect(loaded.nodes).toEqual(here(Object.values(pkg.nodes).map((node) => node.description)));
		expect(loaded.credentials).toEqual(here(Object.values(pkg.credentials)));
	} finally {
		fs.rmSync(built, { recursive: true, force: true });
	}
}, 180_000);
