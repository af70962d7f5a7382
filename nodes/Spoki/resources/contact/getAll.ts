import type { IDataObject } from 'n8n-workflow';

import { getMany } from '../../../shared/getMany';
import { LANGUAGE_RULES } from '../../readers';
import { API, drfPages } from '../../provider';
import { simplifyContact } from './common';
import {
	CONTACT_STATUSES,
	emailField,
	firstNameField,
	languageField,
	lastNameField,
	statusField,
} from '../../descriptions';

export const getAll = getMany({
	action: 'Get many contacts',
	description: 'List, search and filter the contacts of the account',
	simplify: simplifyContact,
	filters: [
		{ ...emailField, description: 'Exact email address' },
		{ ...firstNameField, description: 'Exact first name' },
		{
			displayName: 'Is Blocked',
			name: 'isBlocked',
			type: 'boolean',
			default: true,
			description:
				'Whether to list only blocked contacts (on) or only contacts that are not blocked (off)',
		},
		{ ...languageField, description: 'Language code, e.g. it' },
		{ ...lastNameField, description: 'Exact last name' },
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: '+393331234567',
			description: 'Exact phone number, in international format',
		},
		{
			displayName: 'Search',
			name: 'search',
			type: 'string',
			default: '',
			description: 'Text found in the phone, email, first name, last name, language or notes',
		},
		{ ...statusField, description: 'Marketing consent status' },
		{
			displayName: 'Tag Name or ID',
			name: 'tag',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTags' },
			default: '',
			description:
				'Only contacts with this tag. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	],
	request: (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const qs: IDataObject = {};
		const text = (name: string, key: string, rules = {}) => {
			const value = p.checkText(name, f[name], rules);
			if (value) qs[key] = value;
		};
		text('search', 'search', { maxLength: 200 });
		text('email', 'email', { email: true });
		text('phone', 'phone', { phone: true });
		text('firstName', 'first_name', { maxLength: 255 });
		text('lastName', 'last_name', { maxLength: 255 });
		text('language', 'language', LANGUAGE_RULES);
		text('status', 'status', { oneOf: CONTACT_STATUSES });
		text('tag', 'tag', { pattern: { regex: /^\d+$/, hint: 'must be a numeric tag ID' } });
		const blocked = p.checkBoolean('isBlocked', f.isBlocked);
		if (blocked !== undefined) qs.is_blocked = blocked;
		return { method: 'GET', path: `${API}/contacts/`, qs };
	},
	pagination: drfPages(),
});
