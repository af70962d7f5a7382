/**
 * n8n's option rules, applied to the descriptions the nodes generate at load
 * time (resource and operation selectors are built from the operation files, so
 * the linter, which reads source text, never sees them). The sorting rule is
 * eslint-plugin-n8n-nodes-base's `node-param-options-type-unsorted-items`
 * (five or more options, by `name`, `localeCompare`, numeric lists exempt); the
 * rest follow n8n's UX guidelines (n8n-docs `ux-guidelines.md`): "Get Many"
 * (`getAll`) with Return All and Limit, booleans described with "Whether".
 * Each test lists every offending node and parameter.
 */
import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeType,
} from 'n8n-workflow';

import { pkg } from './harness/package';

/** A parameter, wherever it sits, with a label naming the node and where it shows. */
interface Located {
	node: INodeType;
	label: string;
	property: INodeProperties;
}

function showsFor(property: INodeProperties, key: string): string[] {
	const values = property.displayOptions?.show?.[key];
	return Array.isArray(values) ? values.map(String) : [];
}

function labelOf(node: INodeType, property: INodeProperties, path: string[]): string {
	const resource = showsFor(property, 'resource');
	const operation = showsFor(property, 'operation');
	const where = [
		resource.length ? `resource=${resource.join('|')}` : '',
		operation.length ? `operation=${operation.join('|')}` : '',
	].filter(Boolean);
	return `${node.description.displayName}: ${[...path, property.name].join('.')}${where.length ? ` [${where.join(' ')}]` : ''}`;
}

/** Every parameter of a node, including those inside collections and fixed collections. */
function walk(node: INodeType, properties: INodeProperties[], path: string[] = []): Located[] {
	return properties.flatMap((property) => {
		const here: Located = { node, label: labelOf(node, property, path), property };
		const options = (property.options ?? []) as Array<
			INodeProperties | INodePropertyCollection | INodePropertyOptions
		>;
		if (property.type === 'collection') {
			return [here, ...walk(node, options as INodeProperties[], [...path, property.name])];
		}
		if (property.type === 'fixedCollection') {
			return [
				here,
				...(options as INodePropertyCollection[]).flatMap((group) =>
					walk(node, group.values ?? [], [...path, property.name, group.name]),
				),
			];
		}
		return [here];
	});
}

const nodes = Object.values(pkg.nodes) as INodeType[];
const parameters = nodes.flatMap((node) => walk(node, node.description.properties));
const choices = parameters.filter(
	({ property }) =>
		(property.type === 'options' || property.type === 'multiOptions') &&
		Array.isArray(property.options),
);
const optionsOf = (property: INodeProperties) => property.options as INodePropertyOptions[];
const operations = parameters.filter(
	({ property }) => property.name === 'operation' && property.type === 'options',
);

/** n8n-nodes-base's comparator: version names (v2, v1) newest first, others by localeCompare. */
function byName(a: INodePropertyOptions, b: INodePropertyOptions): number {
	if (/^v\d+(\.\d+)?$/.test(a.name))
		return a.name === b.name
			? 0
			: parseFloat(a.name.slice(1)) > parseFloat(b.name.slice(1))
				? -1
				: 1;
	return a.name.localeCompare(b.name);
}

test('the package has nodes, options and operations to check', () => {
	expect(nodes.length).toBeGreaterThanOrEqual(8);
	expect(choices.length).toBeGreaterThan(0);
	expect(operations.length).toBeGreaterThan(0);
});

test('options and multi-options of five or more are sorted by name', () => {
	const checked = choices.filter(({ property }) => {
		const options = optionsOf(property);
		return options.length >= 5 && !/^\d+$/.test(String(options[0].value));
	});
	expect(checked.length).toBeGreaterThan(0);
	const unsorted = checked.flatMap(({ label, property }) => {
		const names = optionsOf(property).map((o) => o.name);
		const sorted = [...optionsOf(property)].sort(byName).map((o) => o.name);
		return names.join('|') === sorted.join('|') ? [] : [`${label}: expected ${sorted.join(', ')}`];
	});
	expect(unsorted).toEqual([]);
});

test('collections of five or more fields are sorted by display name (n8n lint rule, also where a factory builds them)', () => {
	// node-param-collection-type-unsorted-items: localeCompare of displayName, from five items.
	const collections = parameters.filter(
		({ property }) =>
			property.type === 'collection' &&
			Array.isArray(property.options) &&
			property.options.length >= 5,
	);
	expect(collections.length).toBeGreaterThan(0);
	const unsorted = collections.flatMap(({ label, property }) => {
		const names = (property.options as INodeProperties[]).map((o) => o.displayName);
		const sorted = [...names].sort((a, b) => a.localeCompare(b));
		return names.join('|') === sorted.join('|') ? [] : [`${label}: expected ${sorted.join(', ')}`];
	});
	expect(unsorted).toEqual([]);
});

