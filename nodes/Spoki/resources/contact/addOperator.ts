import type { OperationDef } from '../../../shared/operation';
import { API, numericId } from '../../provider';
import { contactIdField } from './common';

export const addOperator: OperationDef = {
	value: 'addOperator',
	name: 'Add Operator',
	action: 'Add an operator to a contact',
	description: "Assign a Spoki user (operator) to a contact, by the user's email",
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
	// POST /api/1/contacts/{id}/add_operator/ with {email}
	// (MambuSRL/spoki_whatsapp src/Api/Contacts.php addContactOperator).
	run: async (op) => {
		const id = numericId(op.params, 'contactId');
		const email = op.params.string('email', { required: true, email: true });
		return await op.request({
			method: 'POST',
			path: `${API}/contacts/${id}/add_operator/`,
			body: { email },
		});
	},
};
