import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { FIELD_TYPES } from '../../fields';
import { endpoint } from '../../provider';
import { fieldNameRules, TYPE_VALUES } from './shared';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact field',
	description: 'Create a contact field; Weni makes its key from the name (Nick name → nick_name)',
	properties: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'Nick name' },
		{ displayName: 'Type', name: 'type', type: 'options', options: FIELD_TYPES, default: 'text' },
	],
	run: async (op) => {
		const p = op.params;
		const body = { name: p.string('name', fieldNameRules), type: p.string('type', { required: true, oneOf: TYPE_VALUES }) };
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('fields'), body });
	},
};
