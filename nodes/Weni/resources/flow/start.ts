import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { invalid } from '../../../shared/validation';
import { contactsListField, flowField, groupsField, urnsListField } from '../../fields';
import { endpoint } from '../../provider';
import { readRecipients, uuidRule } from '../../values';

export const start: OperationDef = {
	value: 'start',
	name: 'Start',
	action: 'Start a flow',
	description: 'Start a flow for contacts, URNs or groups, with parameters the flow reads as @trigger.params',
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
					description: 'A JSON object (at most 10,000 characters) the flow reads as @trigger.params',
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
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = { flow: p.string('flow', { required: true, pattern: uuidRule }).toLowerCase() };
		readRecipients(p, body, 'Give at least one contact, URN or group to start the flow for.');
		const options = p.collection('options');
		if (options.restart_participants !== undefined) body.restart_participants = options.restart_participants === true;
		if (options.exclude_active !== undefined) body.exclude_active = options.exclude_active === true;
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
				throw invalid(p.node, p.label('params'), p.itemIndex, `must be at most 10,000 characters as JSON (got ${size})`);
			}
			if (Object.keys(params).length) body.params = params;
		}
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('flow_starts'), body });
	},
};
