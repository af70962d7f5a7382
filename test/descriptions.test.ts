/**
 * The editor's own checks, run on the descriptions the nodes generate.
 *
 * n8n looks a parameter's issues up by its name, and checks the options of a
 * collection at the node's top level (n8n-workflow node-helpers.ts
 * getParameterIssues: a collection's children keep the parent's path, hidden or
 * not). So two parameters of one node that share a name at that level must
 * agree on their type, modes and validation, or one borrows the other's rule:
 * a URN typed in one "contact" locator was refused with another's "Not a
 * contact UUID". The second test types, for every operation, the placeholder's
 * example in every mode of every locator shown, and asks n8n's own
 * NodeHelpers.getNodeParametersIssues whether it would let the workflow start.
 */
import {
	NodeHelpers,
	type INode,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyCollection,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { pkg } from './harness/package';

/** The node descriptions n8n would offer, one per version. */
function descriptionsOf(node: INodeType): INodeTypeDescription[] {
	const versioned = node as unknown as { nodeVersions?: Record<number, INodeType> };
	if (versioned.nodeVersions) {
		return Object.values(versioned.nodeVersions).map((v) => v.description);
	}
	return [node.description];
}

const descriptions = (Object.values(pkg.nodes) as INodeType[]).flatMap(descriptionsOf);

interface Scoped {
	/** Where the parameter is read: '' for the top level, else its collection's path. */
	scope: string;
	property: INodeProperties;
}

/**
 * Every parameter under the names it is read by: its own path (a collection's
 * options sit under the collection) and, for a collection's options, also the
 * top level, where n8n's issue check reads them.
 */
function scoped(properties: INodeProperties[], scope = '', checkedAt?: string): Scoped[] {
	return properties.flatMap((property) => {
		const here = [{ scope, property }];
		if (checkedAt !== undefined && checkedAt !== scope) here.push({ scope: checkedAt, property });
		if (property.type === 'collection') {
			const inner = `${scope}${property.name}.`;
			return [
				...here,
				...scoped((property.options ?? []) as INodeProperties[], inner, checkedAt ?? scope),
			];
		}
		if (property.type === 'fixedCollection') {
			return [
				...here,
				...((property.options ?? []) as INodePropertyCollection[]).flatMap((group) =>
					scoped(group.values ?? [], `${scope}${property.name}.${group.name}.`),
				),
			];
		}
		return here;
	});
}

/** Both hold one text value, which n8n checks alike (required or not). */
const TEXT_KINDS = new Set(['string', 'options']);

/** What n8n's issue check reads from a parameter, and the shape of its value. */
function ruleOf(property: INodeProperties): string {
	return JSON.stringify({
		type: TEXT_KINDS.has(property.type) ? 'text' : property.type,
		validateType: property.validateType,
		modes: property.modes?.map((mode) => ({ name: mode.name, validation: mode.validation })),
	});
}

/**
 * Names that hold two shapes since the first release, never on one operation,
 * neither with a rule n8n checks: renaming either would empty it in saved
 * workflows (n8n drops a value of the other shape when it loads one). Weni's
 * contact URNs (a list of scheme and value) and a broadcast's or flow start's
 * URNs (text); Message → Send's quick replies (text and extra each) and Send
 * Template's (text, as Weni Flows takes them).
 */
const KNOWN_SHAPES: Record<string, string[]> = {
	Weni: ['urns', 'options.quickReplies', 'quickReplies'],
};

describe('parameters of one node that share a name', () => {
	for (const description of descriptions) {
		it(`${description.displayName} v${String(description.version)}: agree on type, modes and validation`, () => {
			const byName = new Map<string, Map<string, INodeProperties[]>>();
			for (const { scope, property } of scoped(description.properties)) {
				const key = scope + property.name;
				const rules = byName.get(key) ?? new Map<string, INodeProperties[]>();
				const rule = ruleOf(property);
				rules.set(rule, [...(rules.get(rule) ?? []), property]);
				byName.set(key, rules);
			}
			const known = KNOWN_SHAPES[description.displayName] ?? [];
			const conflicts = [...byName]
				.filter(([name, rules]) => {
					if (rules.size < 2) return false;
					if (!known.includes(name)) return true;
					// A known pair stays allowed only while neither side has a rule of its own.
					return [...rules.values()]
						.flat()
						.some(
							(p) => p.required || p.validateType || p.modes || p.typeOptions?.maxAllowedFields,
						);
				})
				.map(
					([name, rules]) =>
						`${name}: ${[...rules].map(([rule, ps]) => `${ps.map((p) => p.displayName).join('/')} ${rule}`).join(' | ')}`,
				);
			expect(conflicts).toEqual([]);
		});
	}
});

function optionValues(property: INodeProperties | undefined): string[] {
	return ((property?.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
}

/** Every resource/operation pair of a node (or the one "operation" of a node without resources). */
function operationsOf(description: INodeTypeDescription): INodeParameters[] {
	const props = description.properties;
	const resources = props.find((p) => p.name === 'resource');
	const operations = props.filter((p) => p.name === 'operation' && p.type === 'options');
	if (!resources)
		return operations.flatMap((op) => optionValues(op).map((operation) => ({ operation })));
	return optionValues(resources).flatMap((resource) =>
		operations
			.filter((op) => (op.displayOptions?.show?.resource ?? []).includes(resource))
			.flatMap((op) => optionValues(op).map((operation) => ({ resource, operation }))),
	);
}

/** The node's parameters with their defaults, as n8n fills them in for a fresh node. */
function withDefaults(description: INodeTypeDescription, chosen: INodeParameters): INodeParameters {
	const node: INode = {
		id: 'n',
		name: description.displayName,
		type: description.name,
		typeVersion: Array.isArray(description.version)
			? Math.max(...description.version)
			: description.version,
		position: [0, 0],
		parameters: chosen,
	};
	return (
		NodeHelpers.getNodeParameters(description.properties, chosen, true, false, node, description) ??
		chosen
	);
}

/** A value the mode's own placeholder suggests (the example the user would copy, "e.g." left out). */
function exampleOf(mode: NonNullable<INodeProperties['modes']>[number]): string | undefined {
	return mode.placeholder?.replace(/^e\.g\.\s*/i, '');
}

describe('a locator value typed as its placeholder shows', () => {
	for (const description of descriptions) {
		const version = Array.isArray(description.version)
			? Math.max(...description.version)
			: description.version;
		for (const chosen of operationsOf(description)) {
			const label = Object.values(chosen).join(' → ');
			it(`${description.displayName} v${String(version)} ${label}: passes n8n's "can the workflow start" check`, () => {
				const parameters = withDefaults(description, chosen);
				const node: INode = {
					id: 'n',
					name: description.displayName,
					type: description.name,
					typeVersion: version,
					position: [0, 0],
					parameters,
				};
				const shown = description.properties.filter(
					(p) =>
						p.type === 'resourceLocator' &&
						NodeHelpers.displayParameter(parameters, p, node, description),
				);
				const refused: string[] = [];
				for (const locator of shown) {
					for (const mode of locator.modes ?? []) {
						if (mode.type === 'list') continue;
						const value = exampleOf(mode);
						if (!value) {
							refused.push(`${locator.name} ${mode.name}: no placeholder to show a valid value`);
							continue;
						}
						const typed = {
							...parameters,
							[locator.name]: { __rl: true, mode: mode.name, value },
						};
						const issues = NodeHelpers.getNodeParametersIssues(
							description.properties,
							{ ...node, parameters: typed },
							description,
						);
						const own = issues?.parameters?.[locator.name];
						if (own?.length)
							refused.push(`${locator.name} ${mode.name} "${value}": ${own.join('; ')}`);
					}
				}
				expect(refused).toEqual([]);
			});
		}
	}
});

describe('trigger notices and panels', () => {
	const triggers = descriptions.filter((d) => d.group.includes('trigger'));

	test.each(triggers.map((d) => [d.displayName, d]))(
		"%s: the notice is at most three sentences, and the panel has the node's own instruction",
		(_name, description) => {
			const notice = description.properties.find((p) => p.type === 'notice');
			expect(notice).toBeDefined();
			const sentences = notice!.displayName.split(/(?<=[.!?])\s+(?=[A-Z"])/);
			expect(sentences.length).toBeLessThanOrEqual(3);
			expect(notice!.displayName).not.toMatch(/token|401|de-?dup|repeated/i);
			const panel = description.triggerPanel;
			expect(typeof panel).toBe('object');
			const header = (panel as { header?: string }).header;
			expect(header).toBeTruthy();
			expect(header).toBe(description.eventTriggerDescription);
			expect(JSON.stringify(panel)).toMatch(/test URL.*production URL/);
			expect(JSON.stringify(panel)).toMatch(/localhost/);
		},
	);
});
