import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { pkg, type } from '../harness/package';

/** n8n's UX rules (n8n-docs ux-guidelines.md), applied to the Heyy node's generated description. */
const properties = pkg.nodes[type('heyy')].description.properties;

/** Every property, nested collection and fixedCollection values included. */
function all(list: INodeProperties[]): INodeProperties[] {
	const out: INodeProperties[] = [];
	for (const property of list) {
		out.push(property);
		for (const option of (property.options ?? []) as Array<
			INodeProperties | { values?: INodeProperties[] }
		>) {
			if ('type' in option) out.push(...all([option as INodeProperties]));
			if ('values' in option && Array.isArray(option.values)) out.push(...all(option.values));
		}
	}
	return out;
}

const every = all(properties);

test('no operation is called "list": list operations are Get Many (getAll)', () => {
	const operations = properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) =>
			(p.options as INodePropertyOptions[]).map((o) => ({ value: o.value, name: o.name })),
		);
	expect(operations.filter((o) => o.value === 'list')).toEqual([]);
	expect(operations.filter((o) => o.value === 'getAll').every((o) => o.name === 'Get Many')).toBe(
		true,
	);
	expect(operations.filter((o) => o.value === 'getAll').length).toBeGreaterThanOrEqual(9);
});

test('dropdowns of five or more options are sorted by name', () => {
	const unsorted = every
		.filter((p) => (p.type === 'options' || p.type === 'multiOptions') && Array.isArray(p.options))
		.filter((p) => (p.options as INodePropertyOptions[]).length >= 5)
		.filter((p) => {
			const names = (p.options as INodePropertyOptions[]).map((o) => o.name);
			return names.join('\n') !== [...names].sort((a, b) => a.localeCompare(b)).join('\n');
		})
		.map((p) => p.displayName);
	expect(unsorted).toEqual([]);
});

test('booleans say "Whether ..."', () => {
	const bad = every
		.filter((p) => p.type === 'boolean' && !String(p.description ?? '').startsWith('Whether'))
		.map((p) => p.displayName);
	expect(bad).toEqual([]);
});

test('ids picked in the editor are Resource Locators, From List by default, with a By ID mode', () => {
	const locators = every.filter((p) => p.type === 'resourceLocator');
	expect(new Set(locators.map((p) => p.name))).toEqual(
		new Set([
			'channelId',
			'contactId',
			'chatId',
			'automationId',
			'messageTemplateId',
			'labelId',
			'attributeId',
			'webhookId',
			'broadcastId',
			'workflowId',
		]),
	);
	for (const locator of locators) {
		expect(locator.default).toEqual({ mode: 'list', value: '' });
		expect(locator.modes?.map((m) => m.name)).toEqual(['list', 'id']);
	}
});

test('the default is Message › Send, and every resource defaults to a read or a send, never a delete', () => {
	const resource = properties.find((p) => p.name === 'resource')!;
	expect(resource.default).toBe('message');
	const defaults = properties.filter((p) => p.name === 'operation').map((p) => String(p.default));
	expect(defaults).not.toContain('delete');
	expect(
		properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === 'message',
		)?.default,
	).toBe('send');
});
