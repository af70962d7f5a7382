/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
/**
 * The example workflows in examples/ against the nodes' current descriptions:
 * for every node of this package in an example, each parameter it sets must be
 * one the node shows for that resource and operation (n8n's own displayOptions
 * logic, applied to the values the example sets plus the defaults), every
 * collection, fixed-collection and Resource Locator value must have the shape the
 * description declares, every fixed option value must be one of the options,
 * and every credential must be a type the node takes.
 * n8n silently drops a parameter it does not show, so a stale example would
 * import and run with a field missing: this keeps examples from drifting when
 * operations or parameter shapes are renamed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {
	INode,
	INodeParameters,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeType,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { pkg, PACKAGE_NAME } from './harness/package';

const folder = path.resolve(__dirname, '../examples');

interface WorkflowFile {
	nodes: INode[];
	connections: Record<string, unknown>;
}

const examples = fs
	.readdirSync(folder)
	.filter((file) => file.endsWith('.json'))
	.sort()
	.map((file) => ({
		file,
		workflow: JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as WorkflowFile,
	}));

const isExpression = (value: unknown) => typeof value === 'string' && value.startsWith('=');
const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems of one node's parameters against its type's description ([] when it matches). */
export function problemsOf(node: INode, type: INodeType): string[] {
	const description = type.description;
	const problems: string[] = [];
	const credentialTypes = (description.credentials ?? []).map((c) => c.name);
	for (const name of Object.keys(node.credentials ?? {}))
		if (!credentialTypes.includes(name))
			problems.push(`credential ${name} is not one of ${credentialTypes.join(', ')}`);
	const versions = ([] as number[]).concat(description.version);
	if (!versions.includes(node.typeVersion))
		problems.push(`typeVersion ${node.typeVersion} is not one of ${versions.join(', ')}`);
	// What n8n displays depends on the values set plus the defaults of those not set.
	const root =
		NodeHelpers.getNodeParameters(
			description.properties,
			node.parameters,
			true,
			false,
			node,
			description,
		) ?? {};
	const where = ['resource', 'operation']
		.filter((key) => root[key] !== undefined)
		.map((key) => `${key}=${String(root[key])}`)
		.join(' ');

	const checkLevel = (
		values: Record<string, unknown>,
		properties: INodeProperties[],
		siblings: INodeParameters,
		at: string,
	) => {
		for (const [key, value] of Object.entries(values)) {
			const name = `${at}${key}`;
			const named = properties.filter((property) => property.name === key);
			if (!named.length) {
				problems.push(`${name}: no such parameter${at ? '' : ` (${where})`}`);
				continue;
			}
			const shown = named.filter((property) =>
				NodeHelpers.displayParameter(siblings, property, node, description, root),
			);
			if (!shown.length) {
				problems.push(`${name}: not shown for ${where}`);
				continue;
			}
			// Several parameters may share a name (one per operation); one must accept the value.
			const attempts = shown.map((property) => checkValue(value, property, name));
			if (!attempts.some((found) => !found.length)) problems.push(...attempts[0]);
		}
	};

	const checkValue = (value: unknown, property: INodeProperties, name: string): string[] => {
		if (isExpression(value)) return [];
		const found: string[] = [];
		const nested = (run: () => void) => {
			const before = problems.length;
			run();
			found.push(...problems.splice(before));
		};
		switch (property.type) {
			case 'options':
			case 'multiOptions': {
				const dynamic =
					property.typeOptions?.loadOptionsMethod ?? property.typeOptions?.loadOptions;
				if (dynamic) break;
				const allowed = ((property.options ?? []) as INodePropertyOptions[]).map((o) => o.value);
				const given = property.type === 'multiOptions' ? value : [value];
				if (!Array.isArray(given)) {
					found.push(`${name}: a list is expected`);
					break;
				}
				for (const one of given)
					if (!isExpression(one) && !allowed.includes(one as string))
						found.push(
							`${name}: ${JSON.stringify(one)} is not an option (${allowed.map((v) => JSON.stringify(v)).join(', ')})`,
						);
				break;
			}
			case 'collection':
				if (!isObject(value)) found.push(`${name}: an object is expected`);
				else
					nested(() =>
						checkLevel(
							value,
							(property.options ?? []) as INodeProperties[],
							value as INodeParameters,
							`${name}.`,
						),
					);
				break;
			case 'fixedCollection': {
				if (!isObject(value)) {
					found.push(`${name}: an object is expected`);
					break;
				}
				const groups = (property.options ?? []) as INodePropertyCollection[];
				for (const [groupName, entries] of Object.entries(value)) {
					const group = groups.find((g) => g.name === groupName);
					if (!group) {
						found.push(
							`${name}.${groupName}: no such group (${groups.map((g) => g.name).join(', ')})`,
						);
						continue;
					}
					const list = property.typeOptions?.multipleValues ? entries : [entries];
					if (!Array.isArray(list)) {
						found.push(`${name}.${groupName}: a list of entries is expected`);
						continue;
					}
					list.forEach((entry, i) => {
						if (!isObject(entry)) found.push(`${name}.${groupName}[${i}]: an object is expected`);
						else
							nested(() =>
								checkLevel(
									entry,
									group.values,
									entry as INodeParameters,
									`${name}.${groupName}[${i}].`,
								),
							);
					});
				}
				break;
			}
			case 'resourceLocator': {
				// The node reads a plain string as the id, but the editor shows only the object form cleanly.
				const modes = (property.modes ?? []).map((m) => m.name);
				if (!isObject(value) || value.__rl !== true)
					found.push(`${name}: a Resource Locator {"__rl": true, "mode", "value"} is expected`);
				else if (!modes.includes(value.mode as string))
					found.push(
						`${name}: mode ${JSON.stringify(value.mode)} is not one of ${modes.join(', ')}`,
					);
				break;
			}
			case 'boolean':
				if (typeof value !== 'boolean') found.push(`${name}: a boolean is expected`);
				break;
			case 'number':
				if (typeof value !== 'number') found.push(`${name}: a number is expected`);
				break;
			case 'string':
				if (typeof value !== 'string') found.push(`${name}: a string is expected`);
				break;
			case 'resourceMapper':
				if (!isObject(value) || typeof value.mappingMode !== 'string')
					found.push(`${name}: a resource mapper value {mappingMode, value} is expected`);
				break;
			default:
				break;
		}
		return found;
	};

	checkLevel(node.parameters as Record<string, unknown>, description.properties, root, '');
	return problems;
}

