import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { FIELD_TYPES } from '../../descriptions';
import { flavourOf } from '../../flavour';
import { endpoint } from '../../provider';
import { fieldBody, fieldNameRules, TYPE_VALUES } from './common';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact field',
	description: 'Create a contact field; Weni makes its key from the name (Nick name → nick_name)',
	properties: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Nick name',
		},
		{ displayName: 'Type', name: 'type', type: 'options', options: FIELD_TYPES, default: 'text' },
	],
	run: async (op) => {
		const p = op.params;
		const name = p.readText('name', fieldNameRules);
		const type = p.readText('type', { required: true, oneOf: TYPE_VALUES });
		const body = fieldBody(await flavourOf(op.ctx), name, type);
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('fields'), body });
	},
};
