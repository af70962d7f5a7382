import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { contactIdField } from './common';

export const removeOperator: OperationDef = {
	value: 'removeOperator',
	name: 'Remove Operator',
	action: 'Remove an operator from a contact',
	description: "Take a Spoki user (operator) off a contact, by the user's email",
	properties: [
		contactIdField,
		{
			displayName: 'Operator Email',
			name: 'email',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'anna@example.com',
			description: 'Email of the Spoki user (operator)',
		},
	],
	// POST /api/1/contacts/{id}/remove_operator/ with {email}
	// (MambuSRL/spoki_whatsapp src/Api/Contacts.php removeContactOperator).
	run: async (op) => {
		const id = numericId(op.params, 'contactId');
		const email = op.params.string('email', { required: true, email: true });
		return await op.request({
			method: 'POST',
			path: `${API}/contacts/${id}/remove_operator/`,
			body: { email },
		});
	},
};
