import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { API } from '../../provider';
import { numericId } from '../../readers';
import { listIdField } from './common';
import { choices } from '../../../shared/descriptions';

const KINDS = ['phones', 'emails', 'ids'] as const;

export const removeContacts: OperationDef = {
	value: 'removeContacts',
	name: 'Remove Contacts',
	action: 'Remove contacts from a list',
	description:
		'Take contacts out of a list, by phone, email or contact ID; the contacts stay in the account',
	properties: [
		listIdField,
		{
			displayName: 'Remove By',
			name: 'by',
			type: 'options',
			options: choices({ 'Contact ID': 'ids', Email: 'emails', Phone: 'phones' }),
			default: 'phones',
		},
		{
			displayName: 'Values',
			name: 'values',
			type: 'string',
			required: true,
			default: '',
			placeholder: '+393331234567, +393337654321',
			description:
				'One or more phones, emails or contact IDs, separated by commas (or a list from an expression)',
		},
	],
	// POST /api/1/lists/{id}/remove_contacts/ with {phones|emails|ids: [...]}
	// (MambuSRL/spoki_whatsapp src/Api/Lists.php removeListContacts: ids are numbers, phones strings).
	run: async (op) => {
		const p = op.params;
		const id = numericId(p, 'listId');
		const by = p.checkText('by', p.raw('by', 'phones'), { required: true, oneOf: KINDS });
		const parts = p.list('values', undefined, Infinity, /,/);
		if (parts.length === 0)
			throw p.required('values', 'Give at least one phone, email or contact ID.');
		const values = parts.map((v) =>
			by === 'ids'
				? Number(
						p.checkText('values', v, {
							pattern: { regex: /^\d+$/, hint: 'must hold numeric contact IDs' },
						}),
					)
				: by === 'phones'
					? p.checkText('values', v, { phone: true })
					: p.checkText('values', v, { email: true }),
		);
		const body: IDataObject = { [by]: values };
		const answer = await op.request<unknown>({
			method: 'POST',
			path: `${API}/lists/${id}/remove_contacts/`,
			body,
		});
		const result: IDataObject = { list_id: Number(id), [by]: values };
		return answer && typeof answer === 'object' && !Array.isArray(answer)
			? { ...result, ...(answer as IDataObject) }
			: result;
	},
};
