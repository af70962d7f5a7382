import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/params';
import { LANGUAGE_RULES, readCustomFields } from '../../fields';

export const CONTACT_STATUSES = ['Not Declared', 'Subscribed', 'Unsubscribed'] as const;

export const contactIdField: INodeProperties = {
	displayName: 'Contact ID',
	name: 'contactId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '1091234',
	description: 'The numeric ID of the contact, as returned by Create or Update and List',
};

export const firstNameField: INodeProperties = { displayName: 'First Name', name: 'firstName', type: 'string', default: '' };
export const lastNameField: INodeProperties = { displayName: 'Last Name', name: 'lastName', type: 'string', default: '' };
export const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
};
export const languageField: INodeProperties = {
	displayName: 'Language',
	name: 'language',
	type: 'string',
	default: '',
	placeholder: 'it',
	description: 'Language code of the contact, e.g. it or en',
};
export const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: CONTACT_STATUSES.map((s) => ({ name: s, value: s })),
	default: 'Not Declared',
	description: 'Marketing consent of the contact',
};

/** Copies the optional contact fields of a collection into a Spoki contact body. */
export function readContactFields(p: Params, fields: IDataObject, body: IDataObject): void {
	const names: Array<[string, string]> = [
		['firstName', 'first_name'],
		['lastName', 'last_name'],
	];
	for (const [name, key] of names) {
		if (fields[name] !== undefined) body[key] = p.check(name, fields[name], { maxLength: 255 });
	}
	if (fields.email !== undefined) body.email = p.check('email', fields.email, { email: true });
	if (fields.language !== undefined) body.language = p.check('language', fields.language, LANGUAGE_RULES);
	if (fields.status !== undefined) body.status = p.check('status', fields.status, { oneOf: CONTACT_STATUSES });
	if (fields.phone !== undefined) body.phone = p.check('phone', fields.phone, { required: true, phone: true });
	const blocked = p.flag('isBlocked', fields.isBlocked);
	if (blocked !== undefined) body.is_blocked = blocked;
}

/** The body of one "create or update" record: phone, optional fields, custom fields. */
export function contactRecord(p: Params): IDataObject {
	const body: IDataObject = { phone: p.string('phone', { required: true, phone: true }) };
	readContactFields(p, p.collection('additionalFields'), body);
	const customFields = readCustomFields(p);
	if (customFields) body.custom_fields = customFields;
	return body;
}
