import { actualManifest, expectedManifest, pkg } from './harness/package';

test('package.json lists exactly the nodes and credentials of the source', () => {
	expect(actualManifest).toEqual(expectedManifest);
	expect(Object.keys(pkg.nodes).length).toBeGreaterThan(0);
});

test('action nodes are usable as AI tools; triggers are not', () => {
	const triggers = Object.values(pkg.nodes).filter((node) =>
		node.description.group.includes('trigger'),
	);
	expect(
		[triggers.length, Object.keys(pkg.nodes).length - triggers.length].every((n) => n > 0),
	).toBe(true);
	for (const [name, node] of Object.entries(pkg.nodes)) {
		const isTrigger = node.description.group.includes('trigger');
		expect([name, Boolean(node.description.usableAsTool)]).toEqual([name, !isTrigger]);
	}
});

test('every node names a credential of the package', () => {
	const named = Object.values(pkg.nodes).map((node) =>
		(node.description.credentials ?? []).map((c) => c.name),
	);
	expect(named.filter((names) => names.length === 0)).toEqual([]);
	for (const name of named.flat()) expect(Object.keys(pkg.credentials)).toContain(name);
});
