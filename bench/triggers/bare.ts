/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions -- a benchmark script, not node code */
// The ceiling of any community trigger: a package whose only node is a
// trigger whose webhook() returns the body as the one item (no token, no
// signature, no replay guard, no registration). Built and packed here, for
// the benchmark only; it never ships.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const BARE_PACKAGE = 'n8n-nodes-bench-bare';
export const BARE_TYPE = `${BARE_PACKAGE}.bareTrigger`;

const NODE = `'use strict';
class BareTrigger {
	constructor() {
		this.description = {
			displayName: 'Bare Trigger',
			name: 'bareTrigger',
			group: ['trigger'],
			version: [1, 2],
			defaultVersion: 2,
			description: 'Starts the workflow with the posted body (benchmark only)',
			defaults: { name: 'Bare Trigger' },
			inputs: [],
			outputs: ['main'],
			webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
			properties: [],
		};
	}
	async webhook() {
		return { workflowData: [[{ json: this.getBodyData() }]] };
	}
}
exports.BareTrigger = BareTrigger;
`;

/** Writes the package into `dir` and packs it there; returns the tarball's path. */
export function packBare(dir: string): string {
	const root = path.join(dir, 'bare');
	fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
	fs.writeFileSync(path.join(root, 'dist', 'BareTrigger.node.js'), NODE);
	fs.writeFileSync(
		path.join(root, 'package.json'),
		JSON.stringify({
			name: BARE_PACKAGE,
			version: '1.0.0',
			keywords: ['n8n-community-node-package'],
			files: ['dist'],
			n8n: { n8nNodesApiVersion: 1, nodes: ['dist/BareTrigger.node.js'] },
		}),
	);
	const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
		cwd: root,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop()!;
	return path.join(dir, name);
}

/** Installs a packed package into an n8n user folder's nodes directory (after the main one). */
export function installInto(userFolder: string, tarball: string): void {
	execFileSync(
		'npm',
		['install', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', tarball],
		{ cwd: path.join(userFolder, '.n8n', 'nodes'), stdio: 'ignore' },
	);
}
