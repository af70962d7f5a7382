import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { FIELD_TYPES, fieldKeyField } from '../../fields';
import { endpoint } from '../../provider';
import { fieldNameRules, TYPE_VALUES } from './shared';

export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a contact field',
	description: 'Rename a contact field or change its type; its key stays the same',
	properties: [
		fieldKeyField,
		{
			displayName: 'New Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Leave empty to keep the current name',
		},
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: [{ name: 'Keep Current Type', value: 'keep' }, ...FIELD_TYPES],
			default: 'keep',
		},
	],
	run: async (op) => {
		const p = op.params;
		const key = p.string('key', {
			required: true,
			pattern: { regex: /^[a-z][a-z0-9_]*$/, hint: 'must be a field key such as nick_name' },
		});
		const name = p.optionalString('name', { ...fieldNameRules, required: false });
		const chosen = p.string('type', { required: true, oneOf: ['keep', ...TYPE_VALUES] });
		const type = chosen === 'keep' ? undefined : chosen;
		if (!name && !type) throw p.required('name', 'Enter a new name, choose a new type, or both.');
		const body: IDataObject = { name, type };
		// Weni wants both on update: what is kept is read first.
		if (!name || !type) {
			const found = await op.request<IDataObject>({ method: 'GET', path: endpoint('fields'), qs: { key } });
			const current = ((found.results ?? []) as IDataObject[])[0];
			if (!current) {
				throw new NodeOperationError(op.ctx.getNode(), `Weni has no contact field with key "${key}" [item ${op.itemIndex}]`, {
					itemIndex: op.itemIndex,
				});
			}
			body.name = name ?? current.name ?? current.label;
			body.type = type ?? current.type ?? (current.value_type === 'numeric' ? 'number' : current.value_type);
		}
		return await op.request<IDataObject>({ method: 'POST', path: endpoint('fields'), qs: { key }, body });
	},
};
