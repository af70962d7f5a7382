import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { invalid } from '../../../shared/validation';
import { API, drfPages } from '../../provider';

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List campaigns',
	description: 'List campaigns, optionally those scheduled within a period',
	properties: [
		...returnAllOrLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Scheduled After',
					name: 'scheduledAfter',
					type: 'dateTime',
					default: '',
					description: 'Only campaigns scheduled at or after this time',
				},
				{
					displayName: 'Scheduled Before',
					name: 'scheduledBefore',
					type: 'dateTime',
					default: '',
					description: 'Only campaigns scheduled at or before this time',
				},
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const qs: IDataObject = {};
		const when = (name: string, key: string) => {
			const iso = p.date(name, f[name]);
			if (!iso) return undefined;
			qs[key] = iso;
			return Date.parse(iso);
		};
		const after = when('scheduledAfter', 'scheduled_datetime_gte');
		const before = when('scheduledBefore', 'scheduled_datetime_lte');
		if (after !== undefined && before !== undefined && after > before) {
			throw invalid(p.node, p.label('scheduledBefore'), p.itemIndex, 'must not be earlier than "Scheduled After"');
		}
		return await op.list({ method: 'GET', path: `${API}/campaigns/`, qs }, drfPages());
	},
};
