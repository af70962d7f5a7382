import { getMany } from '../../../shared/getMany';
import { heyyPages } from '../../lists';
import { sortOrderField } from '../../descriptions';
import { readSortOrder, SIMPLE_FIELDS } from '../../readers';
import { textQuery } from '../../../shared/operations';
import { choices, textField } from '../../../shared/descriptions';

const SORT_FIELDS = ['createdAt', 'firstName', 'lastName', 'phoneNumber', 'updatedAt'];

export const getAll = getMany({
	action: 'Get many contacts',
	description: 'List or search the contacts of the workspace',
	simplify: SIMPLE_FIELDS.contact,
	options: [
		textField(
			'Search',
			'search',
			'Only contacts whose name, phone number or email contains this text',
		),
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			options: choices({
				'Created At': 'createdAt',
				'First Name': 'firstName',
				'Last Name': 'lastName',
				'Phone Number': 'phoneNumber',
				'Updated At': 'updatedAt',
			}),
			default: 'createdAt',
		},
		sortOrderField,
	],
	request: (op) => {
		const p = op.params;
		const options = p.collection('options');
		const qs = textQuery(p, options, 'search');
		if (options.sortBy !== undefined)
			qs.sortBy = p.checkText('sortBy', options.sortBy, { oneOf: SORT_FIELDS });
		readSortOrder(p, options, qs);
		return { method: 'GET', path: '/contacts', qs };
	},
	pagination: heyyPages('contacts'),
});
