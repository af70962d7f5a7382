import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { FIELD_TYPES, fieldKeyField } from '../../descriptions';
import { flavourOf } from '../../flavour';
import { endpoint } from '../../provider';
import { fieldBody, fieldNameRules, nameAndType, TYPE_VALUES } from './common';

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
			options: [{ name: 'Keep Current Type', value: 'keep' }, ...FIELD_TYPES].sort((a, b) =>
				a.name.localeCompare(b.name),
			),
			default: 'keep',
		},
	],
	run: async (op) => {
		const p = op.params;
		const key = p.readText('key', {
			required: true,
			pattern: { regex: /^[a-z][a-z0-9_]*$/, hint: 'must be a field key such as nick_name' },
		});
		const name = p.readOptionalText('name', { ...fieldNameRules, required: false });
		const chosen = p.readText('type', { required: true, oneOf: ['keep', ...TYPE_VALUES] });
		const type = chosen === 'keep' ? undefined : chosen;
		if (!name && !type) throw p.required('name', 'Enter a new name, choose a new type, or both.');
		let current: { name?: string; type?: string } = {};
		// Both servers want name and type on update (Weni Flows requires both): what is kept is read first.
		if (!name || !type) {
			const found = await op.request<IDataObject>({
				method: 'GET',
				path: endpoint('fields'),
				qs: { key },
			});
			const row = ((found.results ?? []) as IDataObject[])[0];
			if (!row) {
				throw op.params.fail(
					`Weni has no contact field with key "${key}"`,
					'Pick the field from the list, or check its key with Contact Field → Get Many.',
				);
			}
			current = nameAndType(row);
		}
		const body = fieldBody(
			await flavourOf(op.ctx),
			name ?? String(current.name),
			type ?? String(current.type),
		);
		return await op.request<IDataObject>({
			method: 'POST',
			path: endpoint('fields'),
			qs: { key },
			body,
		});
	},
};
