/* eslint-disable @n8n/community-nodes/no-dangerous-functions -- a test evaluating the nodes' own subtitle expressions */
/**
 * Canvas subtitles read as text: every node's subtitle,
 * evaluated for each operation (action nodes) or each event (triggers), gives
 * the words the user picked, never a raw value such as "sendTemplate: message"
 * or "WHATSAPP_MESSAGE_RECEIVED", and nothing blank.
 */
import type { INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { pkg } from './harness/package';

/** The JavaScript inside `={{ … }}`, run with `$parameter` as n8n gives it. */
function evaluate(subtitle: string, parameters: Record<string, unknown>): string {
	const inner = /^=\{\{([\s\S]*)\}\}$/.exec(subtitle.trim())?.[1];
	if (inner === undefined) return subtitle;
	return String(new Function('$parameter', `return (${inner});`)(parameters));
}

const options = (node: INodeType, name: string): INodePropertyOptions[] =>
	node.description.properties
		.filter((p: INodeProperties) => p.name === name)
		.flatMap((p) => (p.options ?? []) as INodePropertyOptions[]);

const nodes = Object.values(pkg.nodes);

test.each(nodes.map((n) => [n.description.displayName, n] as const))('%s', (_name, node) => {
	const subtitle = String(node.description.subtitle);
	const cases: Array<{ parameters: Record<string, unknown>; expected: string }> = [];
	if (options(node, 'resource').length) {
		for (const property of node.description.properties.filter((p) => p.name === 'operation')) {
			const resource = String(property.displayOptions?.show?.resource?.[0]);
			for (const operation of (property.options ?? []) as INodePropertyOptions[]) {
				cases.push({
					parameters: { resource, operation: operation.value },
					expected: String(operation.action),
				});
			}
		}
	} else if (options(node, 'events').length) {
		for (const event of options(node, 'events')) {
			cases.push({ parameters: { events: [event.value] }, expected: event.name });
		}
	} else {
		cases.push({ parameters: { resthook: 'new-lead' }, expected: 'Resthook new-lead' });
		cases.push({ parameters: { resthook: '' }, expected: 'Choose a resthook' });
	}
	expect(cases.length).toBeGreaterThan(0);
	for (const { parameters, expected } of cases)
		expect(evaluate(subtitle, parameters)).toBe(expected);
});