const ours = (node: INode) => node.type.startsWith(`${PACKAGE_NAME}.`);

describe('example workflows match the nodes they use', () => {
	it('there are examples, and each uses at least one node of this package', () => {
		expect(examples.length).toBeGreaterThan(0);
		for (const { file, workflow } of examples)
			expect({ file, ours: workflow.nodes.some(ours) }).toEqual({ file, ours: true });
	});

	it.each(examples.map(({ file, workflow }) => [file, workflow] as const))(
		'%s: every parameter set exists for its resource/operation and every option value is offered',
		(_file, workflow) => {
			const problems = workflow.nodes.filter(ours).flatMap((node) => {
				const type = pkg.nodes[node.type];
				if (!type) return [`${node.name}: unknown node type ${node.type}`];
				return problemsOf(node, type).map((problem) => `${node.name}: ${problem}`);
			});
			expect(problems).toEqual([]);
		},
	);

	it.each(examples.map(({ file, workflow }) => [file, workflow] as const))(
		'%s: connections name nodes of the workflow',
		(_file, workflow) => {
			const names = new Set(workflow.nodes.map((node) => node.name));
			const targets = Object.entries(workflow.connections).flatMap(([from, outputs]) => [
				from,
				...Object.values(outputs as Record<string, Array<Array<{ node: string }>>>).flatMap(
					(lists) => lists.flatMap((list) => list.map((link) => link.node)),
				),
			]);
			expect(targets.filter((name) => !names.has(name))).toEqual([]);
		},
	);
});

/** The check itself must catch examples that drift from the nodes: stale shapes of that kind, applied to real nodes. */
describe('the example check catches stale parameters', () => {
	const node = (type: string, parameters: INodeParameters): INode => ({
		id: 'stale',
		name: 'Stale',
		type: `${PACKAGE_NAME}.${type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	});
	const check = (n: INode) => problemsOf(n, pkg.nodes[n.type]);

	it('a credential type the node does not take', () => {
		const stale = { ...node('weni', {}), credentials: { rapidProApi: { id: '1', name: 'x' } } };
		expect(check(stale)).toEqual(['credential rapidProApi is not one of weniApi']);
	});

	it('a renamed operation value (list → getAll)', () => {
		const problems = check(node('heyy', { resource: 'contact', operation: 'list' }));
		expect(problems.join('\n')).toMatch(/operation: "list" is not an option/);
		expect(check(node('heyy', { resource: 'contact', operation: 'getAll' }))).toEqual([]);
	});

	it('a field moved out of a collection (Weni contact name)', () => {
		const stale = node('weni', {
			resource: 'contact',
			operation: 'update',
			updateFields: { name: 'Ana' },
		});
		expect(check(stale).join('\n')).toMatch(/updateFields\.name: no such parameter/);
	});

	it('a parameter of another operation, an unknown one, and a bad Resource Locator mode', () => {
		const problems = check(
			node('weni', {
				resource: 'message',
				operation: 'send',
				limit: 5,
				nonsense: true,
				contact: { __rl: true, mode: 'nomode', value: 'x' },
			}),
		).join('\n');
		const plain = check(
			node('weni', {
				resource: 'flow',
				operation: 'start',
				flow: 'f5901b62-ba76-4003-9c62-72fdacc1b7b7',
			}),
		);
		expect(plain.join('\n')).toMatch(/flow: a Resource Locator .* is expected/);
		expect(problems).toMatch(/limit: not shown for resource=message operation=send/);
		expect(problems).toMatch(/nonsense: no such parameter/);
		expect(problems).toMatch(/contact: mode "nomode" is not one of/);
	});
});