test('the default of an options parameter is one of its options', () => {
	const wrong = choices.flatMap(({ label, property }) => {
		const values = optionsOf(property).map((o) => o.value);
		const defaults =
			property.type === 'multiOptions' ? (property.default as unknown[]) : [property.default];
		if (!Array.isArray(defaults))
			return [`${label}: multiOptions default ${JSON.stringify(property.default)} is not a list`];
		// An expression default is n8n's to evaluate.
		const bad = defaults.filter(
			(d) => !(typeof d === 'string' && d.startsWith('=')) && !values.includes(d as never),
		);
		return bad.length
			? [
					`${label}: default ${JSON.stringify(property.default)} not among ${JSON.stringify(values)}`,
				]
			: [];
	});
	expect(wrong).toEqual([]);
});

test('every operation option has an action (the text n8n shows in the node panel and to AI agents)', () => {
	const missing = operations.flatMap(({ label, property }) =>
		optionsOf(property)
			.filter((option) => typeof option.action !== 'string' || !option.action.trim())
			.map((option) => `${label}: ${String(option.value)}`),
	);
	expect(missing).toEqual([]);
});

test('boolean descriptions start with "Whether"', () => {
	const booleans = parameters.filter(
		({ property }) => property.type === 'boolean' && property.description,
	);
	expect(booleans.length).toBeGreaterThan(0);
	const wrong = booleans
		.filter(({ property }) => !/^Whether\b/.test(property.description!))
		.map(({ label, property }) => `${label}: "${property.description}"`);
	expect(wrong).toEqual([]);
});

test('list operations are Get Many (value getAll), never list', () => {
	const lists = operations.flatMap(({ label, property }) =>
		optionsOf(property)
			.filter((option) => option.value === 'list')
			.map((option) => `${label}: ${String(option.value)} ("${option.name}")`),
	);
	expect(lists).toEqual([]);
});

test('every Get Many operation offers Return All and Limit', () => {
	const getMany = operations.flatMap(({ node, property }) =>
		optionsOf(property).some((option) => option.value === 'getAll')
			? (showsFor(property, 'resource').length ? showsFor(property, 'resource') : ['']).map(
					(resource) => ({ node, resource }),
				)
			: [],
	);
	expect(getMany.length).toBeGreaterThan(0);
	const missing = getMany.flatMap(({ node, resource }) => {
		const shown = (name: string) =>
			node.description.properties.some(
				(p) =>
					p.name === name &&
					showsFor(p, 'operation').includes('getAll') &&
					(!resource || showsFor(p, 'resource').includes(resource)),
			);
		return ['returnAll', 'limit']
			.filter((name) => !shown(name))
			.map((name) => `${node.description.displayName} [resource=${resource}] getAll: no ${name}`);
	});
	expect(missing).toEqual([]);
});

test('Resource Locators default to "From list", and every list they search is registered', () => {
	const locators = parameters.filter(({ property }) => property.type === 'resourceLocator');
	expect(locators.length).toBeGreaterThan(0);
	const wrong = locators.flatMap(({ node, label, property }) => {
		const modes = property.modes ?? [];
		const list = modes.find((m) => m.name === 'list');
		const problems: string[] = [];
		if (!list) problems.push('no "list" mode');
		const mode = (property.default as { mode?: string } | undefined)?.mode;
		if (list && mode !== 'list') problems.push(`default mode ${JSON.stringify(mode)}`);
		const search = list?.typeOptions?.searchListMethod;
		if (list && (!search || !node.methods?.listSearch?.[search])) {
			problems.push(`list search ${JSON.stringify(search)} not in methods.listSearch`);
		}
		return problems.map((p) => `${label}: ${p}`);
	});
	expect(wrong).toEqual([]);
});

test('every dropdown loads its options from a method the node registers', () => {
	const dynamic = parameters.filter(({ property }) => property.typeOptions?.loadOptionsMethod);
	expect(dynamic.length).toBeGreaterThan(0);
	const missing = dynamic
		.filter(
			({ node, property }) =>
				!node.methods?.loadOptions?.[property.typeOptions!.loadOptionsMethod!],
		)
		.map(({ label, property }) => `${label}: ${property.typeOptions!.loadOptionsMethod}`);
	expect(missing).toEqual([]);
});
