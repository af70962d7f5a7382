/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialType, INodeType } from 'n8n-workflow';

import type { Package } from './engine';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
	name: string;
	n8n: { nodes: string[]; credentials: string[] };
};

export const PACKAGE_NAME = manifest.name;

/** The dist path package.json lists for a source file. */
function distOf(sourceFile: string): string {
	return `dist/${path.relative(root, sourceFile).replace(/\.ts$/, '.js')}`;
}

/** Source files of the package's nodes and credentials, found on disk. */
function sources(folder: string, suffix: string): string[] {
	const base = path.join(root, folder);
	const found: string[] = [];
	for (const entry of fs.readdirSync(base, { withFileTypes: true })) {
		const full = path.join(base, entry.name);
		if (entry.isDirectory()) {
			for (const file of fs.readdirSync(full))
				if (file.endsWith(suffix)) found.push(path.join(full, file));
		} else if (entry.name.endsWith(suffix)) {
			found.push(full);
		}
	}
	return found.sort();
}

/** Loads the class each file exports (one per file, by n8n convention). */
function load<T>(files: string[]): T[] {
	return files.flatMap((file) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const exports = require(file) as Record<string, new () => T>;
		return Object.values(exports)
			.filter((value) => typeof value === 'function')
			.map((Class) => new Class());
	});
}

const nodeFiles = sources('nodes', '.node.ts');
const credentialFiles = sources('credentials', '.credentials.ts');

/** What package.json's n8n section must list for n8n to load everything in the source. */
export const expectedManifest = {
	nodes: nodeFiles.map(distOf),
	credentials: credentialFiles.map(distOf),
};
export const actualManifest = {
	nodes: [...manifest.n8n.nodes].sort(),
	credentials: [...manifest.n8n.credentials].sort(),
};

/** Every node and credential of the package, keyed the way n8n registers them. */
export const pkg: Package = {
	nodes: Object.fromEntries(
		load<INodeType>(nodeFiles).map((n) => [`${PACKAGE_NAME}.${n.description.name}`, n]),
	),
	credentials: Object.fromEntries(load<ICredentialType>(credentialFiles).map((c) => [c.name, c])),
};

export const type = (name: string) => `${PACKAGE_NAME}.${name}`;
