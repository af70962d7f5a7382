import { actualManifest, expectedManifest, pkg } from './harness/package';

test('package.json lists exactly the nodes and credentials of the source', () => {
	expect(actualManifest).toEqual(expectedManifest);
	expect(Object.keys(pkg.nodes).length).toBeGreaterThan(0);
});

test('action nodes are usable as AI tools; triggers are not', () => {
	for (const [name, node] of Object.entries(pkg.nodes)) {
		const isTrigger = node.description.group.includes('trigger');
		expect([name, Boolean(node.description.usableAsTool)]).toEqual([name, !isTrigger]);
	}
});

test('every node names a credential of the package', () => {
	for (const node of Object.values(pkg.nodes)) {
		for (const credential of node.description.credentials ?? []) {
			expect(Object.keys(pkg.credentials)).toContain(credential.name);
		}
	}
});
