import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { contactAttributesField, labelNamesField, phoneNumberField } from '../../descriptions';
import { readAttributes, readLabels } from '../../readers';
import { unwrap } from '../../provider';
import { readNames } from './common';
import { additionalFields } from '../../../shared/descriptions';

export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a contact',
	description:
		'Create a contact with a phone number, names or an email, and optionally labels and attributes',
	properties: [
		{
			...phoneNumberField,
			required: false,
			description:
				'In international format, with + and the country code. Give a phone number, a name or an email (at least one).',
		},
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
		additionalFields([
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
			},
			labelNamesField,
		]),
		contactAttributesField,
	],
	run: async (op) => {
		const p = op.params;
		// Sources disagree on whether the phone is required (Composio's HEYY_CREATE_CONTACT and a public TS schema make
		// every field optional, "at least one of firstName, lastName, email, phoneNumber"; MindCloud
		// marks phoneNumber required): at least one is asked for here, and Heyy decides the rest.
		const body: IDataObject = {};
		const phone = p.readOptionalText('phoneNumber', { phone: true });
		if (phone) body.phoneNumber = phone;
		const fields = p.collection('additionalFields');
		readNames(
			p,
			{
				firstName: p.readOptionalText('firstName'),
				lastName: p.readOptionalText('lastName'),
				email: fields.email,
			},
			body,
		);
		if (!body.phoneNumber && !body.firstName && !body.lastName && !body.email) {
			throw p.required('phoneNumber', 'Give a phone number, a first or last name, or an email.');
		}
		if (fields.labels !== undefined) {
			const labels = readLabels(p, fields.labels);
			if (labels.length) body.labels = labels;
		}
		const attributes = readAttributes(p);
		if (attributes.length) body.attributes = attributes;
		return unwrap(await op.request({ method: 'POST', path: '/contacts', body }));
	},
};
