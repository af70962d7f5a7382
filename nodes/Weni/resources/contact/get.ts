import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { endpoint } from '../../provider';
import { contactByFields, contactQuery } from './common';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get one contact by its UUID or one of its URNs',
	properties: contactByFields,
	run: async (op) => {
		const qs = await contactQuery(op);
		const body = await op.request<IDataObject>({ method: 'GET', path: endpoint('contacts'), qs });
		const found = Array.isArray(body.results)
			? (body.results[0] as IDataObject | undefined)
			: undefined;
		if (!found) {
			const [by, value] = Object.entries(qs)[0];
			throw op.params.fail(`Weni has no contact with ${by.toUpperCase()} "${String(value)}"`);
		}
		return found;
	},
};
