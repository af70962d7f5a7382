import type { IDataObject } from 'n8n-workflow';

import type { BatchDef, OperationContext, OperationDef } from '../../../shared/operation';
import { invalid } from '../../../shared/validation';
import { contactsListField, flowField, groupsField, urnsListField } from '../../fields';
import { endpoint } from '../../provider';
import { readRecipients, uuidRule } from '../../values';

/** The flow_starts body for one item (validated). */
function build(op: OperationContext): IDataObject {
	const p = op.params;
	const body: IDataObject = {
		flow: p.string('flow', { required: true, pattern: uuidRule }).toLowerCase(),
	};
	readRecipients(p, body, 'Give at least one contact, URN or group to start the flow for.');
	const options = p.collection('options');
	const restart = p.flag('restart_participants', options.restart_participants);
	if (restart !== undefined) body.restart_participants = restart;
	const exclude = p.flag('exclude_active', options.exclude_active);
	if (exclude !== undefined) body.exclude_active = exclude;
	if (options.params !== undefined && options.params !== '') {
		let params: unknown = options.params;
		if (typeof params === 'string') {
			try {
				params = JSON.parse(params);
			} catch {
				throw invalid(p.node, p.label('params'), p.itemIndex, 'must be valid JSON');
			}
		}
		if (!params || typeof params !== 'object' || Array.isArray(params)) {
			throw invalid(p.node, p.label('params'), p.itemIndex, 'must be a JSON object');
		}
		const size = JSON.stringify(params).length;
		if (size > 10_000) {
			throw invalid(
				p.node,
				p.label('params'),
				p.itemIndex,
				`must be at most 10,000 characters as JSON (got ${size})`,
			);
		}
		if (Object.keys(params).length) body.params = params;
	}
	return body;
}

const RECIPIENTS = ['contacts', 'urns', 'groups'] as const;

/**
 * Many items starting the same flow with the same options become one start
 * per 100 recipients (RapidPro takes at most 100 contacts, 100 URNs and 100
 * groups per request). Every item of a request gets that flow start back.
 */
const combined: BatchDef = {
	size: 100,
	enabled: (op) => op.params.collection('options').combineItems !== false,
	prepare: build,
	key: (entry) =>
		JSON.stringify({ ...entry, contacts: undefined, urns: undefined, groups: undefined }),
	weight: (entry) =>
		Math.max(1, ...RECIPIENTS.map((k) => ((entry[k] as unknown[] | undefined) ?? []).length)),
	async send(entries, _ops, request) {
		const body: IDataObject = { ...entries[0] };
		for (const key of RECIPIENTS) {
			const all = entries.flatMap((e) => (e[key] as string[] | undefined) ?? []);
			if (all.length) body[key] = [...new Set(all)];
			else delete body[key];
		}
		const response = await request<IDataObject>({
			method: 'POST',
			path: endpoint('flow_starts'),
			body,
		});
		return entries.map(() => ({ ...response, combined_items: entries.length }));
	},
};

export const start: OperationDef = {
	value: 'start',
	name: 'Start',
	action: 'Start a flow',
	description:
		'Start a flow for contacts, URNs or groups, with parameters the flow reads as @trigger.params',
	properties: [
		flowField,
		contactsListField,
		urnsListField,
		groupsField,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Combine Items',
					name: 'combineItems',
					type: 'boolean',
					default: true,
					description:
						'Whether many input items starting this flow with the same options go in one start per 100 recipients, instead of one start per item',
				},
				{
					displayName: 'Exclude Contacts in a Flow',
					name: 'exclude_active',
					type: 'boolean',
					default: false,
					description: 'Whether to skip contacts who are currently in any flow',
				},
				{
					displayName: 'Params',
					name: 'params',
					type: 'json',
					default: '{}',
					description:
						'A JSON object (at most 10,000 characters) the flow reads as @trigger.params',
				},
				{
					displayName: 'Restart Participants',
					name: 'restart_participants',
					type: 'boolean',
					default: true,
					description: 'Whether to start contacts who already went through this flow',
				},
			],
		},
	],
	batch: combined,
	run: async (op) =>
		await op.request<IDataObject>({
			method: 'POST',
			path: endpoint('flow_starts'),
			body: build(op),
		}),
};
